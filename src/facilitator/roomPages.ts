import { roomPath } from './plans';
import type { RoomPiece, SessionSegment } from './sessions.schema';

// The room view's pages for a plan: one page for each segment, so the room
// view works as plain pages (JavaScript off, offline), each linking to the
// segments before and after it. The plan's own address shows its first segment.

/** What the room view needs of a plan. */
export interface RoomPlan {
  id: string;
  segments: readonly Pick<SessionSegment, 'id' | 'title' | 'minutes' | 'room'>[];
}

export interface RoomPage {
  /** Relative to the site root: "facilitator/room/30/the-model/". */
  path: string;
  /** The segment's place in the plan, from 0. */
  index: number;
  total: number;
  title: string;
  minutes: number;
  prompt: string;
  show?: RoomPiece;
  /** The pages of the segments before and after, where there are any. */
  previous?: string;
  next?: string;
}

/** Every segment's page, in running order. */
export function roomPages(plan: RoomPlan): RoomPage[] {
  const paths = plan.segments.map((segment) => roomPath(plan, segment));
  return plan.segments.map((segment, index) => {
    // The schema's check (planProblems) stops the build first; this keeps the types honest.
    if (!segment.room) throw new Error(`Plan "${plan.id}", segment "${segment.id}" has no room.`);
    return {
      path: paths[index],
      index,
      total: plan.segments.length,
      title: segment.title,
      minutes: segment.minutes,
      prompt: segment.room.prompt,
      ...(segment.room.show && { show: segment.room.show }),
      ...(index > 0 && { previous: paths[index - 1] }),
      ...(index < paths.length - 1 && { next: paths[index + 1] }),
    };
  });
}

/** The route's pages: the plan's own address (its first segment), then each segment's. */
export function roomRoutes(plan: RoomPlan): { route: string; page: RoomPage }[] {
  const pages = roomPages(plan);
  return [{ route: plan.id, page: pages[0] }, ...pages.map((page, index) => ({ route: `${plan.id}/${plan.segments[index].id}`, page }))];
}
