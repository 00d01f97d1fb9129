import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { ConversationPrompts } from '~/card/ConversationPrompts';
import type { ConversationCard } from '~/card/conversationCard.schema';

// The conversation card's questions island in jsdom, with the real content file,
// driven by keyboard as a reader would.

// jsdom has no CSS.escape, which user-event needs to find a radio's group for the
// arrow keys (as in SelfAssessmentQuiz.test.tsx); our names need no escaping beyond this.
const documentWindow = document.defaultView as Window & { CSS?: { escape?: unknown } };
if (typeof documentWindow.CSS?.escape !== 'function') {
  Object.defineProperty(documentWindow, 'CSS', {
    configurable: true,
    value: { escape: (value: string) => value.replace(/[^\w-]/g, (character) => `\\${character}`) },
  });
}

const card: ConversationCard = parse(readFileSync(`${process.cwd()}/content/data/conversation-card.yaml`, 'utf8'))['conversation-card'];
const words = { stageLegend: card.stageLegend, showAnother: card.showAnother, position: card.position };
const stage = (id: string) => card.stages.find((entry) => entry.id === id)!;

const question = () => document.querySelector('.card-question-text')?.textContent;
const position = () => document.querySelector('.card-position')?.textContent;
const announcement = () => screen.getByTestId('card-announcement');
const another = () => screen.getByRole('button', { name: card.showAnother });

function renderCard() {
  return render(<ConversationPrompts stages={card.stages} words={words} printPrompts={card.printPrompts} />);
}

afterEach(() => cleanup());

describe('the conversation card questions', () => {
  it('starts on the first stage and its first question, announcing nothing yet', () => {
    renderCard();
    expect((screen.getByRole('radio', { name: stage('pre-clinical').label }) as HTMLInputElement).checked).toBe(true);
    expect(question()).toBe(stage('pre-clinical').prompts[0]);
    expect(position()).toBe(`Question 1 of ${stage('pre-clinical').prompts.length} for ${stage('pre-clinical').plural}`);
    expect(announcement().getAttribute('aria-live')).toBe('polite');
    expect(announcement().textContent).toBe('');
    expect(screen.getByRole('group', { name: card.stageLegend })).toBeTruthy();
  });

  it('shows every question of the stage once by keyboard, then starts again, announcing each', async () => {
    const user = userEvent.setup();
    renderCard();
    const prompts = stage('pre-clinical').prompts;
    another().focus();
    const seen = [question()];
    for (let press = 1; press < prompts.length; press += 1) {
      await user.keyboard(press % 2 ? '{Enter}' : ' ');
      seen.push(question());
      expect(announcement().textContent).toBe(
        `Question ${press + 1} of ${prompts.length} for ${stage('pre-clinical').plural}: ${prompts[press]}`,
      );
    }
    expect(seen).toEqual(prompts);
    await user.keyboard('{Enter}');
    expect(question()).toBe(prompts[0]);
    expect(document.activeElement).toBe(another());
  });

  it('changes stage with the arrow keys, keeping each stage\'s place', async () => {
    const user = userEvent.setup();
    renderCard();
    await user.click(another());
    const first = screen.getByRole('radio', { name: stage('pre-clinical').label });
    first.focus();
    await user.keyboard('{ArrowRight}');
    const clerkship = screen.getByRole('radio', { name: stage('clerkship').label }) as HTMLInputElement;
    expect(clerkship.checked).toBe(true);
    expect(document.activeElement).toBe(clerkship);
    expect(question()).toBe(stage('clerkship').prompts[0]);
    expect(announcement().textContent).toBe(
      `Question 1 of ${stage('clerkship').prompts.length} for ${stage('clerkship').plural}: ${stage('clerkship').prompts[0]}`,
    );
    await user.keyboard('{ArrowLeft}');
    expect(question()).toBe(stage('pre-clinical').prompts[1]);
  });

  it('keeps every question in lists per stage, marking those the printed card leaves out', () => {
    renderCard();
    for (const entry of card.stages) {
      const list = screen.getByRole('region', { name: entry.label });
      const items = [...list.querySelectorAll('li')];
      expect(items.map((item) => item.textContent)).toEqual(entry.prompts);
      expect(items.filter((item) => !item.classList.contains('card-print-extra'))).toHaveLength(Math.min(card.printPrompts, entry.prompts.length));
    }
    expect(document.querySelector('.card-prompts')?.classList.contains('is-ready')).toBe(true);
  });
});
