import type { SessionPlan } from './sessions.schema';

// Addresses of a plan's pages, relative to the site root (pages add the base
// path with sitePath). One place, so the guide, notes and present view agree.

/** The facilitator guide. */
export const GUIDE_PATH = 'facilitator/';
/** The participant worksheet. */
export const WORKSHEET_PATH = 'facilitator/worksheet/';

/** The plan's section on the facilitator guide: "plan-30". */
export const planAnchor = (plan: Pick<SessionPlan, 'id'>) => `plan-${plan.id}`;
/** The present view: "facilitator/present/30/". */
export const presentPath = (plan: Pick<SessionPlan, 'id'>) => `facilitator/present/${plan.id}/`;
/** The room view: "facilitator/room/30/" (the first segment), or a segment's own page: "facilitator/room/30/the-model/". */
export const roomPath = (plan: Pick<SessionPlan, 'id'>, segment?: { id: string }) =>
  segment ? `facilitator/room/${plan.id}/${segment.id}/` : `facilitator/room/${plan.id}/`;
/** The printable notes: "facilitator/notes/30/". */
export const notesPath = (plan: Pick<SessionPlan, 'id'>) => `facilitator/notes/${plan.id}/`;
/** A segment's section on the facilitator guide: "30-the-model" (two plans may share segment ids). */
export const segmentAnchor = (plan: Pick<SessionPlan, 'id'>, segment: { id: string }) => `${plan.id}-${segment.id}`;
