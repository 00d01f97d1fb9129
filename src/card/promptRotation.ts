// "Show another question" on the conversation card. Each stage keeps its own
// place in its list of prompts: the next prompt is the one after, and after the
// last it starts again at the first. So it is deterministic (the same clicks
// always show the same prompts, which a facilitator can rely on), no prompt of a
// stage repeats until all of them have been shown, and switching stage and back
// carries on where that stage left off.

export interface Rotation {
  /** The stage whose prompt is shown. */
  stage: string;
  /** For each stage, the index of the prompt it shows. */
  shown: Record<string, number>;
}

/** Starts on the first stage's first prompt, every stage at its first prompt. */
export function startRotation(stageIds: readonly string[]): Rotation {
  if (stageIds.length === 0) throw new Error('The conversation card needs at least one stage.');
  return { stage: stageIds[0], shown: Object.fromEntries(stageIds.map((id) => [id, 0])) };
}

/** The index of the prompt shown for the current stage. */
export function currentPrompt(rotation: Rotation): number {
  return rotation.shown[rotation.stage] ?? 0;
}

/** The next prompt of the current stage, wrapping round after the last of its `count` prompts. */
export function showAnother(rotation: Rotation, count: number): Rotation {
  if (count < 1) return rotation;
  const next = (currentPrompt(rotation) + 1) % count;
  return { ...rotation, shown: { ...rotation.shown, [rotation.stage]: next } };
}

/** Switches to another stage, which shows the prompt it showed last (its first, at the start). */
export function chooseStage(rotation: Rotation, stage: string): Rotation {
  if (!(stage in rotation.shown)) return rotation;
  return { ...rotation, stage };
}

/** Fills "{n}", "{total}" and "{stage}" in a template such as "Question {n} of {total} for {stage}". */
export function promptPosition(template: string, index: number, total: number, stage: string): string {
  return template.replaceAll('{n}', String(index + 1)).replaceAll('{total}', String(total)).replaceAll('{stage}', stage);
}
