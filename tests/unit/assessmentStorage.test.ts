import { describe, expect, it } from 'vitest';
import {
  ATTEMPTS_KEY,
  DRAFT_KEY,
  MAX_ATTEMPTS,
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
} from '~/assessment/storage';

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
const may: SavedAttempt = { ...april, id: 'may', completedAt: '2025-05-01T08:00:00.000Z' };
const draft: Draft = { answers: { 'asks-questions': 2, 'sets-goals': 0 }, choices: { 'late-note': 'ask-first' } };

/** The stored value for these attempts, written by hand rather than by serializeAttempts. */
const stored = (attempts: unknown, version: unknown = STORAGE_VERSION) => JSON.stringify({ version, attempts });

/** `count` valid attempts, one a day from 1 January 2025, numbered from 0. */
const daily = (count: number): SavedAttempt[] =>
  Array.from({ length: count }, (_, day) => ({ ...april, id: `day-${day}`, completedAt: new Date(Date.UTC(2025, 0, 1 + day)).toISOString() }));

/** An in-memory Web Storage whose calls can be made to throw, as full or blocked storage does. */
function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const fail = { get: false, remove: false, set: (_key: string) => false };
  const insecure = () => new DOMException('The operation is insecure.', 'SecurityError');
  const storage: StorageLike = {
    get length() {
      if (fail.get) throw insecure();
      return items.size;
    },
    key(index) {
      if (fail.get) throw insecure();
      return [...items.keys()][index] ?? null;
    },
    getItem(key) {
      if (fail.get) throw insecure();
      return items.get(key) ?? null;
    },
    setItem(key, value) {
      if (fail.set(key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem(key) {
      if (fail.remove) throw insecure();
      items.delete(key);
    },
  };
  const setAsideKeys = () => [...items.keys()].filter((key) => key.startsWith(SET_ASIDE_PREFIX));
  return { storage, items, fail, setAsideKeys };
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

  // Each is march with one thing wrong, so each case shows one rule at work.
  const broken: Record<string, unknown> = {
    'share too high': { ...march, shares: { ...march.shares, support: 1.5 } },
    'share below zero': { ...march, shares: { ...march.shares, challenge: -0.1 } },
    'share as text': { ...march, shares: { ...march.shares, support: '0.5' } },
    'other share too high': { ...march, shares: { ...march.shares, vision: 1.01 } },
    'other share as text': { ...march, shares: { ...march.shares, vision: 'high' } },
    'no support': { ...march, shares: { challenge: 0.5, vision: 1 } },
    'no challenge': { ...march, shares: { support: 0.5, vision: 1 } },
    'no scales': { ...march, shares: {} },
    'shares as a list': { ...march, shares: [0.75, 0.5] },
    'no id': { ...march, id: undefined },
    'empty id': { ...march, id: '' },
    'id as a number': { ...march, id: 7 },
    'date in words': { ...march, completedAt: 'last Tuesday' },
    'no date': { ...march, completedAt: undefined },
    'date as a number': { ...march, completedAt: 1740819600000 },
    'date "1"': { ...march, completedAt: '1' },
    'date "-000100"': { ...march, completedAt: '-000100' },
    'date without a time': { ...march, completedAt: '2025-03-01' },
    'time without a zone': { ...march, completedAt: '2025-03-01T09:00:00.000' },
    'time in another zone': { ...march, completedAt: '2025-03-01T09:00:00.000+02:00' },
    'six-digit year': { ...march, completedAt: '+002025-03-01T09:00:00.000Z' },
    'date that does not exist': { ...march, completedAt: '2025-02-31T09:00:00.000Z' },
    'hour 24': { ...march, completedAt: '2025-03-01T24:00:00.000Z' },
    'best over total': { ...march, scenarios: { best: 5, total: 4 } },
    'fraction': { ...march, scenarios: { best: 1.5, total: 4 } },
    'below zero': { ...march, scenarios: { best: -1, total: 4 } },
    'total over 50': { ...march, scenarios: { best: 2, total: 51 } },
    'no scenarios': { ...march, scenarios: undefined },
    'null': null,
    'text': 'march',
  };

  it('drops an attempt that is wrong in any part and keeps the rest', () => {
    for (const [why, attempt] of Object.entries(broken)) {
      expect(parseAttempts(stored([attempt, april])), why).toEqual({ attempts: [april], problem: 'shape' });
    }
  });

  it('accepts the edges of what is allowed', () => {
    const edges: SavedAttempt[] = [
      { ...march, id: 'no-milliseconds', completedAt: '2025-03-01T09:00:00Z' },
      { ...march, id: 'leap-day', completedAt: '2024-02-29T23:59:59.999Z' },
      { ...march, id: 'only-the-two', shares: { support: 0, challenge: 1 } },
      { ...march, id: 'fifty-scenarios', completedAt: '2025-03-02T09:00:00.000Z', scenarios: { best: 50, total: 50 } },
    ];
    expect(parseAttempts(stored(edges))).toEqual({ attempts: [edges[1], edges[0], edges[2], edges[3]], problem: null });
  });

  it('sets aside results from any other version, older or newer, since no migration exists yet', () => {
    expect(parseAttempts(stored([march], 0))).toEqual({ attempts: [], problem: 'version' });
    expect(parseAttempts(stored([march], 2))).toEqual({ attempts: [], problem: 'version' });
    expect(parseAttempts(stored([march], 1.5))).toEqual({ attempts: [], problem: 'version' });
  });

  it('sorts attempts oldest first by the moment they were completed, not by the text', () => {
    // As text the first sorts after the second ("Z" comes after "."); in time it is half a second earlier.
    const early = { ...april, id: 'early', completedAt: '2025-03-01T09:00:00Z' };
    const later = { ...april, id: 'later', completedAt: '2025-03-01T09:00:00.5Z' };
    expect(parseAttempts(stored([april, later, march, early])).attempts.map(({ id }) => id)).toEqual(['march', 'early', 'later', 'april']);
  });

  it('keeps the first of two attempts with the same id, and reports the other', () => {
    const copy = { ...april, id: 'march' };
    expect(parseAttempts(stored([march, copy]))).toEqual({ attempts: [march], problem: 'shape' });
  });

  it(`keeps at most the latest ${MAX_ATTEMPTS} attempts, and reports more`, () => {
    expect(MAX_ATTEMPTS).toBe(200);
    const many = daily(201);
    // Stored newest first, so "latest" has to mean by date, not by place in the list.
    expect(parseAttempts(stored([...many].reverse()))).toEqual({ attempts: many.slice(1), problem: 'shape' });
    expect(parseAttempts(stored(many.slice(1)))).toEqual({ attempts: many.slice(1), problem: null });
  });

  it("builds clean objects, ignoring keys that reach an object's prototype", () => {
    const raw = `{"version":1,"attempts":[{"id":"m","completedAt":"2025-03-01T09:00:00Z","__proto__":{"id":"x"},
      "shares":{"support":0.5,"challenge":0.25,"__proto__":{"polluted":true},"constructor":2},"scenarios":{"best":1,"total":2}}]}`;
    const [attempt] = parseAttempts(raw).attempts;
    expect(attempt).toEqual({ id: 'm', completedAt: '2025-03-01T09:00:00Z', shares: { support: 0.5, challenge: 0.25 }, scenarios: { best: 1, total: 2 } });
    expect(Object.keys(attempt!.shares)).toEqual(['support', 'challenge']);
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
    expect(first.addAttempt(april)).toEqual({ attempts: [april], notice: null });
    expect(first.addAttempt(march)).toEqual({ attempts: [march, april], notice: null });
    expect(first.saveDraft(draft)).toBeNull();
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([march, april]));

    const next = openStore(() => storage, now);
    expect(next.loadAttempts()).toEqual({ attempts: [march, april], notice: null });
    expect(next.loadDraft()).toEqual({ draft, notice: null });
    next.clearDraft();
    expect(items.has(DRAFT_KEY)).toBe(false);
    expect(next.loadDraft()).toEqual({ draft: null, notice: null });
    expect([...items.keys()]).toEqual([ATTEMPTS_KEY]);
  });

  it('stores a clean copy of an added attempt, and replaces one with the same id', () => {
    const { storage, items } = fakeStorage();
    const store = openStore(() => storage, now);
    const extra = { ...march, note: 'not part of an attempt' } as SavedAttempt;
    expect(store.addAttempt(extra)).toEqual({ attempts: [march], notice: null });
    const again = { ...march, scenarios: { best: 4, total: 4 } };
    expect(store.addAttempt(again)).toEqual({ attempts: [again], notice: null });
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([again]));
  });

  it('refuses to store an attempt that it could not read back, and keeps what is stored', () => {
    const { storage, items } = fakeStorage({ [ATTEMPTS_KEY]: serializeAttempts([march]) });
    const store = openStore(() => storage, now);
    const noChallenge = { ...april, shares: { support: 0.5 } };
    expect(store.addAttempt(noChallenge)).toEqual({ attempts: [march], notice: 'save-failed' });
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([march]));
  });

  it('deletes one attempt', () => {
    const { storage, items } = fakeStorage({ [ATTEMPTS_KEY]: serializeAttempts([march, april]) });
    const store = openStore(() => storage, now);
    expect(store.deleteAttempt('march')).toEqual({ attempts: [april], notice: null });
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([april]));
    expect(openStore(() => storage, now).loadAttempts()).toEqual({ attempts: [april], notice: null });
  });

  it(`keeps the latest ${MAX_ATTEMPTS} when one more is added`, () => {
    const many = daily(MAX_ATTEMPTS);
    const { storage, items } = fakeStorage({ [ATTEMPTS_KEY]: serializeAttempts(many) });
    const latest = { ...april, id: 'latest', completedAt: '2026-01-01T00:00:00.000Z' };
    const result = openStore(() => storage, now).addAttempt(latest);
    expect(result).toEqual({ attempts: [...many.slice(1), latest], notice: null });
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts(result.attempts));
  });

  it('reports a failed write without throwing, keeps the change for this visit, and saves it once there is room', () => {
    const { storage, items, fail } = fakeStorage({ [ATTEMPTS_KEY]: serializeAttempts([march]) });
    const store = openStore(() => storage, now);
    expect(store.loadAttempts()).toEqual({ attempts: [march], notice: null });
    fail.set = () => true;
    expect(store.addAttempt(april)).toEqual({ attempts: [march, april], notice: 'save-failed' });
    expect(store.saveDraft(draft)).toBe('save-failed');
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([march]));
    expect(store.persistent).toBe(true);
    // A change that cannot be saved stays on the page, also through a reload of what is stored.
    expect(store.deleteAttempt('march')).toEqual({ attempts: [april], notice: 'save-failed' });
    expect(store.loadAttempts()).toEqual({ attempts: [april], notice: null });
    fail.set = () => false;
    expect(store.addAttempt(may)).toEqual({ attempts: [april, may], notice: null });
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([april, may]));
  });

  it('never lets a throwing removal escape', () => {
    const { storage, items, fail } = fakeStorage({ [DRAFT_KEY]: serializeDraft(draft) });
    const store = openStore(() => storage, now);
    fail.remove = true;
    expect(() => store.clearDraft()).not.toThrow();
    expect(items.get(DRAFT_KEY)).toBe(serializeDraft(draft));
  });
});

