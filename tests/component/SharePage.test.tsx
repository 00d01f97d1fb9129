import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { OnboardingEmail } from '~/share/OnboardingEmail';
import { SectionLinks } from '~/share/SectionLinks';
import type { OutlinePage } from '~/share/share';

// The share page's two islands in jsdom: what they copy, what they announce,
// and the copy-by-hand field when the clipboard is refused.

const WORDS = { copy: 'Copy link', copyNamed: 'Copy link to {name}', copied: 'Link to “{name}” copied.', failed: 'Could not copy automatically.', manualLabel: 'Text to copy' };
const PAGES: OutlinePage[] = [
  { title: 'The mentoring model', path: 'model/', sections: [{ slug: 'scv', text: 'Support, challenge and vision', children: [{ slug: 'vision', text: 'Vision', children: [] }] }] },
];
const EMAIL = {
  subjectLabel: 'Subject:',
  subject: 'A guide',
  opening: ['Welcome.'],
  closing: ['Thanks.'],
  copy: 'Copy the email text',
  copied: 'Email text copied.',
};

function clipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
}

afterEach(cleanup);

describe('SectionLinks', () => {
  it('copies a section\'s full address with SITE_URL and announces which', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    clipboard(writeText);
    render(<SectionLinks pages={PAGES} words={WORDS} origin="https://faculty.example.edu" base="/mentoring/" />);
    await user.click(screen.getByRole('button', { name: 'Copy link to Vision' }));
    expect(writeText).toHaveBeenCalledWith('https://faculty.example.edu/mentoring/model/#vision');
    expect(screen.getByRole('status').textContent).toBe('Link to “Vision” copied.');
    await user.click(screen.getByRole('button', { name: 'Copy link to The mentoring model' }));
    expect(writeText).toHaveBeenLastCalledWith('https://faculty.example.edu/mentoring/model/');
  });

  it('announces a second copy of the same link again', async () => {
    const user = userEvent.setup();
    clipboard(() => Promise.resolve());
    render(<SectionLinks pages={PAGES} words={WORDS} origin="https://faculty.example.edu" base="/" />);
    const button = screen.getByRole('button', { name: 'Copy link to Vision' });
    await user.click(button);
    const first = screen.getByRole('status').textContent;
    await user.click(button);
    expect(screen.getByRole('status').textContent).not.toBe(first);
    expect(screen.getByRole('status').textContent).toContain('Link to “Vision” copied.');
  });

  it('without SITE_URL uses the address the page was opened at', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    clipboard(writeText);
    render(<SectionLinks pages={PAGES} words={WORDS} base="/mentoring/" />);
    await vi.waitFor(() => expect(screen.getByRole('link', { name: 'Vision' }).getAttribute('href')).toBe(`${location.origin}/mentoring/model/#vision`));
    await user.click(screen.getByRole('button', { name: 'Copy link to Vision' }));
    expect(writeText).toHaveBeenCalledWith(`${location.origin}/mentoring/model/#vision`);
  });

  it('shows the address to copy by hand when the clipboard is refused', async () => {
    const user = userEvent.setup();
    clipboard(() => Promise.reject(new Error('denied')));
    render(<SectionLinks pages={PAGES} words={WORDS} origin="https://faculty.example.edu" base="/" />);
    await user.click(screen.getByRole('button', { name: 'Copy link to Support, challenge and vision' }));
    const field = (await screen.findByRole('textbox', { name: 'Text to copy' })) as HTMLInputElement;
    expect(field.value).toBe('https://faculty.example.edu/model/#scv');
    expect(screen.getByRole('status').textContent).toBe('Could not copy automatically.');
  });
});

describe('OnboardingEmail', () => {
  const links = [{ label: 'Vision', why: 'goals', path: 'model/#vision' }];

  it('shows the email with full links and copies it as plain text', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    clipboard(writeText);
    render(<OnboardingEmail words={EMAIL} links={links} failed="Could not copy." manualLabel="Text to copy" origin="https://faculty.example.edu" base="/" />);
    expect(screen.getByRole('link', { name: 'https://faculty.example.edu/model/#vision' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy the email text' }));
    expect(writeText).toHaveBeenCalledWith('Subject: A guide\n\nWelcome.\n\n- Vision: goals\n  https://faculty.example.edu/model/#vision\n\nThanks.');
    expect(screen.getByRole('status').textContent).toBe('Email text copied.');
  });

  it('offers the whole email in a box when the clipboard is refused', async () => {
    const user = userEvent.setup();
    clipboard(() => Promise.reject(new Error('denied')));
    render(<OnboardingEmail words={EMAIL} links={links} failed="Could not copy." manualLabel="Text to copy" origin="https://faculty.example.edu" base="/" />);
    await user.click(screen.getByRole('button', { name: 'Copy the email text' }));
    const box = (await screen.findByRole('textbox', { name: 'Text to copy' })) as HTMLTextAreaElement;
    expect(box.tagName).toBe('TEXTAREA');
    expect(box.value).toContain('Subject: A guide');
    expect(screen.getByRole('status').textContent).toBe('Could not copy.');
  });
});
