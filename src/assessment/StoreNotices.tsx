import type { SelfAssessment } from './selfAssessment.schema';
import type { StoreNotice } from './storage';

// What the page says when the browser cannot keep the reader's answers. A
// status region, so the message is read out when it appears, without taking focus.

const KEYS: Record<StoreNotice, keyof SelfAssessment['notices']> = {
  unavailable: 'unavailable',
  'storage-full': 'storageFull',
  'set-aside': 'setAside',
  'partly-set-aside': 'partlySetAside',
  unreadable: 'unreadable',
  'draft-discarded': 'draftDiscarded',
  'save-failed': 'saveFailed',
};

interface Props {
  notices: readonly StoreNotice[];
  words: SelfAssessment['notices'];
}

export function StoreNotices({ notices, words }: Props) {
  return (
    <div role="status" class="sa-notices">
      {notices.map((notice) => (
        <p key={notice} class="sa-notice">
          {words[KEYS[notice]]}
        </p>
      ))}
    </div>
  );
}