describe('the store in two tabs at once', () => {
  it('keeps an attempt added in one tab when the other adds one', () => {
    const { storage, items } = fakeStorage();
    const first = openStore(() => storage, now);
    const second = openStore(() => storage, now);
    expect(first.loadAttempts().attempts).toEqual([]);
    expect(second.loadAttempts().attempts).toEqual([]);
    expect(first.addAttempt(march)).toEqual({ attempts: [march], notice: null });
    expect(second.addAttempt(april)).toEqual({ attempts: [march, april], notice: null });
    expect(first.addAttempt(may)).toEqual({ attempts: [march, april, may], notice: null });
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([march, april, may]));
  });

  it("keeps the other tab's attempt when deleting from a tab that has not seen it", () => {
    const { storage, items } = fakeStorage({ [ATTEMPTS_KEY]: serializeAttempts([march]) });
    const stale = openStore(() => storage, now);
    expect(stale.loadAttempts().attempts).toEqual([march]);
    openStore(() => storage, now).addAttempt(april);
    expect(stale.deleteAttempt('march')).toEqual({ attempts: [april], notice: null });
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([april]));
  });

  it('keeps a result deleted in the other tab deleted, once this tab has saved it', () => {
    const { storage, items } = fakeStorage();
    const first = openStore(() => storage, now);
    const second = openStore(() => storage, now);
    expect(first.addAttempt(march)).toEqual({ attempts: [march], notice: null });
    expect(second.deleteAttempt('march')).toEqual({ attempts: [], notice: null });
    expect(first.addAttempt(april)).toEqual({ attempts: [april], notice: null });
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([april]));
  });

  it('shows what another tab stored when the attempts are loaded again', () => {
    const { storage } = fakeStorage();
    const first = openStore(() => storage, now);
    first.loadAttempts();
    openStore(() => storage, now).addAttempt(march);
    expect(first.loadAttempts()).toEqual({ attempts: [march], notice: null });
  });
});

