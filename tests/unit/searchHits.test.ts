import { describe, expect, it } from 'vitest';
import { excerptParts, MAX_SECTIONS_PER_PAGE, searchHits, type PagefindResultData } from '../../src/lib/searchHits';

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

  it("falls back to the page's own excerpt and its address when Pagefind gives no sections or title", () => {
    const [hit] = searchHits([page({ sub_results: undefined, meta: {} })]);
    expect(hit).toMatchObject({ title: '/dos-and-donts/?highlight=labour', excerpt: 'whole-page excerpt', sections: [] });
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
