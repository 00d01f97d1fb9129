import { describe, expect, it } from 'vitest';
import { formKey, resultContent, resultWords } from '~/assessment/clientContent';
import { completedAttempt } from '~/assessment/attempt';
import { assessment, drawing, locale, quadrants, sectionLink } from '../component/assessmentFixtures';

// What the island's script carries besides the form's markup: the numbers and
// the words the markup does not show, and none of the words it does.

describe("the island's script content", () => {
  const key = formKey(assessment, quadrants, sectionLink, locale);
  const words = resultWords(assessment, quadrants, drawing);

  it("keys each statement's feeds and reversal, and each response's quadrant, feedback and best fit", () => {
    expect(key.items['take-over']).toEqual({ feeds: { challenge: 1, 'take-over': 1 }, reverse: true });
    expect(key.items.listen).toEqual({ feeds: { support: 1 }, reverse: false });
    expect(key.responses.late.ask).toEqual({ quadrant: 'growth', feedback: 'Support that still expects change.', best: true });
    expect(Object.keys(key.responses.mistake)).toEqual(['fix-it', 'walk-through', 'report']);
    expect(key.quadrantNames).toEqual({ stasis: 'Stasis', confirmation: 'Confirmation', retreat: 'Retreat', growth: 'Growth' });
    expect(key.errors).toEqual(assessment.errors);
    expect(key.notices).toEqual(assessment.notices);
  });

  it("carries the words the form shows only as the reader answers, the site's words for the headings' links and its locale", () => {
    expect(key.form).toEqual(assessment.form);
    expect(key.announcements).toEqual(assessment.announcements);
    expect(key.sectionLink).toBe(sectionLink);
    expect(key.locale).toBe(locale);
  });

  it("carries the results words: scales, quadrants, threshold, disclaimer, privacy, the buttons under the results, the views' and summary's words and the grid's", () => {
    expect(words).toEqual({
      strengthFrom: 0.75,
      disclaimer: assessment.disclaimer,
      privacy: assessment.privacy,
      scales: assessment.scales,
      resultActions: assessment.resultActions,
      results: assessment.results,
      history: assessment.history,
      summary: assessment.summary,
      quadrants,
      drawing,
    });
  });

  it('repeats no word that the form shows', () => {
    // The fixture's Part 2 introduction happens to be its scenario error too; a distinct one here.
    const content = { ...assessment, scenariosIntro: 'Pick the closest response.' };
    const carried = JSON.stringify([formKey(content, quadrants, sectionLink, locale), resultWords(content, quadrants, drawing)]);
    const shown = [
      ...assessment.frequency,
      assessment.ratingsHeading,
      assessment.ratingsIntro,
      assessment.scenariosHeading,
      content.scenariosIntro,
      ...assessment.items.map((item) => item.text),
      ...assessment.scenarios.flatMap((scenario) => [scenario.title, scenario.situation, ...scenario.options.map((option) => option.text)]),
    ];
    expect(shown.filter((text) => carried.includes(JSON.stringify(text)))).toEqual([]);
  });

  it('gives the results view the scenarios and the locale as the form has them, with the results words', () => {
    const scenarios = [{ id: 'late', title: 'The late learner', situation: 'Late.', options: [] }];
    // The results' words as carried (checked word by word above), less the quadrants, plus the form's scenarios and locale.
    const { quadrants: _quadrants, ...carried } = words;
    expect(resultContent({ scenarios, locale: 'en-US' }, words)).toEqual({ ...carried, scenarios, locale: 'en-US' });
    expect(resultContent({ scenarios, locale }, words)).not.toHaveProperty('quadrants');
  });
});

describe('a completed attempt', () => {
  const now = new Date('2026-05-04T10:00:00.000Z');

  it('keeps each scored scale and the best-fit count, dated now', () => {
    const attempt = completedAttempt(assessment, { listen: 4, stretch: 0, future: 3, 'take-over': 4 }, { late: 'ask', mistake: 'fix-it' }, now);
    expect(attempt).toMatchObject({
      completedAt: '2026-05-04T10:00:00.000Z',
      shares: { support: 1, challenge: 0, vision: 0.75, 'ask-questions': 0.75, 'take-over': 0 },
      scenarios: { best: 1, total: 2 },
    });
    expect(attempt.id).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
  });

  it('leaves out a scale none of whose statements is answered', () => {
    const attempt = completedAttempt(assessment, { listen: 2 }, {}, now);
    expect(attempt.shares).toEqual({ support: 0.5 });
    expect(attempt.scenarios).toEqual({ best: 0, total: 2 });
  });
});
