// A heading with a # link to itself, the same markup as AnchorHeading.astro
// (whose styles it shares), for headings inside an island. It can take focus
// from a script (tabindex -1), so the quiz can move the reader to it.

interface Props {
  id: string;
  text: string;
}

export function SectionHeading({ id, text }: Props) {
  return (
    <div class="heading-wrapper level-2">
      <h2 id={id} tabindex={-1}>
        {text}
      </h2>
      <a class="heading-anchor" href={`#${id}`} data-pagefind-ignore>
        <span aria-hidden="true">#</span>
        <span class="visually-hidden">{`Link to section: ${text}`}</span>
      </a>
    </div>
  );
}
