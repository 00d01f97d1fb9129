import { useEffect, useRef, useState } from 'preact/hooks';
import {
  ATTEMPTS_KEY,
  openStore,
  type AssessmentStore,
  type Draft,
  type SavedAttempt,
  type StoreNotice,
} from './storage';

// The quiz's view of the browser's storage: the saved attempts (kept in step
// with other tabs), answers in progress, and what to tell the reader when the
// storage cannot keep them. All reading and writing is in src/assessment/storage.ts.

/** Notices about writing, which a later successful write makes untrue. */
const WRITE_NOTICES: readonly StoreNotice[] = ['save-failed', 'storage-full'];

export interface StoreState {
  /** False until the island has run and read the storage. */
  ready: boolean;
  attempts: SavedAttempt[];
  notices: StoreNotice[];
  /** Answers in progress from an earlier visit, once read. */
  draft: Draft | null;
  /** Whether the attempt is now among the saved results (for this visit at least). */
  addAttempt: (attempt: SavedAttempt) => boolean;
  deleteAttempt: (id: string) => void;
  deleteAll: () => void;
  saveDraft: (draft: Draft) => void;
  clearDraft: () => void;
}

export function useAssessmentStore(): StoreState {
  const store = useRef<AssessmentStore | null>(null);
  const [ready, setReady] = useState(false);
  const [attempts, setAttempts] = useState<SavedAttempt[]>([]);
  const [notices, setNotices] = useState<StoreNotice[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);

  // A write that works means the storage is no longer full or failing: those notices go.
  // The others (results set aside, a draft discarded) stay: they tell of the past.
  const notice = (value: StoreNotice | null) =>
    setNotices((previous) => {
      if (!value) return previous.filter((shown) => !WRITE_NOTICES.includes(shown));
      return previous.includes(value) ? previous : [...previous, value];
    });
  const apply = ({ attempts: next, notice: value }: { attempts: SavedAttempt[]; notice: StoreNotice | null }) => {
    setAttempts(next);
    notice(value);
    return next;
  };

  useEffect(() => {
    const opened = openStore(() => window.localStorage);
    store.current = opened;
    const saved = opened.loadAttempts();
    const restored = opened.loadDraft();
    setAttempts(saved.attempts);
    setDraft(restored.draft);
    setNotices([saved.notice, restored.notice].filter((value): value is StoreNotice => value !== null));
    setReady(true);
    // Another tab saved or deleted results: show what is stored now.
    const onStorage = (event: StorageEvent) => {
      if (event.key === ATTEMPTS_KEY || event.key === null) apply(opened.loadAttempts());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  return {
    ready,
    attempts,
    notices,
    draft,
    addAttempt: (attempt) => Boolean(store.current && apply(store.current.addAttempt(attempt)).some((kept) => kept.id === attempt.id)),
    deleteAttempt: (id) => {
      if (store.current) apply(store.current.deleteAttempt(id));
    },
    deleteAll: () => {
      if (store.current) apply(store.current.deleteAll());
    },
    saveDraft: (value) => notice(store.current?.saveDraft(value) ?? null),
    clearDraft: () => store.current?.clearDraft(),
  };
}
