import { describe, expect, it } from 'vitest';
import { chooseStage, currentPrompt, promptPosition, showAnother, startRotation, type Rotation } from '~/card/promptRotation';

const STAGES = ['pre-clinical', 'clerkship', 'resident'];

/** The prompt indexes shown by pressing "show another" `times` times, the first included. */
function shownAfter(rotation: Rotation, count: number, times: number): number[] {
  const shown = [currentPrompt(rotation)];
  let current = rotation;
  for (let press = 0; press < times; press += 1) {
    current = showAnother(current, count);
    shown.push(currentPrompt(current));
  }
  return shown;
}

describe('prompt rotation', () => {
  it('starts on the first stage and its first prompt', () => {
    const rotation = startRotation(STAGES);
    expect(rotation.stage).toBe('pre-clinical');
    expect(currentPrompt(rotation)).toBe(0);
  });

  it('shows every prompt of a stage once before any repeats, then wraps round', () => {
    const shown = shownAfter(startRotation(STAGES), 5, 9);
    expect(shown.slice(0, 5).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(new Set(shown.slice(0, 5)).size).toBe(5);
    expect(shown.slice(5)).toEqual(shown.slice(0, 5));
  });

  it('is deterministic: the same presses show the same prompts', () => {
    expect(shownAfter(startRotation(STAGES), 4, 6)).toEqual(shownAfter(startRotation(STAGES), 4, 6));
  });

  it('keeps each stage\'s place when switching stage and back', () => {
    let rotation = showAnother(showAnother(startRotation(STAGES), 5), 5);
    expect(currentPrompt(rotation)).toBe(2);
    rotation = chooseStage(rotation, 'resident');
    expect(rotation.stage).toBe('resident');
    expect(currentPrompt(rotation)).toBe(0);
    rotation = showAnother(rotation, 3);
    rotation = chooseStage(rotation, 'pre-clinical');
    expect(currentPrompt(rotation)).toBe(2);
    expect(currentPrompt(chooseStage(rotation, 'resident'))).toBe(1);
  });

  it('ignores an unknown stage and a stage with no prompts', () => {
    const rotation = startRotation(STAGES);
    expect(chooseStage(rotation, 'consultant')).toBe(rotation);
    expect(showAnother(rotation, 0)).toBe(rotation);
    expect(currentPrompt(showAnother(rotation, 1))).toBe(0);
  });

  it('needs at least one stage', () => {
    expect(() => startRotation([])).toThrow(/at least one stage/);
  });

  it('does not change the rotation it is given', () => {
    const rotation = startRotation(STAGES);
    showAnother(rotation, 5);
    chooseStage(rotation, 'resident');
    expect(rotation).toEqual(startRotation(STAGES));
  });

  it('fills the position template', () => {
    expect(promptPosition('Question {n} of {total} for {stage}', 1, 5, 'residents')).toBe('Question 2 of 5 for residents');
  });
});
