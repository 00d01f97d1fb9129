import { describe, expect, it } from 'vitest';
import {
  ATTEMPTS_KEY,
  DRAFT_KEY,
  SET_ASIDE_PREFIX,
  STORAGE_VERSION,
  openStore,
  parseAttempts,
  parseDraft,
  serializeAttempts,
  serializeDraft,
  type Draft,
  type SavedAttempt,
  type StorageLike,
} from '../../src/lib/assessment/storage';

const NOW = new Date('2025-05-06T07:08:09.010Z');
const now = () => NOW;
const SET_ASIDE_KEY = `${SET_ASIDE_PREFIX}2025-05-06T07:08:09.010Z`;

const march: SavedAttempt = {
  id: 'march',
  completedAt: '2025-03-01T09:00:00.000Z',
  shares: { support: 0.75, challenge: 0.5, vision: 1, 'ask-questions': 0 },
  scenarios: { best: 2, total: 4 },
};
const april: SavedAttempt = {
  id: 'april',
  completedAt: '2025-04-02T16:30:00.000Z',
  shares: { support: 0.25, challenge: 0.8 },
  scenarios: { best: 0, total: 0 },
};
const draft: Draft = { answers: { 'asks-questions': 2, 'sets-goals': 0 }, choices: { 'late-note': 'ask-first' } };

/** The stored value for these attempts, written by hand rather than by serializeAttempts. */
const stored = (attempts: unknown, version: unknown = STORAGE_VERSION) => JSON.stringify({ version, attempts });

