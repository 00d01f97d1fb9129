// The self-assessment keeps each completed attempt, and the answers in progress,
// in the browser's localStorage. This is the only module that touches storage.
// Storage may be missing, blocked, full or hold anything at all, so nothing here
// throws, and saved results that cannot be read are copied aside before any new
// write could replace them: the reader's data is never lost by this code.

export const STORAGE_VERSION = 1;
export const ATTEMPTS_KEY = 'mentoring-self-assessment';
export const DRAFT_KEY = 'mentoring-self-assessment-draft';
/** Unreadable saved results are copied here (suffix: the time, ISO) before anything new is written. */
export const SET_ASIDE_PREFIX = 'mentoring-self-assessment-set-aside-';
const PROBE_KEY = 'mentoring-self-assessment-probe';

export interface SavedAttempt {
  /** Unique id, any non-empty string (the caller makes it). */
  id: string;
  /** When it was completed: an ISO 8601 date-time string that Date.parse accepts. */
  completedAt: string;
  /** Each scale's score as a share of its maximum, 0 to 1, keyed by scale id (e.g. support, challenge, vision, ask-questions ...). */
  shares: Record<string, number>;
  /** Scenarios where the reader chose the best-fitting response, out of how many. */
  scenarios: { best: number; total: number };
}

export interface Draft {
  /** Statement id -> index of the chosen answer (whole number >= 0). */
  answers: Record<string, number>;
  /** Scenario id -> chosen response id (non-empty string). */
  choices: Record<string, string>;
}

/** The parts of the Web Storage API we use, so tests can pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type AttemptsProblem = 'corrupt' | 'version' | 'shape';

export type StoreNotice =
  | 'unavailable' // storage absent or throwing: nothing will be kept after this visit
  | 'set-aside' // saved results could not be read; they were copied aside (SET_ASIDE_PREFIX...) and new results start afresh
  | 'unreadable' // saved results could not be read AND could not be copied aside: they are left untouched, and new results will not be saved this visit
  | 'draft-discarded' // answers in progress could not be restored
  | 'save-failed'; // a write failed (e.g. quota full) after storage had worked

export interface AssessmentStore {
  /** Whether anything written now will still be there on the next visit. */
  readonly persistent: boolean;
  loadAttempts(): { attempts: SavedAttempt[]; notice: StoreNotice | null };
  /** Replaces the saved attempts; returns a notice when they could not be saved. */
  saveAttempts(attempts: readonly SavedAttempt[]): StoreNotice | null;
  loadDraft(): { draft: Draft | null; notice: StoreNotice | null };
  saveDraft(draft: Draft): StoreNotice | null;
  clearDraft(): void;
}

type Stored = Record<string, unknown>;

/**
 * How to bring results saved by an older version up to date: the function for
 * version N returns the stored value as version N + 1 would have written it.
 * Empty while there is only version 1; a stored version with no path here is set aside.
 */
const MIGRATIONS: Record<number, (stored: Stored) => Stored> = {};

// Keys that mean something to JavaScript objects, never to the assessment.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isRecord(value: unknown): value is Stored {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

function isShare(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1;
}

function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** JSON.parse that gives undefined (never a JSON value) instead of throwing. */
function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** A record's own entries without the keys that could reach an object's prototype. */
function safeEntries(record: Stored): [string, unknown][] {
  return Object.entries(record).filter(([key]) => !UNSAFE_KEYS.has(key));
}

/** A clean copy of the entries whose values pass `keep`. */
function pick<T>(record: Stored, keep: (value: unknown) => value is T): Record<string, T> {
  return Object.fromEntries(safeEntries(record).filter(([, value]) => keep(value))) as Record<string, T>;
}

/** The stored value as the current version, or null when no migration leads there. */
function migrate(stored: Stored): Stored | null {
  let current = stored;
  // Each step raises the version by one, so this ends once the migrations run out.
  while (current.version !== STORAGE_VERSION) {
    const from = current.version;
    if (typeof from !== 'number' || !Object.hasOwn(MIGRATIONS, from)) return null;
    current = { ...MIGRATIONS[from]!(current), version: from + 1 };
  }
  return current;
}

/** A clean copy of one stored attempt, or null when any part of it is wrong. */
function readAttempt(value: unknown): SavedAttempt | null {
  if (!isRecord(value) || !isRecord(value.shares) || !isRecord(value.scenarios)) return null;
  const { id, completedAt } = value;
  const { best, total } = value.scenarios;
  const shares = safeEntries(value.shares);
  if (!isFilled(id) || typeof completedAt !== 'string' || Number.isNaN(Date.parse(completedAt))) return null;
  if (shares.length === 0 || !shares.every(([, share]) => isShare(share))) return null;
  if (!isCount(best) || !isCount(total) || best > total) return null;
  return { id, completedAt, shares: Object.fromEntries(shares) as Record<string, number>, scenarios: { best, total } };
}

