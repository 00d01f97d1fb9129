import { useRef } from 'preact/hooks';
import { CopyButton } from '~/ui/CopyButton';
import { useLiveMessage } from '~/ui/useLiveMessage';
import { useSettledMark } from '~/ui/useSettledMark';
import { useSiteOrigin } from '~/share/useSiteOrigin';
import type { CopyWords } from '~/ui/copyWords.schema';

// The link a mentor gives a learner (/feedback/learner/), as a link and with a
// button that copies its full address. Without JavaScript the link is there to
// copy by hand; its address is the site's public one (SITE_URL) when set.

interface Props {
  /** The learner's page, from the site root, with the base path. */
  path: string;
  /** SITE_URL's origin, when the site was built with one. */
  origin?: string;
  words: CopyWords;
}

export function RequestLink({ path, origin: configured, words }: Props) {
  const origin = useSiteOrigin(configured);
  const [message, announce] = useLiveMessage();
  const rootRef = useRef<HTMLDivElement>(null);
  const href = origin ? new URL(path, origin).href : path;
  useSettledMark(rootRef, origin !== undefined);
  return (
    <div ref={rootRef} class="fb-request">
      <p class="fb-link">
        <a href={href}>{href}</a>
      </p>
      <CopyButton words={words} text={() => href} announce={announce} />
      <p class="visually-hidden" role="status">
        {message}
      </p>
    </div>
  );
}
