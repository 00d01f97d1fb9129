// A heading with a # link to itself, the same markup as AnchorHeading.astro
// (whose styles it shares), for headings inside an island. It can take focus
// from a script (tabindex -1), so the quiz can move the reader to it.

import { fillMessage } from '~/ui/template';

interface Props {
  id: string;
  text: string;
  /** The site's words for the "#" link, with {section}. */
  linkWords: string;
}

export function SectionHeading({ id, text, linkWords }: Props) {
  return (
    <div class="heading-wrapper level-2">
      <h2 id={id} tabindex={-1}>
        {text}
      </h2>
      <a class="heading-anchor" href={`#${id}`} data-pagefind-ignore>
        <span aria-hidden="true">#</span>
        <span class="visually-hidden">{fillMessage(linkWords, { section: text })}</span>
      </a>
    </div>
  );
}
