import type { FormWords } from './clientContent';
import { FORM_HEADING_ID, SCENARIOS_HEADING_ID, questionId } from './ids';
import { isAnswer } from './scoring';

// Reads the form's words back from its server-rendered markup (AssessmentForm,
// RatingQuestion, ScenarioQuestion), so the page need not carry them a second
// time as the island's props. Each word is read where the form shows it: a
// statement from its legend, an answer from its label, a response's id from its
// radio's value. Changing that markup means changing this file too; the tests
// read a real server render, so they say when the two part ways.

const ITEM_PREFIX = questionId('item', '');
const SCENARIO_PREFIX = questionId('scenario', '');

/** An element's text without the parts matching `skip` (the printed number or letter). */
function textWithout(element: Element, skip: string): string {
  return Array.from(element.childNodes, (node) => (node instanceof Element && node.matches(skip) ? '' : (node.textContent ?? '')))
    .join('')
    .trim();
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`The self-assessment form has no ${selector}.`);
  return element;
}

/** A part's heading and the paragraph of introduction after it. */
function part(root: ParentNode, headingId: string): { heading: string; intro: string } {
  const section = required(root, `section[aria-labelledby="${headingId}"]`);
  return { heading: required(section, `#${headingId}`).textContent?.trim() ?? '', intro: required(section, ':scope > p').textContent?.trim() ?? '' };
}

/** The radios' labels of a question, with their values. */
function choices(fieldset: Element): { value: string; text: string }[] {
  return Array.from(fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]'), (input) => {
    const label = input.closest('label');
    if (!label) throw new Error(`The self-assessment's radio ${input.name} has no label.`);
    return { value: input.value, text: textWithout(required(label, ':scope > span'), '.sa-letter') };
  });
}

/** The form's words, from its markup (the island's own server render). */
export function readFormWords(root: ParentNode): FormWords {
  const items = Array.from(root.querySelectorAll(`fieldset[id^="${ITEM_PREFIX}"]`), (fieldset) => ({
    id: fieldset.id.slice(ITEM_PREFIX.length),
    text: textWithout(required(fieldset, 'legend'), '.sa-number'),
  }));
  const first = root.querySelector(`fieldset[id^="${ITEM_PREFIX}"]`);
  if (!first) throw new Error('The self-assessment form has no statements.');
  const scenarios = Array.from(root.querySelectorAll(`fieldset[id^="${SCENARIO_PREFIX}"]`), (fieldset) => ({
    id: fieldset.id.slice(SCENARIO_PREFIX.length),
    title: textWithout(required(fieldset, 'legend'), '.sa-number'),
    situation: required(fieldset, '.sa-situation').textContent?.trim() ?? '',
    options: choices(fieldset).map(({ value, text }) => ({ id: value, text })),
  }));
  const ratings = part(root, FORM_HEADING_ID);
  const scenarioPart = scenarios.length > 0 ? part(root, SCENARIOS_HEADING_ID) : { heading: '', intro: '' };
  return {
    frequency: choices(first).map(({ text }) => text),
    ratingsHeading: ratings.heading,
    ratingsIntro: ratings.intro,
    scenariosHeading: scenarioPart.heading,
    scenariosIntro: scenarioPart.intro,
    items,
    scenarios,
  };
}

/** Answers already ticked in the form before the island ran (a quick reader on a slow phone), so none is lost. */
export function tickedAnswers(
  form: HTMLFormElement | null,
  content: { frequency: readonly string[]; items: readonly { id: string }[]; scenarios: readonly { id: string }[] },
): { answers: Record<string, number>; choices: Record<string, string> } {
  const answers: Record<string, number> = {};
  const choices: Record<string, string> = {};
  if (!form) return { answers, choices };
  const data = new FormData(form);
  for (const item of content.items) {
    const value = data.get(questionId('item', item.id));
    if (typeof value === 'string' && isAnswer(Number(value), content.frequency.length)) answers[item.id] = Number(value);
  }
  for (const scenario of content.scenarios) {
    const value = data.get(questionId('scenario', scenario.id));
    if (typeof value === 'string') choices[scenario.id] = value;
  }
  return { answers, choices };
}
