import type { StorageLike } from '~/assessment/storage';

// The learners' answers a mentor has opened, kept in this browser's
// localStorage under one versioned key, as the self-assessment keeps its
// results. Storage may be missing, blocked, full or hold anything at all:
// nothing here throws; what cannot be read is copied aside before anything new
// is written over it; and when nothing can be kept, the answers stay for this
// visit. The links themselves are kept (their fragments), and read again with
// the statements of the day (returnLink.ts).

export const FEEDBACK_KEY = 'mentoring-learner-feedback';
export const FEEDBACK_STORAGE_VERSION = 1;
/** Stored answers that cannot be read are copied to this prefix plus the time (ISO). */
export const FEEDBACK_SET_ASIDE_PREFIX = 'mentoring-learner-feedback-set-aside-';
/** At most this many learners' answers are kept (the latest). */
export const MAX_FEEDBACK = 100;

export interface SavedFeedback {
  /** The return link's fragment, without "#". */
  fragment: string;
  /** When it was opened here, as Date.prototype.toISOString writes it. */
  addedAt: string;
}

export type FeedbackNotice =
  | 'unavailable' // no storage: the answers show for this visit only
  | 'set-aside' // what was stored could not be read; it was copied aside, and this starts afresh
  | 'save-failed'; // a write failed (storage full?): the change holds for this visit

const isSaved = (value: unknown): value is SavedFeedback =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SavedFeedback).fragment === 'string' &&
  (value as SavedFeedback).fragment.length > 0 &&
  (value as SavedFeedback).fragment.length < 200 &&
  typeof (value as SavedFeedback).addedAt === 'string';

/** What is stored, read back; null when it is there but cannot be read (not JSON, another version, another shape). */
export function parseFeedback(raw: string | null): SavedFeedback[] | null {
  if (raw === null) return [];
  try {
    const stored = JSON.parse(raw) as { version?: unknown; answers?: unknown };
    if (stored?.version !== FEEDBACK_STORAGE_VERSION || !Array.isArray(stored.answers) || !stored.answers.every(isSaved)) return null;
    return stored.answers.map(({ fragment, addedAt }) => ({ fragment, addedAt }));
  } catch {
    return null;
  }
}

export function serializeFeedback(saved: readonly SavedFeedback[]): string {
  return JSON.stringify({ version: FEEDBACK_STORAGE_VERSION, answers: saved });
}

export interface FeedbackStore {
  load(): { saved: SavedFeedback[]; notice: FeedbackNotice | null };
  /** Adds a learner's answers unless the same link is already kept; `added` says which. */
  add(fragment: string, now: Date): { saved: SavedFeedback[]; notice: FeedbackNotice | null; added: boolean };
  remove(fragment: string): { saved: SavedFeedback[]; notice: FeedbackNotice | null };
  clear(): { saved: SavedFeedback[]; notice: FeedbackNotice | null };
}

/** The store over `getStorage()` (window.localStorage in the browser; a fake in tests). */
export function feedbackStore(getStorage: () => StorageLike | null | undefined): FeedbackStore {
  // This visit's answers: what is shown when storage cannot keep them.
  let memory: SavedFeedback[] = [];
  let storage: StorageLike | null = null;
  try {
    storage = getStorage() ?? null;
  } catch {
    storage = null;
  }

  const read = (): { saved: SavedFeedback[]; notice: FeedbackNotice | null } => {
    if (!storage) return { saved: memory, notice: 'unavailable' };
    let raw: string | null;
    try {
      raw = storage.getItem(FEEDBACK_KEY);
    } catch {
      // Blocked: nothing will be kept this visit.
      storage = null;
      return { saved: memory, notice: 'unavailable' };
    }
    const saved = parseFeedback(raw);
    if (saved !== null) return { saved, notice: null };
    // Copy it aside before anything can be written over it; start afresh only if that worked.
    try {
      storage.setItem(`${FEEDBACK_SET_ASIDE_PREFIX}${new Date().toISOString()}`, raw ?? '');
      storage.removeItem(FEEDBACK_KEY);
      return { saved: [], notice: 'set-aside' };
    } catch {
      storage = null;
      return { saved: memory, notice: 'unavailable' };
    }
  };

  const write = (saved: SavedFeedback[], notice: FeedbackNotice | null) => {
    memory = saved;
    if (!storage) return { saved, notice: 'unavailable' as const };
    try {
      if (saved.length === 0) storage.removeItem(FEEDBACK_KEY);
      else storage.setItem(FEEDBACK_KEY, serializeFeedback(saved));
      return { saved, notice };
    } catch {
      return { saved, notice: 'save-failed' as const };
    }
  };

  return {
    load() {
      const loaded = read();
      memory = loaded.saved;
      return loaded;
    },
    add(fragment, now) {
      const { saved, notice } = read();
      if (saved.some((entry) => entry.fragment === fragment)) return { saved, notice, added: false };
      return { ...write([...saved, { fragment, addedAt: now.toISOString() }].slice(-MAX_FEEDBACK), notice), added: true };
    },
    remove(fragment) {
      const { saved, notice } = read();
      return write(saved.filter((entry) => entry.fragment !== fragment), notice);
    },
    clear() {
      const { notice } = read();
      return write([], notice === 'set-aside' ? null : notice);
    },
  };
}
