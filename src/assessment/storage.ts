// The self-assessment keeps each completed attempt, and the answers in progress,
// in the browser's localStorage. This is the only module that touches storage
// (the stored forms, and how they are read, are in storedAttempts.ts).
// Storage may be missing, blocked, full, changed by another tab or hold anything
// at all, so nothing here throws; every change to the attempts starts from what
// is stored at that moment; and saved results that cannot be read are copied
// aside before any new write could replace them: the reader's data is never lost
// by this code (beyond the oldest attempts past MAX_ATTEMPTS, and what the reader deletes).

import { latestAttempts, parseAttempts, parseDraft, readAttempt, serializeAttempts, serializeDraft } from './storedAttempts';
import type { Draft, SavedAttempt } from './storedAttempts';

export { MAX_ATTEMPTS, MAX_SCENARIOS, STORAGE_VERSION, parseAttempts, parseDraft, serializeAttempts, serializeDraft } from './storedAttempts';
export type { AttemptsProblem, Draft, SavedAttempt } from './storedAttempts';

export const ATTEMPTS_KEY = 'mentoring-self-assessment';
export const DRAFT_KEY = 'mentoring-self-assessment-draft';
/** Unreadable saved results are copied here (suffix: the time, ISO; then -2, -3 ... if that key holds another copy) before anything new is written. */
export const SET_ASIDE_PREFIX = 'mentoring-self-assessment-set-aside-';
const PROBE_KEY = 'mentoring-self-assessment-probe';

/** The parts of the Web Storage API we use, so tests can pass a fake. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StoreNotice =
  | 'unavailable' // storage absent or throwing: nothing will be kept after this visit
  | 'storage-full' // storage can be read but not written to (full): saved results are shown, new ones may not be kept
  | 'set-aside' // saved results could not be read; they were copied aside (SET_ASIDE_PREFIX...) and new results start afresh
  | 'partly-set-aside' // some saved results could not be read; all were copied aside, and the readable ones are kept as usual
  | 'unreadable' // saved results could not be read AND could not be copied aside: they are left untouched, and new results will not be saved this visit
  | 'draft-discarded' // answers in progress could not be restored
  | 'save-failed'; // a write failed (e.g. quota full): the change is kept for this visit and retried with the next write (an attempt not fit to store is dropped)

type Attempts = { attempts: SavedAttempt[]; notice: StoreNotice | null };

export interface AssessmentStore {
  /** Whether anything written now will still be there on the next visit. */
  readonly persistent: boolean;
  /** The saved results, oldest first (with this visit's changes that could not be saved); unreadable ones are set aside first. */
  loadAttempts(): { attempts: SavedAttempt[]; notice: StoreNotice | null };
  /** Adds one attempt to the results stored now (another tab may have added some), and returns them all, oldest first. */
  addAttempt(attempt: SavedAttempt): { attempts: SavedAttempt[]; notice: StoreNotice | null };
  /** Deletes one saved result (by id) from what is stored now. */
  deleteAttempt(id: string): { attempts: SavedAttempt[]; notice: StoreNotice | null };
  /** Deletes every saved result, set-aside copies included ("you can delete your saved results at any time"). */
  deleteAll(): { attempts: SavedAttempt[]; notice: StoreNotice | null };
  loadDraft(): { draft: Draft | null; notice: StoreNotice | null };
  saveDraft(draft: Draft): StoreNotice | null;
  clearDraft(): void;
}

/** The storage, if it can be read, and whether it can be written; blocked storage throws on access, not only on use. */
function probe(getStorage: () => StorageLike | null | undefined): { storage: StorageLike; writable: boolean } | null {
  let storage: StorageLike | null | undefined;
  try {
    storage = getStorage();
    if (!storage) return null;
    storage.getItem(PROBE_KEY);
  } catch {
    return null;
  }
  try {
    storage.setItem(PROBE_KEY, '1');
  } catch {
    // Full, if it holds anything; storage that holds nothing and takes nothing is not there to use.
    try {
      return storage.length > 0 ? { storage, writable: false } : null;
    } catch {
      return null;
    }
  }
  try {
    storage.removeItem(PROBE_KEY);
    return { storage, writable: true };
  } catch {
    return null;
  }
}

/** Runs one storage call; false when it threw. */
function tried(call: () => void): boolean {
  try {
    call();
    return true;
  } catch {
    return false;
  }
}

/** Every key holding a set-aside copy (listed first: removing a key renumbers the rest). */
function setAsideKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(SET_ASIDE_PREFIX)) keys.push(key);
  }
  return keys;
}

