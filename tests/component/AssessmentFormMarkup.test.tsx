import { afterEach, describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { AssessmentForm } from '~/assessment/AssessmentForm';
import { formContent, formKey, type FormContent } from '~/assessment/clientContent';
import { readFormWords, tickedAnswers } from '~/assessment/formMarkup';
import type { SelfAssessment } from '~/assessment/selfAssessment.schema';
import { quadrantNames } from '~/plot/quadrants';
import { assessment, locale, quadrants, sectionLink } from './assessmentFixtures';

// The island reads the form's words back from the server's markup: what it
// reads, joined with the key from its script, must be the content the server
// rendered, word for word.

/** The form as the server renders it (no answers, no handlers), in the document. */
function serverForm(content: SelfAssessment): HTMLElement {
  const root = document.body.appendChild(document.createElement('div'));
  root.innerHTML = renderToString(<AssessmentForm content={{ ...content, quadrantNames: quadrantNames(quadrants), sectionLink, locale }} answers={{}} choices={{}} />);
  return root;
}

/** What the form and its logic use of the content. */
function formPart(content: SelfAssessment): FormContent {
  const { frequency, ratingsHeading, ratingsIntro, scenariosHeading, scenariosIntro, errors, notices, form, announcements } = content;
  return {
    frequency,
    ratingsHeading,
    ratingsIntro,
    scenariosHeading,
    scenariosIntro,
    errors,
    notices,
    form,
    announcements,
    items: content.items.map(({ id, text, feeds, reverse }) => ({ id, text, feeds, reverse })),
    scenarios: content.scenarios.map(({ id, title, situation, options }) => ({
      id,
      title,
      situation,
      options: options.map(({ id: optionId, text, best, quadrant, feedback }) => ({ id: optionId, text, best, quadrant, feedback })),
    })),
    quadrantNames: quadrantNames(quadrants),
    sectionLink,
    locale,
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('reading the form from its markup', () => {
  it('finds every statement, answer, scenario and response, in order, with the words as written', () => {
    const words = readFormWords(serverForm(assessment));
    expect(words.frequency).toEqual(assessment.frequency);
    expect([words.ratingsHeading, words.ratingsIntro, words.scenariosHeading, words.scenariosIntro]).toEqual([
      assessment.ratingsHeading,
      assessment.ratingsIntro,
      assessment.scenariosHeading,
      assessment.scenariosIntro,
    ]);
    expect(words.items).toEqual(assessment.items.map(({ id, text }) => ({ id, text })));
    expect(words.scenarios).toEqual(
      assessment.scenarios.map(({ id, title, situation, options }) => ({ id, title, situation, options: options.map(({ id: optionId, text }) => ({ id: optionId, text })) })),
    );
  });

  it('with the key, gives back the content the server rendered', () => {
    expect(formContent(readFormWords(serverForm(assessment)), formKey(assessment, quadrants, sectionLink, locale))).toEqual(formPart(assessment));
  });

  it('keeps characters the markup escapes, and numbers-like words', () => {
    const tricky: SelfAssessment = {
      ...assessment,
      frequency: ['0', '1 < 2', 'Often & more', '"Usually"', "Almost 'always'"],
      items: [{ ...assessment.items[0], text: 'I ask <why> & "how" — then 3. listen.' }, ...assessment.items.slice(1)],
    };
    const words = readFormWords(serverForm(tricky));
    expect(words.frequency).toEqual(tricky.frequency);
    expect(words.items[0].text).toBe('I ask <why> & "how" — then 3. listen.');
  });

  it('reads a form without scenarios', () => {
    const words = readFormWords(serverForm({ ...assessment, scenarios: [] }));
    expect(words.scenarios).toEqual([]);
    expect(words.items).toHaveLength(assessment.items.length);
  });

  it('stops when the script does not know a statement or response on the page (two different builds)', () => {
    const words = readFormWords(serverForm(assessment));
    const key = formKey(assessment, quadrants, sectionLink, locale);
    const { listen: _, ...otherItems } = key.items;
    expect(() => formContent(words, { ...key, items: otherItems })).toThrow('statement "listen"');
    expect(() => formContent(words, { ...key, responses: { ...key.responses, late: {} } })).toThrow('response "scold" of scenario "late"');
  });
});

describe('answers ticked before the island ran', () => {
  it('are read from the checked radios, leaving out values that are not answers', () => {
    const root = serverForm(assessment);
    const check = (name: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
      input.checked = true;
    };
    check('sa-item-listen', '3');
    check('sa-scenario-mistake', 'report');
    // A value no answer has (an edited page): ignored.
    root.querySelector<HTMLInputElement>('input[name="sa-item-future"]')!.value = '9';
    check('sa-item-future', '9');
    expect(tickedAnswers(root.querySelector('form'), assessment)).toEqual({ answers: { listen: 3 }, choices: { mistake: 'report' } });
    expect(tickedAnswers(null, assessment)).toEqual({ answers: {}, choices: {} });
  });
});
