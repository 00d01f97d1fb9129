import { shareUrl, withName, type OutlinePage } from './share';
import type { TocItem } from '~/guide/toc';
import { CopyButton } from '~/ui/CopyButton';
import { useLiveMessage } from '~/ui/useLiveMessage';
import { useRef } from 'preact/hooks';
import { useSettledMark } from '~/ui/useSettledMark';
import { useSiteOrigin } from './useSiteOrigin';

// Every guide page and each of its sections (## and ###), each a link with a
// "Copy link" button beside it that copies the full address.

export interface LinkWords {
  copy: string;
  copyNamed: string;
  copied: string;
  failed: string;
  manualLabel: string;
}

interface Props {
  pages: OutlinePage[];
  words: LinkWords;
  origin?: string;
  base: string;
}

export function SectionLinks({ pages, words, origin: configured, base }: Props) {
  const origin = useSiteOrigin(configured);
  const [message, announce] = useLiveMessage();
  const rootRef = useRef<HTMLDivElement>(null);
  // Ready once the links are full addresses (the first effect adds the origin without SITE_URL).
  useSettledMark(rootRef, origin !== undefined);
  const url = (path: string) => shareUrl(origin, base, path);
  const copyButton = (name: string, link: string) => (
    <CopyButton
      words={{ label: words.copy, copied: withName(words.copied, name), failed: words.failed, manualLabel: words.manualLabel }}
      name={withName(words.copyNamed, name)}
      text={() => link}
      announce={announce}
    />
  );
  const sectionList = (page: OutlinePage, items: TocItem[]) =>
    items.length > 0 && (
      <ul>
        {items.map((section) => {
          const link = url(`${page.path}#${section.slug}`);
          return (
            <li>
              <a href={link}>{section.text}</a> {copyButton(section.text, link)}
              {sectionList(page, section.children)}
            </li>
          );
        })}
      </ul>
    );
  return (
    // Search leaves out the list: it repeats every heading of the guide, which search finds on its own page.
    <div ref={rootRef} class="share-links" data-pagefind-ignore="all">
      {pages.map((page) => (
        <section>
          <div class="share-page-heading">
            <h3>
              <a href={url(page.path)}>{page.title}</a>
            </h3>
            {copyButton(page.title, url(page.path))}
          </div>
          {sectionList(page, page.sections)}
        </section>
      ))}
      <p class="visually-hidden" role="status">
        {message}
      </p>
    </div>
  );
}