describe('deleting every saved result', () => {
  it('removes the results and every set-aside copy, and leaves the draft and other keys', () => {
    const { storage, items, setAsideKeys } = fakeStorage({
      [ATTEMPTS_KEY]: serializeAttempts([march]),
      [`${SET_ASIDE_PREFIX}2024-01-01T00:00:00.000Z`]: 'old',
      [`${SET_ASIDE_PREFIX}2024-02-01T00:00:00.000Z`]: 'older',
      [DRAFT_KEY]: serializeDraft(draft),
      'another-page': 'kept',
    });
    const store = openStore(() => storage, now);
    expect(store.loadAttempts().attempts).toEqual([march]);
    openStore(() => storage, now).addAttempt(april);
    expect(store.deleteAll()).toEqual({ attempts: [], notice: null });
    expect(items.has(ATTEMPTS_KEY)).toBe(false);
    expect(setAsideKeys()).toEqual([]);
    expect([...items.keys()].sort()).toEqual(['another-page', DRAFT_KEY]);
    expect(openStore(() => storage, now).loadAttempts()).toEqual({ attempts: [], notice: null });
    expect(store.addAttempt(may)).toEqual({ attempts: [may], notice: null });
  });

  it('removes results it could not read or copy aside too, since the reader asked for everything to go', () => {
    const { storage, items, fail } = fakeStorage({ [ATTEMPTS_KEY]: stored([march], 2) });
    fail.set = (key) => key.startsWith(SET_ASIDE_PREFIX);
    const store = openStore(() => storage, now);
    expect(store.loadAttempts().notice).toBe('unreadable');
    expect(store.deleteAll()).toEqual({ attempts: [], notice: null });
    expect(items.has(ATTEMPTS_KEY)).toBe(false);
    expect(store.persistent).toBe(true);
    expect(store.addAttempt(april)).toEqual({ attempts: [april], notice: null });
  });

  it('reports a removal that throws, and shows nothing deleted again', () => {
    const { storage, items, fail } = fakeStorage({ [ATTEMPTS_KEY]: serializeAttempts([march]) });
    const store = openStore(() => storage, now);
    store.loadAttempts();
    fail.remove = true;
    expect(store.deleteAll()).toEqual({ attempts: [], notice: 'save-failed' });
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([march]));
    expect(store.loadAttempts().attempts).toEqual([]);
    // The next write that works completes the deletion.
    expect(store.addAttempt(april)).toEqual({ attempts: [april], notice: null });
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([april]));
  });
});