/** An in-memory Web Storage whose calls can be made to throw, as full or blocked storage does. */
function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const fail = { get: false, remove: false, set: (_key: string) => false };
  const storage: StorageLike = {
    getItem(key) {
      if (fail.get) throw new DOMException('The operation is insecure.', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem(key, value) {
      if (fail.set(key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem(key) {
      if (fail.remove) throw new DOMException('The operation is insecure.', 'SecurityError');
      items.delete(key);
    },
  };
  return { storage, items, fail };
}

describe('reading saved attempts', () => {
  it('reads back what it writes, in the documented stored form', () => {
    const raw = serializeAttempts([march, april]);
    expect(JSON.parse(raw)).toEqual({ version: 1, attempts: [march, april] });
    expect(parseAttempts(raw)).toEqual({ attempts: [march, april], problem: null });
  });

  it('treats nothing saved as no attempts and no problem', () => {
    expect(parseAttempts(null)).toEqual({ attempts: [], problem: null });
    expect(parseAttempts(stored([]))).toEqual({ attempts: [], problem: null });
  });

  it('calls text that is not JSON corrupt', () => {
    expect(parseAttempts('{"version":1,"attempts":[')).toEqual({ attempts: [], problem: 'corrupt' });
    expect(parseAttempts('')).toEqual({ attempts: [], problem: 'corrupt' });
  });

  it('calls JSON that is not a versioned object, or has no list of attempts, the wrong shape', () => {
    for (const raw of ['null', '[]', '"march"', '42', '{"attempts":[]}', '{"version":"1","attempts":[]}', stored(null)]) {
      expect(parseAttempts(raw), raw).toEqual({ attempts: [], problem: 'shape' });
    }
    expect(parseAttempts(JSON.stringify({ version: 1, attempts: { 0: march } }))).toEqual({ attempts: [], problem: 'shape' });
  });

  it('drops attempts that are wrong in any part and keeps the rest', () => {
    const broken: unknown[] = [
      { ...march, id: 'too-high', shares: { support: 1.5 } },
      { ...march, id: 'negative', shares: { support: -0.1 } },
      { ...march, id: 'as-text', shares: { support: '0.5' } },
      { ...march, id: 'no-scales', shares: {} },
      { ...march, id: 'shares-list', shares: [0.5] },
      { ...march, id: undefined },
      { ...march, id: '' },
      { ...march, id: 7 },
      { ...march, id: 'bad-date', completedAt: 'last Tuesday' },
      { ...march, id: 'no-date', completedAt: undefined },
      { ...march, id: 'best-over-total', scenarios: { best: 5, total: 4 } },
      { ...march, id: 'fraction', scenarios: { best: 1.5, total: 4 } },
      { ...march, id: 'below-zero', scenarios: { best: -1, total: 4 } },
      { ...march, id: 'no-scenarios', scenarios: undefined },
      null,
      'march',
    ];
    expect(parseAttempts(stored([...broken, april]))).toEqual({ attempts: [april], problem: 'shape' });
  });

  it('sets aside results from any other version, older or newer, since no migration exists yet', () => {
    expect(parseAttempts(stored([march], 0))).toEqual({ attempts: [], problem: 'version' });
    expect(parseAttempts(stored([march], 2))).toEqual({ attempts: [], problem: 'version' });
    expect(parseAttempts(stored([march], 1.5))).toEqual({ attempts: [], problem: 'version' });
  });

  it('sorts attempts oldest first by the moment they were completed, whatever the time zone', () => {
    const early = { ...april, id: 'early', completedAt: '2025-03-01T10:00:00+02:00' }; // 08:00 UTC, before march
    expect(parseAttempts(stored([april, march, early])).attempts.map((attempt) => attempt.id)).toEqual(['early', 'march', 'april']);
  });

  it('keeps the first of two attempts with the same id, and reports the other', () => {
    const copy = { ...april, id: 'march' };
    expect(parseAttempts(stored([march, copy]))).toEqual({ attempts: [march], problem: 'shape' });
  });

  it('builds clean objects, ignoring keys that reach an object\'s prototype', () => {
    const raw = `{"version":1,"attempts":[{"id":"m","completedAt":"2025-03-01T09:00:00Z","__proto__":{"id":"x"},
      "shares":{"support":0.5,"__proto__":{"polluted":true},"constructor":2},"scenarios":{"best":1,"total":2}}]}`;
    const [attempt] = parseAttempts(raw).attempts;
    expect(attempt).toEqual({ id: 'm', completedAt: '2025-03-01T09:00:00Z', shares: { support: 0.5 }, scenarios: { best: 1, total: 2 } });
    expect(Object.keys(attempt!.shares)).toEqual(['support']);
    expect(Object.getPrototypeOf(attempt!.shares)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('reading a draft', () => {
  it('reads back what it writes, in the documented stored form', () => {
    expect(JSON.parse(serializeDraft(draft))).toEqual({ version: 1, ...draft });
    expect(parseDraft(serializeDraft(draft))).toEqual({ draft, problem: false });
  });

  it('treats nothing saved as no draft and no problem', () => {
    expect(parseDraft(null)).toEqual({ draft: null, problem: false });
  });

  it('reports a corrupt, misshapen or other-version draft', () => {
    const cases = ['{"version":1,', '[]', 'null', '{"version":1,"answers":{}}', '{"version":1,"answers":[],"choices":{}}'];
    cases.push(JSON.stringify({ version: 0, ...draft }), JSON.stringify({ version: 2, ...draft }), JSON.stringify(draft));
    for (const raw of cases) expect(parseDraft(raw), raw).toEqual({ draft: null, problem: true });
  });

  it('drops entries that no longer make sense and keeps the rest', () => {
    const raw = `{"version":1,
      "answers":{"a":2,"b":-1,"c":1.5,"d":"2","e":null,"f":0,"__proto__":3},
      "choices":{"g":"ask-first","h":"","i":3,"j":null,"constructor":"x"}}`;
    const result = parseDraft(raw);
    expect(result).toEqual({ draft: { answers: { a: 2, f: 0 }, choices: { g: 'ask-first' } }, problem: false });
    expect(Object.getPrototypeOf(result.draft!.answers)).toBe(Object.prototype);
  });
});

describe('the store over working storage', () => {
  it('keeps attempts and a draft from one visit to the next', () => {
    const { storage, items } = fakeStorage();
    const first = openStore(() => storage, now);
    expect(first.persistent).toBe(true);
    expect(first.loadAttempts()).toEqual({ attempts: [], notice: null });
    expect(first.saveAttempts([april, march])).toBeNull();
    expect(first.saveDraft(draft)).toBeNull();
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([april, march]));

    const next = openStore(() => storage, now);
    expect(next.loadAttempts()).toEqual({ attempts: [march, april], notice: null });
    expect(next.loadDraft()).toEqual({ draft, notice: null });
    next.clearDraft();
    expect(items.has(DRAFT_KEY)).toBe(false);
    expect(next.loadDraft()).toEqual({ draft: null, notice: null });
    expect([...items.keys()]).toEqual([ATTEMPTS_KEY]);
  });

  it('reports a full storage on save without throwing, and keeps working once there is room', () => {
    const { storage, items, fail } = fakeStorage({ [ATTEMPTS_KEY]: serializeAttempts([march]) });
    const store = openStore(() => storage, now);
    expect(store.loadAttempts()).toEqual({ attempts: [march], notice: null });
    fail.set = () => true;
    expect(store.saveAttempts([march, april])).toBe('save-failed');
    expect(store.saveDraft(draft)).toBe('save-failed');
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([march]));
    expect(store.persistent).toBe(true);
    fail.set = () => false;
    expect(store.saveAttempts([march, april])).toBeNull();
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([march, april]));
  });

  it('never lets a throwing removal escape', () => {
    const { storage, items, fail } = fakeStorage({ [DRAFT_KEY]: serializeDraft(draft) });
    const store = openStore(() => storage, now);
    fail.remove = true;
    expect(() => store.clearDraft()).not.toThrow();
    expect(items.get(DRAFT_KEY)).toBe(serializeDraft(draft));
  });
});

describe('the store without storage', () => {
  const expectUnavailable = (getStorage: () => StorageLike | null | undefined) => {
    const store = openStore(getStorage, now);
    expect(store.persistent).toBe(false);
    expect(store.loadAttempts()).toEqual({ attempts: [], notice: 'unavailable' });
    expect(store.loadDraft()).toEqual({ draft: null, notice: null });
    expect(store.saveAttempts([march])).toBe('unavailable');
    expect(store.saveDraft(draft)).toBe('unavailable');
    expect(() => store.clearDraft()).not.toThrow();
  };

  it('works without keeping anything when the browser gives no storage', () => {
    expectUnavailable(() => null);
    expectUnavailable(() => undefined);
  });

  it('works without keeping anything when reaching storage throws, as in blocked or private browsing', () => {
    expectUnavailable(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
  });

  it('treats storage that cannot be written to at all as absent, and writes nothing to it', () => {
    const full = fakeStorage({ [ATTEMPTS_KEY]: serializeAttempts([march]) });
    full.fail.set = () => true;
    expectUnavailable(() => full.storage);
    expect([...full.items]).toEqual([[ATTEMPTS_KEY, serializeAttempts([march])]]);

    const noRemove = fakeStorage();
    noRemove.fail.remove = true;
    expectUnavailable(() => noRemove.storage);
  });
});

describe('the store with saved results it cannot read', () => {
  it('copies corrupt results aside, exactly as they were, before anything new is saved', () => {
    const raw = '{"version":1,"attempts":[{"id":"march"';
    const { storage, items } = fakeStorage({ [ATTEMPTS_KEY]: raw });
    const store = openStore(() => storage, now);
    expect(store.loadAttempts()).toEqual({ attempts: [], notice: 'set-aside' });
    expect(items.get(SET_ASIDE_KEY)).toBe(raw);
    expect(store.saveAttempts([april])).toBeNull();
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([april]));
    expect(items.get(SET_ASIDE_KEY)).toBe(raw);
  });

  it('copies misshapen results aside and still returns the attempts it could read', () => {
    const raw = stored([march, { ...april, shares: { support: 1.5 } }]);
    const { storage, items } = fakeStorage({ [ATTEMPTS_KEY]: raw });
    expect(openStore(() => storage, now).loadAttempts()).toEqual({ attempts: [march], notice: 'set-aside' });
    expect(items.get(SET_ASIDE_KEY)).toBe(raw);
  });

  it('copies aside results that are not an object or have no list of attempts', () => {
    for (const raw of ['"march"', '{"version":1,"attempts":"march"}']) {
      const { storage, items } = fakeStorage({ [ATTEMPTS_KEY]: raw });
      expect(openStore(() => storage, now).loadAttempts(), raw).toEqual({ attempts: [], notice: 'set-aside' });
      expect(items.get(SET_ASIDE_KEY)).toBe(raw);
    }
  });

  it('copies aside results from an older or a newer version', () => {
    for (const version of [0, 2]) {
      const raw = stored([march], version);
      const { storage, items } = fakeStorage({ [ATTEMPTS_KEY]: raw });
      expect(openStore(() => storage, now).loadAttempts()).toEqual({ attempts: [], notice: 'set-aside' });
      expect(items.get(SET_ASIDE_KEY)).toBe(raw);
    }
  });

  it('copies them aside once however often they are loaded', () => {
    const { storage, items } = fakeStorage({ [ATTEMPTS_KEY]: 'not json' });
    let tick = 0;
    const store = openStore(() => storage, () => new Date(Date.UTC(2025, 4, 6, 0, 0, tick++)));
    expect(store.loadAttempts().notice).toBe('set-aside');
    expect(store.loadAttempts().notice).toBe('set-aside');
    expect([...items.keys()].filter((key) => key.startsWith(SET_ASIDE_PREFIX))).toEqual([`${SET_ASIDE_PREFIX}2025-05-06T00:00:00.000Z`]);
  });

  it('sets them aside even when the caller saves without loading first', () => {
    const { storage, items } = fakeStorage({ [ATTEMPTS_KEY]: 'not json' });
    expect(openStore(() => storage, now).saveAttempts([april])).toBeNull();
    expect(items.get(SET_ASIDE_KEY)).toBe('not json');
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([april]));
  });

  it('leaves them untouched, and saves no new results, when they cannot be copied aside', () => {
    const raw = stored([march], 2);
    const { storage, items, fail } = fakeStorage({ [ATTEMPTS_KEY]: raw });
    const store = openStore(() => storage, now);
    fail.set = (key) => key.startsWith(SET_ASIDE_PREFIX);
    expect(store.loadAttempts()).toEqual({ attempts: [], notice: 'unreadable' });
    expect(store.persistent).toBe(false);
    expect(store.saveAttempts([april])).toBe('unreadable');
    expect(items.get(ATTEMPTS_KEY)).toBe(raw);
    expect([...items.keys()]).toEqual([ATTEMPTS_KEY]);
    expect(store.saveDraft(draft)).toBeNull();
  });

  it('leaves them untouched when reading them throws', () => {
    const raw = serializeAttempts([march]);
    const { storage, items, fail } = fakeStorage({ [ATTEMPTS_KEY]: raw });
    const store = openStore(() => storage, now);
    fail.get = true;
    expect(store.loadAttempts()).toEqual({ attempts: [], notice: 'unreadable' });
    expect(store.saveAttempts([april])).toBe('unreadable');
    expect(items.get(ATTEMPTS_KEY)).toBe(raw);
  });

  it('also leaves them untouched when the clock cannot give a time for the copy', () => {
    const { storage, items } = fakeStorage({ [ATTEMPTS_KEY]: 'not json' });
    const store = openStore(() => storage, () => new Date(Number.NaN));
    expect(store.loadAttempts()).toEqual({ attempts: [], notice: 'unreadable' });
    expect(store.saveAttempts([april])).toBe('unreadable');
    expect(items.get(ATTEMPTS_KEY)).toBe('not json');
  });
});

describe('the store with a draft it cannot restore', () => {
  it('discards a corrupt draft and removes it', () => {
    const { storage, items } = fakeStorage({ [DRAFT_KEY]: '{"version":1,"answers":', [ATTEMPTS_KEY]: serializeAttempts([march]) });
    const store = openStore(() => storage, now);
    expect(store.loadDraft()).toEqual({ draft: null, notice: 'draft-discarded' });
    expect(items.has(DRAFT_KEY)).toBe(false);
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([march]));
  });

  it('discards a draft from another version', () => {
    const { storage, items } = fakeStorage({ [DRAFT_KEY]: JSON.stringify({ version: 2, ...draft }) });
    expect(openStore(() => storage, now).loadDraft()).toEqual({ draft: null, notice: 'draft-discarded' });
    expect(items.has(DRAFT_KEY)).toBe(false);
  });

  it('still reports the discarded draft when removing it throws', () => {
    const { storage, items, fail } = fakeStorage({ [DRAFT_KEY]: 'not json' });
    const store = openStore(() => storage, now);
    fail.remove = true;
    expect(store.loadDraft()).toEqual({ draft: null, notice: 'draft-discarded' });
    expect(items.get(DRAFT_KEY)).toBe('not json');
  });

  it('restores what it can of a draft with entries that no longer make sense', () => {
    const raw = JSON.stringify({ version: 1, answers: { a: 1, b: -2, c: 'x' }, choices: { d: 'ask-first', e: '' } });
    const { storage } = fakeStorage({ [DRAFT_KEY]: raw });
    expect(openStore(() => storage, now).loadDraft()).toEqual({ draft: { answers: { a: 1 }, choices: { d: 'ask-first' } }, notice: null });
  });
});