/** Opens the store over whatever storage the browser gives; getStorage may return null/undefined or throw (e.g. `() => window.localStorage` throws SecurityError when storage is blocked). */
export function openStore(getStorage: () => StorageLike | null | undefined, now: () => Date = () => new Date()): AssessmentStore {
  const access = probe(getStorage);
  const storage = access?.storage ?? null;
  const full = access !== null && !access.writable;
  let known: SavedAttempt[] = []; // the attempts last read from storage or written to it
  const added = new Map<string, SavedAttempt>(); // this visit's changes not yet written
  const deleted = new Set<string>();
  let locked = false; // saved results we could neither read nor copy: writing would destroy them
  let setAside: string | null = null; // the raw value already copied aside, so it is not copied again

  const read = (key: string): string | null | undefined => {
    try {
      return storage?.getItem(key);
    } catch {
      return undefined;
    }
  };

  /** What to show: the attempts stored, with this visit's changes that are not written yet. */
  const current = (): SavedAttempt[] =>
    latestAttempts([...known.filter(({ id }) => !deleted.has(id) && !added.has(id)), ...added.values()]);

  /** Copies a raw value under a set-aside key of its own; true once a copy is there. */
  const copyAside = (target: StorageLike, raw: string): boolean =>
    tried(() => {
      const stamped = SET_ASIDE_PREFIX + now().toISOString(); // throws for a clock with no time
      for (let copy = 1; copy <= 20; copy++) {
        const key = copy === 1 ? stamped : `${stamped}-${copy}`;
        const there = target.getItem(key);
        if (there === raw) return;
        if (there === null) return target.setItem(key, raw);
      }
      throw new Error('No free key to set the saved results aside.');
    });

  /** Reads what is stored now into `known`, first copying aside a value that cannot all be read. */
  const readStored = (target: StorageLike): StoreNotice | null => {
    const raw = read(ATTEMPTS_KEY);
    // Results we cannot even read may still be there: leave them be.
    locked = raw === undefined;
    if (raw === undefined) return 'unreadable';
    const { attempts, problem } = parseAttempts(raw);
    known = attempts;
    if (!problem || raw === null) return null;
    if (raw !== setAside && copyAside(target, raw)) {
      setAside = raw;
      // With the copy safe, replace the damaged value, so the next visit neither copies nor reports it again.
      tried(() => target.setItem(ATTEMPTS_KEY, serializeAttempts(attempts)));
    }
    locked = raw !== setAside;
    if (locked) return 'unreadable';
    return attempts.length > 0 ? 'partly-set-aside' : 'set-aside';
  };

  /** Writes the changes just recorded over what is stored now; without storage they live in this visit only. */
  const save = (): Attempts => {
    if (!storage) return { attempts: current(), notice: 'unavailable' };
    const notice = readStored(storage);
    if (locked) return { attempts: current(), notice: 'unreadable' };
    const next = current();
    if (!tried(() => storage.setItem(ATTEMPTS_KEY, serializeAttempts(next)))) return { attempts: next, notice: 'save-failed' };
    known = next;
    added.clear();
    deleted.clear();
    return { attempts: next, notice };
  };

  const store: AssessmentStore = {
    get persistent() {
      return storage !== null && !full && !locked;
    },
    loadAttempts() {
      if (!storage) return { attempts: current(), notice: 'unavailable' };
      const notice = readStored(storage);
      return { attempts: current(), notice: notice ?? (full ? 'storage-full' : null) };
    },
    addAttempt(attempt) {
      const clean = readAttempt(attempt);
      // An attempt its own reader would drop must not be written over good ones.
      if (!clean) return { attempts: store.loadAttempts().attempts, notice: 'save-failed' };
      deleted.delete(clean.id);
      added.set(clean.id, clean);
      return save();
    },
    deleteAttempt(id) {
      added.delete(id);
      deleted.add(id);
      return save();
    },
    deleteAll() {
      for (const { id } of current()) deleted.add(id);
      added.clear();
      if (!storage) return { attempts: [], notice: 'unavailable' };
      // Even results that could not be read go: the reader asked for everything to be deleted.
      const results = tried(() => storage.removeItem(ATTEMPTS_KEY));
      if (results) {
        // Nothing is left to protect or to filter.
        [known, locked, setAside] = [[], false, null];
        deleted.clear();
      }
      const copies = tried(() => setAsideKeys(storage).forEach((key) => storage.removeItem(key)));
      return { attempts: current(), notice: results && copies ? null : 'save-failed' };
    },
    loadDraft() {
      if (!storage) return { draft: null, notice: null };
      const raw = read(DRAFT_KEY);
      if (raw === undefined) return { draft: null, notice: 'draft-discarded' };
      const { draft, problem } = parseDraft(raw);
      if (problem) tried(() => storage.removeItem(DRAFT_KEY));
      return { draft, notice: problem ? 'draft-discarded' : null };
    },
    saveDraft(draft) {
      if (!storage) return 'unavailable';
      return tried(() => storage.setItem(DRAFT_KEY, serializeDraft(draft))) ? null : 'save-failed';
    },
    clearDraft() {
      tried(() => storage?.removeItem(DRAFT_KEY));
    },
  };
  return store;
}