describe('the store over full storage', () => {
  it('still shows the saved results and the draft, says the storage is full, and tries each write', () => {
    const { storage, items, fail } = fakeStorage({ [ATTEMPTS_KEY]: serializeAttempts([march]), [DRAFT_KEY]: serializeDraft(draft) });
    fail.set = () => true;
    const store = openStore(() => storage, now);
    expect(store.persistent).toBe(false);
    expect(store.loadAttempts()).toEqual({ attempts: [march], notice: 'storage-full' });
    expect(store.loadDraft()).toEqual({ draft, notice: null });
    expect(store.addAttempt(april)).toEqual({ attempts: [march, april], notice: 'save-failed' });
    expect(store.saveDraft(draft)).toBe('save-failed');
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([march]));
    // Room freed (by this page or another): the next write goes through.
    fail.set = () => false;
    expect(store.deleteAttempt('march')).toEqual({ attempts: [april], notice: null });
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([april]));
    expect(store.saveDraft(draft)).toBeNull();
  });

  it('can still delete everything, which needs no room', () => {
    const { storage, items, fail } = fakeStorage({ [ATTEMPTS_KEY]: serializeAttempts([march]), [SET_ASIDE_KEY]: 'old' });
    fail.set = () => true;
    const store = openStore(() => storage, now);
    expect(store.loadAttempts().attempts).toEqual([march]);
    expect(store.deleteAll()).toEqual({ attempts: [], notice: null });
    expect([...items.keys()]).toEqual([]);
  });
});

