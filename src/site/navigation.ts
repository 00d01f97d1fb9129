/** The fields of a guide page that navigation needs. */
export interface GuideEntryLike {
  id: string;
  data: { title: string; navLabel?: string; order: number };
}

export interface NavLink {
  id: string;
  label: string;
  /** Path relative to the site base, with a trailing slash ('' for home). */
  path: string;
}

/** The path of a guide page relative to the site base: home is '', others 'id/'. */
export function guidePath(id: string): string {
  return id === 'index' ? '' : `${id}/`;
}

/** The guide's pages in reading order; fails the build if two pages claim the same position. */
export function readingOrder<T extends GuideEntryLike>(entries: readonly T[]): T[] {
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].data.order === sorted[i - 1].data.order) {
      throw new Error(
        `Guide pages "${sorted[i - 1].id}" and "${sorted[i].id}" both have order ${sorted[i].data.order}; give each page its own number.`,
      );
    }
  }
  return sorted;
}

export function navLink(entry: GuideEntryLike): NavLink {
  return { id: entry.id, label: entry.data.navLabel ?? entry.data.title, path: guidePath(entry.id) };
}

/** The pages before and after `id` in reading order, if any. */
export function prevNext(ordered: readonly GuideEntryLike[], id: string): { prev?: NavLink; next?: NavLink } {
  const index = ordered.findIndex((entry) => entry.id === id);
  if (index === -1) return {};
  const prev = ordered[index - 1];
  const next = ordered[index + 1];
  return { prev: prev && navLink(prev), next: next && navLink(next) };
}