/** Reads the stored attempts value. */
export function parseAttempts(raw: string | null): { attempts: SavedAttempt[]; problem: AttemptsProblem | null } {
  const none = (problem: AttemptsProblem | null) => ({ attempts: [], problem });
  if (raw === null) return none(null);
  const parsed = parseJson(raw);
  if (parsed === undefined) return none('corrupt');
  if (!isRecord(parsed) || typeof parsed.version !== 'number') return none('shape');
  const stored = migrate(parsed);
  if (!stored) return none('version');
  if (!Array.isArray(stored.attempts)) return none('shape');

  const attempts: SavedAttempt[] = [];
  const ids = new Set<string>();
  for (const item of stored.attempts) {
    const attempt = readAttempt(item);
    if (attempt && !ids.has(attempt.id)) attempts.push(attempt);
    if (attempt) ids.add(attempt.id);
  }
  attempts.sort((a, b) => Date.parse(a.completedAt) - Date.parse(b.completedAt));
  // A dropped duplicate counts as a problem too, so the raw value is set aside before a save replaces it.
  return { attempts, problem: attempts.length < stored.attempts.length ? 'shape' : null };
}

/** The stored form: JSON {"version": STORAGE_VERSION, "attempts": [...]}. */
export function serializeAttempts(attempts: readonly SavedAttempt[]): string {
  return JSON.stringify({ version: STORAGE_VERSION, attempts });
}

/** Reads the stored draft; entries that no longer make sense are dropped quietly. */
export function parseDraft(raw: string | null): { draft: Draft | null; problem: boolean } {
  if (raw === null) return { draft: null, problem: false };
  const parsed = parseJson(raw);
  if (!isRecord(parsed) || parsed.version !== STORAGE_VERSION || !isRecord(parsed.answers) || !isRecord(parsed.choices)) {
    return { draft: null, problem: true };
  }
  return { draft: { answers: pick(parsed.answers, isCount), choices: pick(parsed.choices, isFilled) }, problem: false };
}

/** The stored form: JSON {"version": STORAGE_VERSION, "answers": {...}, "choices": {...}}. */
export function serializeDraft(draft: Draft): string {
  return JSON.stringify({ version: STORAGE_VERSION, answers: draft.answers, choices: draft.choices });
}

/** The storage, if it can be written to at all; blocked storage throws on access, not only on use. */
function probe(getStorage: () => StorageLike | null | undefined): StorageLike | null {
  try {
    const storage = getStorage();
    if (!storage) return null;
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return storage;
  } catch {
    return null;
  }
}

const UNAVAILABLE: AssessmentStore = {
  persistent: false,
  loadAttempts: () => ({ attempts: [], notice: 'unavailable' }),
  saveAttempts: () => 'unavailable',
  loadDraft: () => ({ draft: null, notice: null }),
  saveDraft: () => 'unavailable',
  clearDraft: () => {},
};

/** Opens the store over whatever storage the browser gives; getStorage may return null/undefined or throw (e.g. `() => window.localStorage` throws SecurityError when storage is blocked). */
export function openStore(getStorage: () => StorageLike | null | undefined, now: () => Date = () => new Date()): AssessmentStore {
  const storage = probe(getStorage);
  if (!storage) return UNAVAILABLE;
  let checked = false; // whether the saved results have been read (and set aside if need be) this visit
  let locked = false; // saved results we could neither read nor copy: writing would destroy them
  let setAside: string | null = null; // the raw value already copied aside, so a second load does not copy it again

  /** Runs one storage call; false when it threw. */
  const tried = (call: () => void): boolean => {
    try {
      call();
      return true;
    } catch {
      return false;
    }
  };
  const read = (key: string): string | null | undefined => {
    try {
      return storage.getItem(key);
    } catch {
      return undefined;
    }
  };

  const store: AssessmentStore = {
    get persistent() {
      return !locked;
    },
    loadAttempts() {
      checked = true;
      const raw = read(ATTEMPTS_KEY);
      // Results we cannot even read may still be there: leave them be.
      locked = raw === undefined;
      if (raw === undefined) return { attempts: [], notice: 'unreadable' };
      const { attempts, problem } = parseAttempts(raw);
      if (!problem || raw === null) return { attempts, notice: null };
      if (raw !== setAside && tried(() => storage.setItem(SET_ASIDE_PREFIX + now().toISOString(), raw))) setAside = raw;
      locked = raw !== setAside;
      return { attempts, notice: locked ? 'unreadable' : 'set-aside' };
    },
    saveAttempts(attempts) {
      // Saving before loading must not skip the check that sets unreadable results aside.
      if (!checked) store.loadAttempts();
      if (locked) return 'unreadable';
      return tried(() => storage.setItem(ATTEMPTS_KEY, serializeAttempts(attempts))) ? null : 'save-failed';
    },
    loadDraft() {
      const raw = read(DRAFT_KEY);
      if (raw === undefined) return { draft: null, notice: 'draft-discarded' };
      const { draft, problem } = parseDraft(raw);
      if (problem) tried(() => storage.removeItem(DRAFT_KEY));
      return { draft, notice: problem ? 'draft-discarded' : null };
    },
    saveDraft(draft) {
      return tried(() => storage.setItem(DRAFT_KEY, serializeDraft(draft))) ? null : 'save-failed';
    },
    clearDraft() {
      tried(() => storage.removeItem(DRAFT_KEY));
    },
  };
  return store;
}
