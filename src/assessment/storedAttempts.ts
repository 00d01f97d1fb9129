// The stored forms of the self-assessment's saved attempts and answers in
// progress, and how to read them back. Pure: no storage is touched here (that
// is storage.ts). A stored value may hold anything at all, so reading never
// throws and builds clean objects from only the parts that make sense.
import { MAX_SCENARIOS } from './content.rules';

export const STORAGE_VERSION = 1;
/** At most this many attempts are kept (the latest ones). */
export const MAX_ATTEMPTS = 200;
/** No attempt has more scenarios than the content may hold (a content rule). */
export { MAX_SCENARIOS };

export interface SavedAttempt {
  /** Unique id, any non-empty string (the caller makes it). */
  id: string;
  /** When it was completed, as Date.prototype.toISOString writes it (e.g. 2025-03-01T09:00:00.000Z). */
  completedAt: string;
  /**
   * Each scale's score as a share of its maximum, 0 to 1, keyed by scale id.
   * support and challenge are always there (they place the result on the grid);
   * others (vision, ask-questions ...) may be.
   */
  shares: Record<string, number>;
  /** Scenarios where the reader chose the best-fitting response, out of how many (at most MAX_SCENARIOS). */
  scenarios: { best: number; total: number };
}

export interface Draft {
  /** Statement id -> index of the chosen answer (whole number >= 0). */
  answers: Record<string, number>;
  /** Scenario id -> chosen response id (non-empty string). */
  choices: Record<string, string>;
}

/** corrupt: not JSON; version: no way to read that version; shape: anything else wrong, even one attempt of many. */
export type AttemptsProblem = 'corrupt' | 'version' | 'shape';

type Stored = Record<string, unknown>;

/**
 * How to bring results saved by an older version up to date: the function for
 * version N returns the stored value as version N + 1 would have written it.
 * Empty while there is only version 1; a stored version with no path here is set aside.
 */
const MIGRATIONS: Record<number, (stored: Stored) => Stored> = {};

// Keys that mean something to JavaScript objects, never to the assessment.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// As Date.prototype.toISOString writes a date-time (years 0000 to 9999; milliseconds optional).
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

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

/** An ISO date-time in UTC naming a real moment: not 2025-02-31, not 24:00. */
function isDateTime(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) return false;
  const time = Date.parse(value);
  // Date.parse rolls some impossible dates over (2025-02-31 becomes 3 March): written back, they differ.
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
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

/** A clean copy of one attempt, or null when any part of it is wrong. */
export function readAttempt(value: unknown): SavedAttempt | null {
  if (!isRecord(value) || !isRecord(value.shares) || !isRecord(value.scenarios)) return null;
  const { id, completedAt } = value;
  const { best, total } = value.scenarios;
  const shares = Object.fromEntries(safeEntries(value.shares));
  if (!isFilled(id) || !isDateTime(completedAt)) return null;
  if (!isShare(shares.support) || !isShare(shares.challenge) || !Object.values(shares).every(isShare)) return null;
  if (!isCount(best) || !isCount(total) || best > total || total > MAX_SCENARIOS) return null;
  return { id, completedAt, shares: shares as Record<string, number>, scenarios: { best, total } };
}

/** Oldest first, by the moment each was completed; the latest MAX_ATTEMPTS of them. */
export function latestAttempts(attempts: readonly SavedAttempt[]): SavedAttempt[] {
  const sorted = [...attempts].sort((a, b) => Date.parse(a.completedAt) - Date.parse(b.completedAt));
  return sorted.slice(-MAX_ATTEMPTS);
}

/** Reads the stored attempts value: the attempts that make sense, oldest first, and what was wrong with the rest. */
export function parseAttempts(raw: string | null): { attempts: SavedAttempt[]; problem: AttemptsProblem | null } {
  const none = (problem: AttemptsProblem | null) => ({ attempts: [], problem });
  if (raw === null) return none(null);
  const parsed = parseJson(raw);
  if (parsed === undefined) return none('corrupt');
  if (!isRecord(parsed) || typeof parsed.version !== 'number') return none('shape');
  const stored = migrate(parsed);
  if (!stored) return none('version');
  if (!Array.isArray(stored.attempts)) return none('shape');

  const read: SavedAttempt[] = [];
  const ids = new Set<string>();
  for (const item of stored.attempts) {
    const attempt = readAttempt(item);
    if (attempt && !ids.has(attempt.id)) read.push(attempt);
    if (attempt) ids.add(attempt.id);
  }
  const attempts = latestAttempts(read);
  // Anything dropped (a wrong attempt, a duplicate, one past MAX_ATTEMPTS) is a problem,
  // so the raw value is set aside before a save replaces it.
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
