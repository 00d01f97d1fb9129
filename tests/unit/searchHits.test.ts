import { describe, expect, it } from 'vitest';
import { cleanHighlightWords, excerptParts, MAX_SECTIONS_PER_PAGE, searchHits, type PagefindResultData } from '~/search/searchHits';

const page = (overrides: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url: '/dos-and-donts/?highlight=labour',
  excerpt: 'whole-page excerpt',
  meta: { title: "Mentoring do's and don'ts" },
  sub_results: [],
  ...overrides,
});
const section = (id: string) => ({
  title: `Section ${id}`,
  url: `/dos-and-donts/?highlight=labour#${id}`,
  excerpt: `about <mark>${id}</mark>`,
  anchor: { element: 'h3', id },
});

describe('searchHits', () => {
  it('links each page and the sections where the words were found', () => {
    const [hit] = searchHits([page({ sub_results: [section('seek-free-labour')] })]);
    expect(hit).toEqual({
      title: "Mentoring do's and don'ts",
      url: '/dos-and-donts/?highlight=labour',
      excerpt: '',
      sections: [{ title: 'Section seek-free-labour', url: '/dos-and-donts/?highlight=labour#seek-free-labour', excerpt: 'about <mark>seek-free-labour</mark>' }],
    });
  });

  it('uses the excerpt above the first section for the page, and shows at most a few sections', () => {
    const top = { title: 'Page', url: '/dos-and-donts/?highlight=labour', excerpt: 'intro <mark>labour</mark>' };
    const subs = [top, ...['a', 'b', 'c', 'd', 'e'].map(section)];
    const [hit] = searchHits([page({ sub_results: subs })]);
    expect(hit?.excerpt).toBe('intro <mark>labour</mark>');
    expect(hit?.sections.map((s) => s.title)).toEqual(['Section a', 'Section b', 'Section c'].slice(0, MAX_SECTIONS_PER_PAGE));
  });

  it('shows the best-matching sections (a heading match outranks body text), in page order', () => {
    const scored = (id: string, scores: number[]) => ({ ...section(id), weighted_locations: scores.map((balanced_score) => ({ balanced_score })) });
    const subs = [scored('a', [1]), scored('b', [1]), scored('c', [1]), scored('d', [9]), scored('e', [2, 2])];
    const [hit] = searchHits([page({ sub_results: subs })]);
    expect(hit?.sections.map((s) => s.title)).toEqual(['Section a', 'Section d', 'Section e']);
  });

  it('cleans the highlight words in result links, so a quoted phrase is still marked on the page', () => {
    const [hit] = searchHits([page({ url: '/dos-and-donts/?highlight=%22free&highlight=labour%22', sub_results: undefined })]);
    expect(hit?.url).toBe('/dos-and-donts/?highlight=free&highlight=labour');
  });

  it("falls back to the page's own excerpt and its address when Pagefind gives no sections or title", () => {
    const [hit] = searchHits([page({ sub_results: undefined, meta: {} })]);
    expect(hit).toMatchObject({ title: '/dos-and-donts/?highlight=labour', excerpt: 'whole-page excerpt', sections: [] });
  });
});

describe('cleanHighlightWords', () => {
  it('strips quotes and punctuation around words, keeping the section and other words', () => {
    expect(cleanHighlightWords('/model/?highlight=%E2%80%9Cvision%E2%80%9D&highlight=(support)#vision')).toBe(
      '/model/?highlight=vision&highlight=support#vision',
    );
  });

  it('keeps words inside (hyphens, apostrophes, letters beyond English) and drops punctuation on its own', () => {
    expect(cleanHighlightWords("/a/?highlight=don't&highlight=pre-clinical&highlight=%C3%A9l%C3%A8ve&highlight=%22")).toBe(
      `/a/?highlight=don%27t&highlight=pre-clinical&highlight=%C3%A9l%C3%A8ve`,
    );
  });

  it('caps how many words and how long, so a crafted link cannot strain the page', () => {
    const many = Array.from({ length: 20 }, (_, index) => `highlight=w${index}${'x'.repeat(100)}`).join('&');
    const cleaned = new URL(cleanHighlightWords(`/a/?${many}`), 'https://x.invalid');
    expect(cleaned.searchParams.getAll('highlight')).toHaveLength(8);
    expect(cleaned.searchParams.getAll('highlight').every((word) => word.length === 40)).toBe(true);
  });

  it('leaves a link without highlight words as it was', () => {
    expect(cleanHighlightWords('/mentoring/model/#vision')).toBe('/mentoring/model/#vision');
  });
});

describe('excerptParts', () => {
  it('splits marked words from the text around them', () => {
    expect(excerptParts('ask <mark>questions</mark> first')).toEqual([
      { text: 'ask ', marked: false },
      { text: 'questions', marked: true },
      { text: ' first', marked: false },
    ]);
  });

  it('decodes entities, so HTML in the content stays text', () => {
    expect(excerptParts('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>Rose &amp; Schuckit</mark> don&#39;t')).toEqual([
      { text: '<script>alert("x")</script> & ', marked: false },
      { text: 'Rose & Schuckit', marked: true },
      { text: " don't", marked: false },
    ]);
    expect(excerptParts('&amp;lt; stays encoded once')).toEqual([{ text: '&lt; stays encoded once', marked: false }]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
