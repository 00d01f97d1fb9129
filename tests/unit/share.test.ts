import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { emailText, resolveEmailLinks, shareUrl, withName, type OutlinePage } from '~/share/share';
import { sectionOutline } from '~/guide/toc';
import { shareSchema } from '~/share/share.schema';

const h = (depth: number, text: string, slug: string) => ({ depth, text, slug });
const PAGES: OutlinePage[] = [
  { title: 'Home', path: '', sections: [] },
  { title: 'The mentoring model', path: 'model/', sections: sectionOutline([h(2, 'Support, challenge and vision', 'scv'), h(3, 'Vision', 'vision')]) },
];

describe('the onboarding email', () => {
  it('finds each link\'s page or section and labels it with its title', () => {
    const links = resolveEmailLinks(
      [
        { link: '/model/', why: 'the model' },
        { link: '/model/#scv', why: 'the elements' },
        { link: '/model/#vision', why: 'a subsection' },
        { link: '/', why: 'home' },
      ],
      PAGES,
    );
    expect(links).toEqual([
      { label: 'The mentoring model', why: 'the model', path: 'model/' },
      { label: 'Support, challenge and vision', why: 'the elements', path: 'model/#scv' },
      { label: 'Vision', why: 'a subsection', path: 'model/#vision' },
      { label: 'Home', why: 'home', path: '' },
    ]);
  });

  it('names every link that leads nowhere, with the file', () => {
    let message = '';
    try {
      resolveEmailLinks(
        [
          { link: '/modle/', why: 'x' },
          { link: '/model/#visoin', why: 'x' },
          { link: '/Model/', why: 'x' },
        ],
        PAGES,
      );
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('content/data/share.yaml');
    expect(message).toContain('readFirst link "/modle/": the guide has no page at /modle/.');
    expect(message).toContain('readFirst link "/model/#visoin": the page /model/ has no section "#visoin".');
    expect(message).toContain('readFirst link "/Model/"');
  });

  it('is plain text: subject, paragraphs, then each link with why and its full address on its own line', () => {
    const text = emailText(
      { subjectLabel: 'Subject:', subject: 'A guide', opening: ['Welcome.', 'Read these:'], closing: ['Thanks.'] },
      [
        { label: 'Vision', why: 'the learner\'s goals', url: 'https://faculty.example.edu/model/#vision' },
        { label: 'Do\'s', why: 'habits', url: 'https://faculty.example.edu/dos-and-donts/' },
      ],
    );
    expect(text).toBe(
      [
        'Subject: A guide',
        '',
        'Welcome.',
        '',
        'Read these:',
        '',
        '- Vision: the learner\'s goals',
        '  https://faculty.example.edu/model/#vision',
        '- Do\'s: habits',
        '  https://faculty.example.edu/dos-and-donts/',
        '',
        'Thanks.',
      ].join('\n'),
    );
  });
});

describe('share addresses and messages', () => {
  it('are full with an origin and from the host root without one', () => {
    expect(shareUrl('https://faculty.example.edu', '/mentoring/', 'model/#vision')).toBe('https://faculty.example.edu/mentoring/model/#vision');
    expect(shareUrl(undefined, '/mentoring/', 'model/#vision')).toBe('/mentoring/model/#vision');
    expect(shareUrl('https://faculty.example.edu', '/', '')).toBe('https://faculty.example.edu/');
  });

  it('fill in the name', () => {
    expect(withName('Link to “{name}” copied.', 'Vision')).toBe('Link to “Vision” copied.');
  });
});

describe('content/data/share.yaml', () => {
  it('is valid', () => {
    const words = shareSchema.parse(parse(readFileSync('content/data/share.yaml', 'utf8')).share);
    expect(words.email.readFirst.length).toBeGreaterThan(0);
  });

  it('messages that name a page must say where the name goes', () => {
    const words = parse(readFileSync('content/data/share.yaml', 'utf8')).share;
    const result = shareSchema.safeParse({ ...words, links: { ...words.links, copied: 'Copied.' } });
    expect(result.error?.issues[0].message).toBe('copied must contain {name}, where the page or section goes.');
  });
});
