import { describe, expect, it } from 'vitest';
import { AGREEMENT, differences, learnerView, spreadOf } from '~/feedback/learnerView';
import { FEEDBACK_KEY, FEEDBACK_SET_ASIDE_PREFIX, feedbackStore, MAX_FEEDBACK, parseFeedback, serializeFeedback } from '~/feedback/feedbackStore';
import { latestSelfAssessment } from '~/feedback/latestSelfAssessment';
import { ATTEMPTS_KEY, type StorageLike } from '~/assessment/storage';
import { serializeAttempts } from '~/assessment/storedAttempts';

// A learner's answers on the grid, several as a spread, the comparison with
// the mentor's own view, and the mentor's storage of them.

const SCALES = ['support', 'support', 'challenge', 'challenge', 'vision', 'vision'] as const;

describe("a learner's view", () => {
  it('puts every answer at its strongest in Growth at 10, and at its weakest in Stasis at 1', () => {
    expect(learnerView([5, 5, 5, 5, 5, 5], SCALES)).toEqual({ position: { support: 10, challenge: 10 }, vision: 10, quadrant: 'growth' });
    expect(learnerView([1, 1, 1, 1, 1, 1], SCALES)).toEqual({ position: { support: 1, challenge: 1 }, vision: 1, quadrant: 'stasis' });
  });

  it('averages each scale\'s statements on the 1-10 scale', () => {
    const view = learnerView([5, 4, 2, 1, 3, 3], SCALES);
    expect(view.position.support).toBeCloseTo(1 + (3.5 / 4) * 9);
    expect(view.position.challenge).toBeCloseTo(1 + (0.5 / 4) * 9);
    expect(view.vision).toBeCloseTo(5.5);
    expect(view.quadrant).toBe('confirmation');
  });
});

describe('several learners, and the mentor\'s own view', () => {
  const views = [learnerView([5, 5, 1, 1, 3, 3], SCALES), learnerView([4, 4, 2, 2, 3, 3], SCALES)];

  it('combine as a range on each axis, not an average', () => {
    expect(spreadOf(views)).toEqual({ support: { min: 1 + 0.75 * 9, max: 10 }, challenge: { min: 1, max: 1 + 0.25 * 9 } });
  });

  it('say where the learners felt less, more, or about what the mentor rates', () => {
    const spread = spreadOf(views);
    expect(differences({ support: 9, challenge: 9 }, spread)).toEqual({ support: 'agrees', challenge: 'learners-lower' });
    expect(differences({ support: 2, challenge: 1 }, spread)).toEqual({ support: 'learners-higher', challenge: 'agrees' });
    expect(differences({ support: spread.support.max + AGREEMENT, challenge: spread.challenge.min - AGREEMENT }, spread)).toEqual({ support: 'agrees', challenge: 'agrees' });
  });
});

/** A Map-backed storage; `broken` throws on every call, `full` on every write. */
function fakeStorage(initial: Record<string, string> = {}, mode: 'ok' | 'full' | 'broken' = 'ok') {
  const items = new Map(Object.entries(initial));
  const storage: StorageLike = {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem(key) {
      if (mode === 'broken') throw new Error('blocked');
      return items.get(key) ?? null;
    },
    setItem(key, value) {
      if (mode !== 'ok') throw new Error('full');
      items.set(key, value);
    },
    removeItem(key) {
      if (mode === 'broken') throw new Error('blocked');
      items.delete(key);
    },
  };
  return { storage, items };
}

describe("the mentor's storage of learners' answers", () => {
  const now = new Date('2026-12-06T10:00:00.000Z');

  it('adds a link once, keeps it versioned, removes one and clears all', () => {
    const { storage, items } = fakeStorage();
    const store = feedbackStore(() => storage);
    expect(store.load()).toEqual({ saved: [], notice: null });
    expect(store.add('f1-aa-555555-x', now)).toMatchObject({ added: true, notice: null });
    expect(store.add('f1-aa-555555-x', now)).toMatchObject({ added: false });
    store.add('f1-aa-111111-y', now);
    expect(JSON.parse(items.get(FEEDBACK_KEY)!)).toEqual({ version: 1, answers: [{ fragment: 'f1-aa-555555-x', addedAt: now.toISOString() }, { fragment: 'f1-aa-111111-y', addedAt: now.toISOString() }] });
    expect(store.remove('f1-aa-555555-x').saved.map((entry) => entry.fragment)).toEqual(['f1-aa-111111-y']);
    expect(store.clear()).toEqual({ saved: [], notice: null });
    expect(items.has(FEEDBACK_KEY)).toBe(false);
  });

  it('keeps at most the latest MAX_FEEDBACK', () => {
    const { storage } = fakeStorage();
    const store = feedbackStore(() => storage);
    for (let i = 0; i <= MAX_FEEDBACK; i++) store.add(`f1-aa-${i}`, now);
    const { saved } = store.load();
    expect(saved).toHaveLength(MAX_FEEDBACK);
    expect(saved[0].fragment).toBe('f1-aa-1');
  });

  it('sets aside what it cannot read, untouched, before starting afresh', () => {
    const { storage, items } = fakeStorage({ [FEEDBACK_KEY]: '{not json' });
    expect(feedbackStore(() => storage).load()).toEqual({ saved: [], notice: 'set-aside' });
    const aside = [...items.keys()].filter((key) => key.startsWith(FEEDBACK_SET_ASIDE_PREFIX));
    expect(aside).toHaveLength(1);
    expect(items.get(aside[0])).toBe('{not json');
    expect(parseFeedback(JSON.stringify({ version: 2, answers: [] }))).toBeNull();
    expect(parseFeedback(JSON.stringify({ version: 1, answers: [{ fragment: 3 }] }))).toBeNull();
    expect(parseFeedback(serializeFeedback([{ fragment: 'f1', addedAt: 'x' }]))).toEqual([{ fragment: 'f1', addedAt: 'x' }]);
  });

  it('keeps answers for this visit when storage is blocked or full, and says so', () => {
    const blocked = feedbackStore(() => fakeStorage({}, 'broken').storage);
    expect(blocked.add('f1-aa-1', now)).toMatchObject({ notice: 'unavailable', added: true });
    expect(blocked.load().saved).toHaveLength(1);
    const full = feedbackStore(() => fakeStorage({}, 'full').storage);
    expect(full.add('f1-aa-1', now)).toMatchObject({ notice: 'save-failed', added: true });
    const missing = feedbackStore(() => {
      throw new Error('no storage here');
    });
    expect(missing.load()).toEqual({ saved: [], notice: 'unavailable' });
  });
});

describe("the mentor's latest self-assessment", () => {
  it('is the latest saved result\'s place on the grid, or null when there is none or it cannot be read', () => {
    const attempts = [
      { id: 'a', completedAt: '2026-01-01T00:00:00.000Z', shares: { support: 0, challenge: 0 }, scenarios: { best: 0, total: 5 } },
      { id: 'b', completedAt: '2026-06-01T00:00:00.000Z', shares: { support: 1, challenge: 0.5 }, scenarios: { best: 5, total: 5 } },
    ];
    expect(latestSelfAssessment(() => fakeStorage({ [ATTEMPTS_KEY]: serializeAttempts(attempts) }).storage)).toEqual({ support: 10, challenge: 5.5 });
    expect(latestSelfAssessment(() => fakeStorage().storage)).toBeNull();
    expect(latestSelfAssessment(() => fakeStorage({ [ATTEMPTS_KEY]: 'nonsense' }).storage)).toBeNull();
    expect(latestSelfAssessment(() => fakeStorage({}, 'broken').storage)).toBeNull();
  });
});
