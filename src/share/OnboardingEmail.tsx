import { emailText, shareUrl, type EmailLink, type EmailProgrammes, type EmailWords } from './share';
import { CopyButton } from '~/ui/CopyButton';
import { useLiveMessage } from '~/ui/useLiveMessage';
import { useRef } from 'preact/hooks';
import { useSettledMark } from '~/ui/useSettledMark';
import { useSiteOrigin } from './useSiteOrigin';

// The onboarding email on the share page: shown as it will read, with a button
// that copies it as plain text. The links are full addresses (see useSiteOrigin).

interface Props {
  words: EmailWords & { copy: string; copied: string };
  links: EmailLink[];
  failed: string;
  manualLabel: string;
  /** SITE_URL's origin, when the site was built with one. */
  origin?: string;
  base: string;
  /** content/data/institution.yaml's programmes, when it names an organisation. */
  programmes?: EmailProgrammes;
}

export function OnboardingEmail({ words, links, failed, manualLabel, origin: configured, base, programmes }: Props) {
  const origin = useSiteOrigin(configured);
  const [message, announce] = useLiveMessage();
  const rootRef = useRef<HTMLDivElement>(null);
  // Ready once the links are full addresses (the first effect adds the origin without SITE_URL).
  useSettledMark(rootRef, origin !== undefined);
  const withUrls = links.map((link) => ({ ...link, url: shareUrl(origin, base, link.path) }));
  return (
    <div ref={rootRef} class="share-email-block">
      <div class="share-email" id="onboarding-email">
        <p>
          <strong>{words.subjectLabel}</strong> {words.subject}
        </p>
        {words.opening.map((paragraph) => (
          <p>{paragraph}</p>
        ))}
        <ul>
          {withUrls.map((link) => (
            <li>
              <strong>{link.label}</strong>: {link.why}
              <br />
              <a href={link.url}>{link.url}</a>
            </li>
          ))}
        </ul>
        {programmes && programmes.items.length > 0 && (
          <>
            <p>{programmes.intro}</p>
            <ul>
              {programmes.items.map((item) => (
                <li>
                  <strong>{item.name}</strong>: {item.line}
                  <br />
                  <a href={item.link}>{item.link}</a>
                </li>
              ))}
            </ul>
          </>
        )}
        {words.closing.map((paragraph) => (
          <p>{paragraph}</p>
        ))}
      </div>
      <CopyButton
        class="share-copy"
        words={{ label: words.copy, copied: words.copied, failed, manualLabel }}
        text={() => emailText(words, withUrls, programmes)}
        announce={announce}
      />
      <p class="visually-hidden" role="status">
        {message}
      </p>
    </div>
  );
}
