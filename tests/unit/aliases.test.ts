import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { aliasTargetProblems, displayPath, normalisePath, parseAliases, shadowingProblems } from '~/aliases/aliases';
import { aliasSchema } from '~/aliases/alias.schema';

const errorOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
};

describe('normalisePath', () => {
  it.each([
    ['/quiz/', 'quiz/'],
    ['quiz', 'quiz/'],
    ['/quiz', 'quiz/'],
    [' /self-assessment/paper ', 'self-assessment/paper/'],
    ['/', ''],
    ['', ''],
  ])('%j → %j', (raw, path) => expect(normalisePath(raw)).toBe(path));

  it.each([
    ['https://example.edu/quiz/', 'full web address'],
    ['//example.edu/quiz/', 'full web address'],
    ['/Quiz/', 'lowercase letters'],
    ['/my quiz/', 'without spaces'],
    ['/quiz/?a=1', 'without spaces, "?" or "#"'],
    ['/quiz--old/', 'single hyphens'],
    ['/../model/', 'lowercase letters'],
  ])('rejects %j', (raw, message) => expect(errorOf(() => normalisePath(raw))).toContain(message));

  it('shows a path as written from the root', () => {
    expect(displayPath('quiz/')).toBe('/quiz/');
    expect(displayPath('model/', 'vision')).toBe('/model/#vision');
    expect(displayPath('')).toBe('/');
  });
});

describe('parseAliases', () => {
  it('normalises both addresses and keeps a section', () => {
    expect(parseAliases([{ from: 'quiz', to: '/self-assessment' }, { from: '/vision/', to: '/model/#vision' }])).toEqual([
      { from: 'quiz/', to: 'self-assessment/' },
      { from: 'vision/', to: 'model/', fragment: 'vision' },
    ]);
  });

  it('names an alias listed twice, even when written differently', () => {
    const message = errorOf(() => parseAliases([{ from: '/quiz/', to: '/model/' }, { from: 'quiz', to: '/references/' }]));
    expect(message).toContain('content/data/aliases.yaml');
    expect(message).toContain('Alias "quiz" is listed twice (also as "/quiz/")');
  });

  it('names an alias that leads to itself', () => {
    expect(errorOf(() => parseAliases([{ from: '/quiz/', to: 'quiz' }]))).toContain('Alias "/quiz/" leads to itself.');
  });

  it('names a chain and says where to point the alias instead', () => {
    const message = errorOf(() =>
      parseAliases([
        { from: '/a/', to: '/b/' },
        { from: '/b/', to: '/model/' },
      ]),
    );
    expect(message).toContain('Alias "/a/" leads to "/b/", which is itself an alias; point it straight at "/model/".');
    expect(message).not.toContain('Alias "/b/"');
  });

  it('names every alias of a loop with the whole loop', () => {
    const message = errorOf(() =>
      parseAliases([
        { from: '/a/', to: '/b/' },
        { from: '/b/', to: '/c/' },
        { from: '/c/', to: '/a/' },
      ]),
    );
    expect(message).toContain('Alias "/a/" is part of a loop: /a/ → /b/ → /c/ → /a/.');
    expect(message).toContain('Alias "/b/" is part of a loop: /b/ → /c/ → /a/ → /b/.');
    expect(message).toContain('Alias "/c/" is part of a loop');
  });

  it('names a chain that ends in a loop', () => {
    const message = errorOf(() =>
      parseAliases([
        { from: '/a/', to: '/b/' },
        { from: '/b/', to: '/c/' },
        { from: '/c/', to: '/b/' },
      ]),
    );
    expect(message).toContain('Alias "/a/" is part of a loop: /a/ → /b/ → /c/ → /b/.');
  });

  it.each([
    [{ from: '/', to: '/model/' }, 'Alias "/": the home page cannot be an alias.'],
    [{ from: '/og/model/', to: '/model/' }, 'Alias "/og/model/": /og/ is where the site keeps its files'],
    [{ from: '/pagefind/', to: '/model/' }, '/pagefind/ is where the site keeps its files'],
    [{ from: '/quiz/', to: '/model/#a#b' }, 'Alias "/quiz/": its target "/model/#a#b" has a stray "#".'],
    [{ from: '/quiz/', to: '/model/#' }, 'has a stray "#"'],
    [{ from: '/quiz/', to: 'https://example.edu/' }, 'Alias "/quiz/": "https://example.edu/" is a full web address'],
  ])('rejects %j', (entry, message) => expect(errorOf(() => parseAliases([entry]))).toContain(message));

  it('lists every problem at once', () => {
    const message = errorOf(() => parseAliases([{ from: '/', to: '/model/' }, { from: '/Quiz/', to: '/model/' }]));
    expect(message.split('\n')).toHaveLength(3);
  });
});

describe('checking aliases against the built site', () => {
  const pages = new Map([
    ['', new Set(['main'])],
    ['model/', new Set(['main', 'vision', 'plot'])],
    ['self-assessment/', new Set(['main'])],
  ]);

  it('accepts aliases to real pages and sections', () => {
    const aliases = parseAliases([{ from: '/quiz/', to: '/self-assessment/' }, { from: '/grid/', to: '/model/#plot' }, { from: '/home/', to: '/' }]);
    expect(aliasTargetProblems(aliases, pages)).toEqual([]);
  });

  it('names an alias to a page that does not exist, or a section the page lacks', () => {
    const aliases = parseAliases([{ from: '/quiz/', to: '/self-assesment/' }, { from: '/vision/', to: '/model/#visoin' }]);
    expect(aliasTargetProblems(aliases, pages)).toEqual([
      'Alias "/quiz/" leads to "/self-assesment/", but the site has no page there.',
      'Alias "/vision/" leads to "/model/#visoin", but that page has no section "#visoin".',
    ]);
  });

  it('names an alias that takes the address of a real page', () => {
    const aliases = parseAliases([{ from: '/model/', to: '/self-assessment/' }]);
    expect(aliasTargetProblems(aliases, pages)).toEqual([
      'Alias "/model/" takes the address of a real page; remove the alias or rename the page.',
    ]);
    expect(shadowingProblems(aliases, ['model/'])).toHaveLength(1);
    expect(shadowingProblems(aliases, ['references/'])).toEqual([]);
  });
});

describe('content/data/aliases.yaml', () => {
  const file = parse(readFileSync('content/data/aliases.yaml', 'utf8')) as Record<string, unknown>;

  it('is valid and well formed, with at least one alias', () => {
    const entries = Object.entries(file).map(([from, data]) => ({ from, to: aliasSchema.parse(data).to }));
    expect(entries.length).toBeGreaterThan(0);
    expect(() => parseAliases(entries)).not.toThrow();
  });

  it('a missing target is named', () => {
    expect(aliasSchema.safeParse({ note: 'x' }).error?.issues[0].message).toContain('Give each alias a "to:"');
  });
});
