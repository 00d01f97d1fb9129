import { iframeSnippet, shareUrl } from './share';
import { CopyButton } from '~/ui/CopyButton';
import { useLiveMessage } from '~/ui/useLiveMessage';
import { useSiteOrigin } from './useSiteOrigin';

// The share page's frame snippets: the HTML that shows an embed page
// (/embed/plot/, /embed/self-assessment/) inside a course page, to copy.

interface Embed {
  /** What the embed shows, as its heading and the frame's title. */
  title: string;
  /** Path inside the site: "embed/plot/". */
  path: string;
}

interface Props {
  embeds: Embed[];
  words: { copy: string; copied: string; failed: string; manualLabel: string };
  origin?: string;
  base: string;
}

export function EmbedSnippets({ embeds, words, origin: configured, base }: Props) {
  const origin = useSiteOrigin(configured);
  const [message, announce] = useLiveMessage();
  return (
    <div class="share-embeds">
      {embeds.map((embed) => {
        const snippet = iframeSnippet(shareUrl(origin, base, embed.path), embed.title);
        return (
          <div class="share-embed">
            <h3>{embed.title}</h3>
            <pre class="share-snippet"><code>{snippet}</code></pre>
            <CopyButton
              words={{ label: words.copy, copied: words.copied, failed: words.failed, manualLabel: words.manualLabel }}
              name={`${words.copy}: ${embed.title}`}
              text={() => snippet}
              announce={announce}
            />
          </div>
        );
      })}
      <p class="visually-hidden" role="status">
        {message}
      </p>
    </div>
  );
}
