import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'preact-render-to-string';
import { quadrantNames } from '~/plot/quadrants';
import { assessment, confirmationAnswers, locale, quadrants, sectionLink } from './assessmentFixtures';

// The results view is a module of its own (resultsModule.ts), loaded when the
// reader starts: not before they interact, and when it cannot load, the
// answers stay and the reader hears why.

Element.prototype.scrollIntoView = () => {};
vi.mock('~/assessment/stylesheet', () => ({ applyStylesheet: () => Promise.resolve() }));

/**
 * How often the island loaded the results module, and whether the next load
 * fails (offline, with no service worker yet). vitest keeps a mocked module
 * once made, so each load is seen, and failed, where the island awaits it.
 */
const loads = vi.hoisted(() => ({ count: 0, fail: false }));
vi.mock('~/assessment/resultsModule', async (importOriginal) => {
  const original = await importOriginal<typeof import('~/assessment/resultsModule')>();
  return {
    ...original,
    get stylesApplied() {
      loads.count++;
      return loads.fail ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : original.stylesApplied;
    },
  };
});

/** A fresh island module each time, so its one-load-per-page cache starts empty. */
async function renderQuiz() {
  vi.resetModules();
  const { SelfAssessmentQuiz } = await import('~/assessment/SelfAssessmentQuiz');
  const island = document.body.appendChild(document.createElement('div'));
  const serverContent = () => ({ ...assessment, quadrantNames: quadrantNames(quadrants), sectionLink, locale });
  island.innerHTML = renderToString(<SelfAssessmentQuiz serverContent={serverContent} title="How do I mentor?" />);
  const options = { container: island, hydrate: true } as Parameters<typeof render>[1];
  return render(<SelfAssessmentQuiz serverContent={null} title="How do I mentor?" />, options);
}

const radio = (kind: 'item' | 'scenario', id: string, label: string) =>
  within(document.getElementById(`sa-${kind}-${id}`)!).getByLabelText(label, { exact: false }) as HTMLInputElement;

beforeEach(() => {
  localStorage.clear();
  loads.count = 0;
  loads.fail = false;
});
afterEach(() => cleanup());

describe('the results view', () => {
  it('is not loaded until the reader answers, then loads once', async () => {
    const user = userEvent.setup();
    await renderQuiz();
    await vi.waitFor(() => expect((screen.getByRole('button', { name: 'See my results' }) as HTMLButtonElement).disabled).toBe(false));
    expect(loads.count).toBe(0);
    await user.click(radio('item', 'listen', 'Often'));
    await vi.waitFor(() => expect(loads.count).toBe(1));
    await user.click(radio('item', 'stretch', 'Never'));
    expect(loads.count).toBe(1);
  });

  it('when it cannot load, keeps the answers, saves nothing and says so; a second try works', async () => {
    const user = userEvent.setup();
    loads.fail = true;
    await renderQuiz();
    for (const [id, label] of Object.entries(confirmationAnswers.answers)) await user.click(radio('item', id, label));
    for (const [id, text] of Object.entries(confirmationAnswers.choices)) await user.click(radio('scenario', id, text));
    await user.click(screen.getByRole('button', { name: 'See my results' }));
    const announcer = screen.getAllByRole('status').find((element) => !element.classList.contains('sa-notices'))!;
    await vi.waitFor(() => expect(announcer.textContent).toMatch(/^Your results could not be shown/));
    expect(radio('item', 'listen', 'Almost always').checked).toBe(true);
    expect(localStorage.getItem('mentoring-self-assessment')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Your results' })).toBeNull();

    loads.fail = false;
    await user.click(screen.getByRole('button', { name: 'See my results' }));
    await screen.findByRole('heading', { name: 'Your results', level: 2 });
    expect(JSON.parse(localStorage.getItem('mentoring-self-assessment')!).attempts).toHaveLength(1);
  });
});
