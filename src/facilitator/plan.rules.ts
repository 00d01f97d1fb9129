// Checks on content/data/sessions.yaml that need a whole plan, not one field.
// Each problem names the plan, because the person reading the build error is
// a faculty author, not a programmer.

interface PlanShape {
  id: string;
  minutes: number;
  segments: readonly { id: string; minutes: number; room?: unknown }[];
}

export interface PlanProblem {
  message: string;
  /** Where in the file, e.g. ['plans', 0, 'minutes']. */
  path: (string | number)[];
}

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/** The sum of a plan's segment minutes. */
export function plannedMinutes(plan: Pick<PlanShape, 'segments'>): number {
  return plan.segments.reduce((total, segment) => total + segment.minutes, 0);
}

/** Everything wrong with the plans as a whole; empty when they are fine. */
export function planProblems(plans: readonly PlanShape[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  for (const id of duplicates(plans.map((plan) => plan.id))) {
    problems.push({ message: `Two plans have the id "${id}"; give each its own (it is the plan's address).`, path: ['plans'] });
  }
  plans.forEach((plan, index) => {
    const sum = plannedMinutes(plan);
    if (sum !== plan.minutes) {
      problems.push({
        message: `Plan "${plan.id}": its segments add up to ${sum} minutes, but the plan says minutes: ${plan.minutes}. Change a segment's minutes or the plan's.`,
        path: ['plans', index, 'minutes'],
      });
    }
    plan.segments.forEach((segment, segmentIndex) => {
      if (segment.room === undefined) {
        problems.push({
          message: `Plan "${plan.id}", segment "${segment.id}" has no room: give it what the room sees on the projector (room: with a prompt, and show: for a piece of the guide).`,
          path: ['plans', index, 'segments', segmentIndex, 'room'],
        });
      }
    });
    for (const id of duplicates(plan.segments.map((segment) => segment.id))) {
      problems.push({
        message: `Plan "${plan.id}" has two segments with the id "${id}"; give each its own.`,
        path: ['plans', index, 'segments'],
      });
    }
  });
  return problems;
}
