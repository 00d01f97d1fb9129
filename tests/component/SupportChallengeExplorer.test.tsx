import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { SupportChallengeExplorer } from '~/plot/SupportChallengeExplorer';
import { explorerProps } from './fixtures';

// The island in jsdom, driven by keyboard and form controls as a reader would.
// Dragging needs real layout (getScreenCTM), so it is tested in Chromium (tests/e2e/plot.test.ts).

// jsdom has no layout, so no scrolling either.
Element.prototype.scrollIntoView = () => {};

const marker = () => screen.getByRole('slider', { name: 'Mentoring relationship' });
const slider = (name: 'Support' | 'Challenge') => screen.getByRole('slider', { name }) as HTMLInputElement;
const liveRegion = () => screen.getByRole('status');
const readout = () => document.querySelector('.plot-readout') as HTMLElement;
/** Presses keys on the marker. (jsdom cannot focus SVG elements; real focus is tested in Chromium.) */
const pressOnMarker = (...keys: string[]) => keys.forEach((key) => fireEvent.keyDown(marker(), { key }));

function renderExplorer(search = '') {
  window.history.replaceState(null, '', `/model/${search}`);
  return render(<SupportChallengeExplorer {...explorerProps} />);
}

beforeEach(() => {
  vi.useRealTimers();
});
afterEach(() => {
  cleanup();
});

describe('its content', () => {
  it('comes with the script when a page passes none (virtual:plot/content, here the test content)', () => {
    window.history.replaceState(null, '', '/model/?example=demanding-attending');
    render(<SupportChallengeExplorer id="plot" />);
    for (const example of explorerProps.examples) expect(screen.getByRole('button', { name: example.name })).toBeTruthy();
    expect(screen.getByRole('slider', { name: explorerProps.words.marker.label })).toBeTruthy();
  });
});

