import { excerptParts, type SearchHit } from '~/search/searchHits';

// Results are built from text nodes only: nothing from the index is ever
// parsed as HTML, and no inline style is set (a strict Content-Security-Policy
// allows both).

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

function link(url: string, title: string): HTMLAnchorElement {
  const anchor = element('a');
  anchor.href = url;
  anchor.textContent = title;
  return anchor;
}

function excerpt(text: string): HTMLParagraphElement {
  const paragraph = element('p', 'hit-excerpt');
  for (const part of excerptParts(text)) {
    if (!part.marked) {
      paragraph.append(part.text);
      continue;
    }
    const mark = element('mark');
    mark.textContent = part.text;
    paragraph.append(mark);
  }
  return paragraph;
}

function hitItem(hit: SearchHit): HTMLLIElement {
  const item = element('li', 'hit');
  const title = link(hit.url, hit.title);
  title.className = 'hit-page';
  item.append(title);
  if (hit.excerpt) item.append(excerpt(hit.excerpt));
  if (hit.sections.length > 0) {
    const sections = element('ul', 'hit-sections');
    for (const section of hit.sections) {
      const entry = element('li');
      entry.append(link(section.url, section.title), excerpt(section.excerpt));
      sections.append(entry);
    }
    item.append(sections);
  }
  return item;
}

/** Replaces the results list with one item per page: its link, an excerpt and links to the matching sections. */
export function renderHits(list: HTMLElement, hits: SearchHit[]): void {
  list.replaceChildren(...hits.map(hitItem));
  list.hidden = hits.length === 0;
}