describe('the store without storage', () => {
  const expectUnavailable = (getStorage: () => StorageLike | null | undefined) => {
    const store = openStore(getStorage, now);
    expect(store.persistent).toBe(false);
    expect(store.loadAttempts()).toEqual({ attempts: [], notice: 'unavailable' });
    expect(store.loadDraft()).toEqual({ draft: null, notice: null });
    expect(store.saveDraft(draft)).toBe('unavailable');
    expect(() => store.clearDraft()).not.toThrow();
    // The attempts of this visit are still kept, for this visit.
    expect(store.addAttempt(april)).toEqual({ attempts: [april], notice: 'unavailable' });
    expect(store.addAttempt(march)).toEqual({ attempts: [march, april], notice: 'unavailable' });
    expect(store.deleteAttempt('april')).toEqual({ attempts: [march], notice: 'unavailable' });
    expect(store.loadAttempts()).toEqual({ attempts: [march], notice: 'unavailable' });
    expect(store.deleteAll()).toEqual({ attempts: [], notice: 'unavailable' });
    expect(store.loadAttempts()).toEqual({ attempts: [], notice: 'unavailable' });
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

  it('treats storage that cannot be read as absent, and writes nothing to it', () => {
    const blocked = fakeStorage({ [ATTEMPTS_KEY]: serializeAttempts([march]) });
    blocked.fail.get = true;
    expectUnavailable(() => blocked.storage);
    expect([...blocked.items]).toEqual([[ATTEMPTS_KEY, serializeAttempts([march])]]);
  });

  it('treats storage that holds nothing and takes nothing, or cannot remove, as absent', () => {
    const noRoom = fakeStorage();
    noRoom.fail.set = () => true;
    expectUnavailable(() => noRoom.storage);
    expect(noRoom.items.size).toBe(0);

    const noRemove = fakeStorage();
    noRemove.fail.remove = true;
    expectUnavailable(() => noRemove.storage);
  });
});

describe('the store with saved results it cannot read', () => {
  it('copies corrupt results aside, exactly as they were, and replaces them with a clean empty list', () => {
    const raw = '{"version":1,"attempts":[{"id":"march"';
    const { storage, items } = fakeStorage({ [ATTEMPTS_KEY]: raw });
    const store = openStore(() => storage, now);
    expect(store.loadAttempts()).toEqual({ attempts: [], notice: 'set-aside' });
    expect(items.get(SET_ASIDE_KEY)).toBe(raw);
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([]));
    expect(store.persistent).toBe(true);
    expect(store.addAttempt(april)).toEqual({ attempts: [april], notice: null });
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([april]));
    expect(items.get(SET_ASIDE_KEY)).toBe(raw);
  });

  it('copies partly readable results aside, keeps the readable ones, and says only some were set aside', () => {
    const raw = stored([march, { ...april, shares: { support: 1.5, challenge: 0.5 } }]);
    const { storage, items } = fakeStorage({ [ATTEMPTS_KEY]: raw });
    expect(openStore(() => storage, now).loadAttempts()).toEqual({ attempts: [march], notice: 'partly-set-aside' });
    expect(items.get(SET_ASIDE_KEY)).toBe(raw);
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([march]));
  });

  it(`copies aside more than ${MAX_ATTEMPTS} results before keeping the latest ${MAX_ATTEMPTS}`, () => {
    const raw = serializeAttempts(daily(MAX_ATTEMPTS + 1));
    const { storage, items } = fakeStorage({ [ATTEMPTS_KEY]: raw });
    const { attempts, notice } = openStore(() => storage, now).loadAttempts();
    expect(notice).toBe('partly-set-aside');
    expect(attempts.map(({ id }) => id)).toEqual(daily(MAX_ATTEMPTS + 1).slice(1).map(({ id }) => id));
    expect(items.get(SET_ASIDE_KEY)).toBe(raw);
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts(attempts));
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

  it('copies them aside once, and says so once, over two visits', () => {
    const { storage, items, setAsideKeys } = fakeStorage({ [ATTEMPTS_KEY]: 'not json' });
    let tick = 0;
    const clock = () => new Date(Date.UTC(2025, 4, 6, 0, 0, tick++));
    expect(openStore(() => storage, clock).loadAttempts()).toEqual({ attempts: [], notice: 'set-aside' });
    expect(openStore(() => storage, clock).loadAttempts()).toEqual({ attempts: [], notice: null });
    expect(setAsideKeys()).toEqual([`${SET_ASIDE_PREFIX}2025-05-06T00:00:00.000Z`]);
    expect(items.get(setAsideKeys()[0]!)).toBe('not json');
  });

  it('copies them aside once however often they are loaded, even when they cannot be replaced', () => {
    const { storage, items, fail, setAsideKeys } = fakeStorage({ [ATTEMPTS_KEY]: 'not json' });
    fail.set = (key) => key === ATTEMPTS_KEY;
    let tick = 0;
    const store = openStore(() => storage, () => new Date(Date.UTC(2025, 4, 6, 0, 0, tick++)));
    expect(store.loadAttempts().notice).toBe('set-aside');
    expect(store.loadAttempts().notice).toBe('set-aside');
    expect(setAsideKeys()).toEqual([`${SET_ASIDE_PREFIX}2025-05-06T00:00:00.000Z`]);
    expect(items.get(ATTEMPTS_KEY)).toBe('not json');
  });

  it('never writes one copy over another made at the same moment', () => {
    const { storage, items, setAsideKeys } = fakeStorage({ [ATTEMPTS_KEY]: 'second', [SET_ASIDE_KEY]: 'first' });
    expect(openStore(() => storage, now).loadAttempts().notice).toBe('set-aside');
    expect(setAsideKeys().map((key) => items.get(key))).toEqual(['first', 'second']);
    expect(items.get(`${SET_ASIDE_KEY}-2`)).toBe('second');
  });

  it('sets them aside even when the caller adds an attempt without loading first', () => {
    const { storage, items } = fakeStorage({ [ATTEMPTS_KEY]: 'not json' });
    expect(openStore(() => storage, now).addAttempt(april)).toEqual({ attempts: [april], notice: 'set-aside' });
    expect(items.get(SET_ASIDE_KEY)).toBe('not json');
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([april]));
  });

  it('sets aside what another tab left unreadable before adding to it', () => {
    const { storage, items } = fakeStorage({ [ATTEMPTS_KEY]: serializeAttempts([march]) });
    const store = openStore(() => storage, now);
    expect(store.loadAttempts().attempts).toEqual([march]);
    const newer = stored([march], 2);
    items.set(ATTEMPTS_KEY, newer);
    expect(store.addAttempt(april)).toEqual({ attempts: [april], notice: 'set-aside' });
    expect(items.get(SET_ASIDE_KEY)).toBe(newer);
    expect(items.get(ATTEMPTS_KEY)).toBe(serializeAttempts([april]));
  });

  it('leaves them untouched, and keeps new results for this visit only, when they cannot be copied aside', () => {
    const raw = stored([march], 2);
    const { storage, items, fail } = fakeStorage({ [ATTEMPTS_KEY]: raw });
    const store = openStore(() => storage, now);
    fail.set = (key) => key.startsWith(SET_ASIDE_PREFIX);
    expect(store.loadAttempts()).toEqual({ attempts: [], notice: 'unreadable' });
    expect(store.persistent).toBe(false);
    expect(store.addAttempt(april)).toEqual({ attempts: [april], notice: 'unreadable' });
    expect(store.addAttempt(may)).toEqual({ attempts: [april, may], notice: 'unreadable' });
    expect(store.deleteAttempt('april')).toEqual({ attempts: [may], notice: 'unreadable' });
    expect(items.get(ATTEMPTS_KEY)).toBe(raw);
    expect([...items.keys()]).toEqual([ATTEMPTS_KEY]);
    expect(store.saveDraft(draft)).toBeNull();
  });

  it('leaves partly readable results untouched too when they cannot be copied aside', () => {
    const raw = stored([march, { ...april, completedAt: '1' }]);
    const { storage, items, fail } = fakeStorage({ [ATTEMPTS_KEY]: raw });
    fail.set = (key) => key.startsWith(SET_ASIDE_PREFIX);
    const store = openStore(() => storage, now);
    expect(store.loadAttempts()).toEqual({ attempts: [march], notice: 'unreadable' });
    expect(store.addAttempt(may)).toEqual({ attempts: [march, may], notice: 'unreadable' });
    expect(items.get(ATTEMPTS_KEY)).toBe(raw);
  });

  it('leaves them untouched when reading them throws', () => {
    const raw = serializeAttempts([march]);
    const { storage, items, fail } = fakeStorage({ [ATTEMPTS_KEY]: raw });
    const store = openStore(() => storage, now);
    fail.get = true;
    expect(store.loadAttempts()).toEqual({ attempts: [], notice: 'unreadable' });
    expect(store.persistent).toBe(false);
    expect(store.addAttempt(april)).toEqual({ attempts: [april], notice: 'unreadable' });
    expect(items.get(ATTEMPTS_KEY)).toBe(raw);
  });

  it('also leaves them untouched when the clock cannot give a time for the copy', () => {
    const { storage, items } = fakeStorage({ [ATTEMPTS_KEY]: 'not json' });
    const store = openStore(() => storage, () => new Date(Number.NaN));
    expect(store.loadAttempts()).toEqual({ attempts: [], notice: 'unreadable' });
    expect(store.addAttempt(april)).toEqual({ attempts: [april], notice: 'unreadable' });
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