describe('the support/challenge explorer', () => {
  it('starts in Stasis with the sliders matching the marker', () => {
    renderExplorer();
    expect(within(readout()).getByText('Stasis')).toBeTruthy();
    expect(slider('Support').value).toBe('3');
    expect(slider('Challenge').value).toBe('3');
    expect(slider('Support').getAttribute('aria-valuetext')).toBe('3 of 10, low');
    expect(marker().getAttribute('aria-valuetext')).toBe('Stasis: support 3 of 10, challenge 3 of 10');
    expect(marker().getAttribute('aria-roledescription')).toBe('2D slider');
    const keys = document.getElementById(marker().getAttribute('aria-describedby')!);
    expect(keys?.textContent).toContain('up and down arrows change challenge');
  });

  it('offers its controls once it runs: nothing is disabled after hydration', () => {
    renderExplorer();
    expect(marker().getAttribute('tabindex')).toBe('0');
    expect(marker().hasAttribute('aria-disabled')).toBe(false);
    expect((document.querySelector('fieldset.plot-controls') as HTMLFieldSetElement).disabled).toBe(false);
  });

  it('moves with the arrow keys on the focused marker and keeps the sliders in sync', () => {
    renderExplorer();
    pressOnMarker('ArrowRight', 'ArrowRight', 'ArrowUp');
    expect(slider('Support').value).toBe('5');
    expect(slider('Challenge').value).toBe('4');
    expect(marker().getAttribute('aria-valuetext')).toBe('Stasis: support 5 of 10, challenge 4 of 10');
  });

  it('announces a change of quadrant, and stays quiet for steps within one', () => {
    renderExplorer();
    pressOnMarker('ArrowRight');
    expect(liveRegion().textContent).toBe('');
    pressOnMarker('ArrowRight', 'ArrowRight');
    expect(liveRegion().textContent).toBe('Confirmation: support 6 of 10, challenge 3 of 10.');
    expect(within(readout()).getByText('Confirmation')).toBeTruthy();
    pressOnMarker('ArrowRight');
    expect(liveRegion().textContent).toBe('Confirmation: support 6 of 10, challenge 3 of 10.');
  });

  it('leaves other keys to the browser', () => {
    renderExplorer();
    const tab = fireEvent.keyDown(marker(), { key: 'Tab' });
    const arrow = fireEvent.keyDown(marker(), { key: 'ArrowUp' });
    expect(tab).toBe(true);
    expect(arrow).toBe(false); // default prevented: the page does not scroll
  });

  it('moves the marker from the range inputs', () => {
    renderExplorer();
    fireEvent.input(slider('Challenge'), { target: { value: '9' } });
    expect(marker().getAttribute('aria-valuetext')).toBe('Retreat: support 3 of 10, challenge 9 of 10');
    expect(liveRegion().textContent).toContain('Retreat');
  });

  it('moves to a chosen example and explains it', async () => {
    const user = userEvent.setup();
    renderExplorer();
    const button = screen.getByRole('button', { name: 'The demanding attending' });
    await user.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(slider('Support').value).toBe('2');
    expect(slider('Challenge').value).toBe('9');
    expect(readout().textContent).toContain('Hard questions, no backing.');
    expect(liveRegion().textContent).toBe('The demanding attending: Retreat.');
    // Moving away from the example forgets it.
    pressOnMarker('ArrowDown');
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(readout().textContent).not.toContain('Hard questions');
  });

  it('shows the learner\'s vision when asked', async () => {
    const user = userEvent.setup();
    const { container } = renderExplorer();
    expect(container.querySelector('.plot-vision')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: "Show the learner's vision" }));
    expect(container.querySelector('.plot-vision')).not.toBeNull();
    expect(readout().textContent).toContain('Vision is the learner’s own.');
  });

  it('restores a shared position from the address', () => {
    renderExplorer('?support=9&challenge=8&vision=on');
    expect(slider('Support').value).toBe('9');
    expect(slider('Challenge').value).toBe('8');
    expect(within(readout()).getByText('Growth')).toBeTruthy();
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
  });

  it('ignores a tampered address and keeps working', () => {
    renderExplorer('?support=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&challenge=NaN&example=%3Cscript%3E');
    expect(slider('Support').value).toBe('3');
    expect(slider('Challenge').value).toBe('3');
    expect(screen.getByRole('button', { name: 'The friendly preceptor' }).getAttribute('aria-pressed')).toBe('false');
    pressOnMarker('ArrowUp');
    expect(slider('Challenge').value).toBe('4');
  });

  it('writes the position into the address after the reader moves it', async () => {
    renderExplorer('?pagefind-highlight=growth');
    pressOnMarker('ArrowUp');
    await vi.waitFor(() => expect(window.location.search).toBe('?pagefind-highlight=growth&support=3&challenge=4'));
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const user = userEvent.setup();
    renderExplorer('?support=8&challenge=2');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    const field = (await screen.findByRole('textbox', { name: 'Link to this view' })) as HTMLInputElement;
    expect(field.value).toBe('http://localhost:3000/model/?support=8&challenge=2#test-plot');
    expect(liveRegion().textContent).toContain('Could not copy automatically');
  });

  it('copies the link and says so', async () => {
    const user = userEvent.setup();
    renderExplorer('?support=2&challenge=9');
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/model/?support=2&challenge=9#test-plot');
    expect(liveRegion().textContent).toBe('Link copied to the clipboard.');
  });

  it('enters presentation mode, makes the rest of the page inert, and leaves on Escape', async () => {
    const user = userEvent.setup();
    const outside = document.body.appendChild(document.createElement('button'));
    const { container } = renderExplorer();
    const explorer = () => container.querySelector('.plot-explorer')!;
    await user.click(screen.getByRole('button', { name: 'Present full screen' }));
    expect(explorer().classList.contains('is-presenting')).toBe(true);
    await vi.waitFor(() => expect(outside.hasAttribute('inert')).toBe(true));
    // Escape is heard wherever focus is, not only inside the plot.
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(explorer().classList.contains('is-presenting')).toBe(false));
    await vi.waitFor(() => expect(outside.hasAttribute('inert')).toBe(false));
    expect(screen.getByRole('button', { name: 'Present full screen' })).toBeTruthy();
    outside.remove();
  });

  it('leaves presentation mode with its button', async () => {
    const user = userEvent.setup();
    const { container } = renderExplorer();
    await user.click(screen.getByRole('button', { name: 'Present full screen' }));
    await user.click(screen.getByRole('button', { name: 'Leave full screen' }));
    expect(container.querySelector('.is-presenting')).toBeNull();
  });
});

describe('the explorer\'s words', () => {
  // Every word comes from content/data/plot.yaml: with other words in the
  // content, the controls and the readout say those instead.
  const words = {
    ...explorerProps.words,
    controlsLegend: 'Place the dot',
    support: 'Backing',
    challenge: 'Stretch',
    marker: { label: 'A relationship', roleDescription: 'two-way slider' },
    coordinates: '[{support} / {challenge}]',
    towardGrowth: 'Next:',
    present: 'Show on a projector',
    keysHint: 'Arrows move the dot.',
    copyLink: { label: 'Copy this view', copied: 'Copied.', failed: 'Not copied.', manualLabel: 'This view' },
  };

  it('names the controls and fills the readout from the content', () => {
    window.history.replaceState(null, '', '/model/');
    render(<SupportChallengeExplorer {...explorerProps} words={words} />);
    const dot = screen.getByRole('slider', { name: 'A relationship' });
    expect(dot.getAttribute('aria-roledescription')).toBe('two-way slider');
    expect(document.getElementById(dot.getAttribute('aria-describedby')!)?.textContent?.trim()).toBe('Arrows move the dot.');
    expect(screen.getByRole('group', { name: 'Place the dot' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Backing' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Stretch' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy this view' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show on a projector' })).toBeTruthy();
    expect(readout().textContent).toContain('[3 / 3]');
    expect(readout().textContent).toContain('Next: Ask about their plans.');
  });
});
