import { describe, expect, it } from 'vitest';
import { reversedStatements, scaleKeys, scenarioKeys, statementList } from '~/assessment/scoringKey';
import { isStrength, scaleShares } from '~/assessment/scoring';
import type { AssessmentItem, AssessmentScale, Scenario } from '~/assessment/selfAssessment.schema';
import type { QuadrantId } from '~/plot/quadrants';

const item = (id: string, feeds: Record<string, number>, reverse = false): AssessmentItem => ({ id, text: `Statement ${id}.`, feeds, reverse });
const scale = (id: string, group: AssessmentScale['group'] = 'element'): AssessmentScale => ({
  id,
  name: `Scale ${id}`,
  group,
  guide: 'model/',
  strength: 'Strong.',
  suggestion: 'Try.',
});

// Five answers: the top one scores 4 points.
const frequency = ['Never', 'Rarely', 'Sometimes', 'Often', 'Almost always'];
const items = [
  item('notice-effort', { support: 1 }), // statement 1
  item('open-doors', { support: 2, challenge: 1 }), // statement 2
  item('steer-to-my-field', { 'personal-agenda': 1 }, true), // statement 3
  item('ask-about-future', { support: 1, vision: 3 }), // statement 4
  item('present-without-naming', { 'taking-credit': 1 }, true), // statement 5
];
const scales = [scale('support'), scale('challenge'), scale('vision'), scale('personal-agenda', 'dont'), scale('taking-credit', 'dont')];

describe('the scoring key for each scale', () => {
  const keys = scaleKeys({ frequency, items, scales, strengthFrom: 0.7 });

  it('has one key per scale, in the content\'s order', () => {
    expect(keys.map((key) => key.scale)).toEqual(scales);
  });

  it('numbers statements from 1, as printed, with the weight each counts', () => {
    expect(keys[0]!.statements).toEqual([
      { number: 1, weight: 1 },
      { number: 2, weight: 2 },
      { number: 4, weight: 1 },
    ]);
    expect(keys[1]!.statements).toEqual([{ number: 2, weight: 1 }]);
    expect(keys[2]!.statements).toEqual([{ number: 4, weight: 3 }]);
    expect(keys[4]!.statements).toEqual([{ number: 5, weight: 1 }]);
  });

  it('gives the maximum as the sum of the weights times the top answer\'s points', () => {
    // support: (1 + 2 + 1) x 4; challenge: 1 x 4; vision: 3 x 4.
    expect(keys.map((key) => key.maximum)).toEqual([16, 4, 12, 4, 4]);
  });

  it('draws the line between low and high at half the maximum', () => {
    expect(keys.map((key) => key.highAbove)).toEqual([8, 2, 6, 2, 2]);
  });

  it('rounds the strength threshold up to whole points', () => {
    // 16 x 0.7 = 11.2 -> 12; 4 x 0.7 = 2.8 -> 3; 12 x 0.7 = 8.4 -> 9.
    expect(keys.map((key) => key.strengthFrom)).toEqual([12, 3, 9, 3, 3]);
  });

  it('keeps a threshold that is already whole', () => {
    const [support] = scaleKeys({ frequency, items, scales, strengthFrom: 0.75 });
    expect(support!.strengthFrom).toBe(12);
  });

  it('follows the number of frequency answers', () => {
    const [support] = scaleKeys({ frequency: ['No', 'Sometimes', 'Yes'], items, scales, strengthFrom: 0.75 });
    expect(support!.maximum).toBe(8);
    expect(support!.highAbove).toBe(4);
    expect(support!.strengthFrom).toBe(6);
  });

  it('gives a scale no statement feeds no statements and a maximum of 0', () => {
    const [unfed] = scaleKeys({ frequency, items, scales: [scale('give-feedback', 'do')], strengthFrom: 0.75 });
    expect(unfed).toMatchObject({ statements: [], maximum: 0, highAbove: 0, strengthFrom: 0 });
  });

  it('agrees with the on-screen scoring on where a strength starts, even where decimals do not multiply exactly', () => {
    // Six answers (top: 5 points) and five statements: a maximum of 25. 25 x 0.56 is exactly 14,
    // and on screen 14 points (a share of 0.56) is a strength, so the key must say 14.
    const six = ['Never', 'Rarely', 'Sometimes', 'Often', 'Very often', 'Always'];
    const fiveItems = ['a', 'b', 'c', 'd', 'e'].map((id) => item(id, { support: 1 }));
    const [support] = scaleKeys({ frequency: six, items: fiveItems, scales: [scale('support')], strengthFrom: 0.56 });
    const shares = scaleShares({ frequency: six, items: fiveItems }, { a: 5, b: 5, c: 2, d: 1, e: 1 });
    expect(shares.support).toBe(0.56);
    expect(isStrength(shares.support!, 0.56)).toBe(true);
    expect(support!.maximum).toBe(25);
    expect(support!.strengthFrom).toBe(14);
  });
});

describe('the statements whose points are turned round', () => {
  it('lists the printed numbers of the "don\'t" statements', () => {
    expect(reversedStatements(items)).toEqual([3, 5]);
  });

  it('is empty when there are none', () => {
    expect(reversedStatements([item('notice-effort', { support: 1 })])).toEqual([]);
  });
});

describe('the key to the scenarios', () => {
  const option = (id: string, quadrant: QuadrantId, best = false) => ({ id, text: `Response ${id}.`, quadrant, best, feedback: 'Why.' });
  const scenarios: Scenario[] = [
    {
      id: 'weekend-offer',
      title: 'The weekend offer',
      situation: 'A student offers to work the weekend.',
      options: [option('a', 'stasis'), option('b', 'growth', true), option('c', 'confirmation'), option('d', 'retreat')],
    },
    {
      id: 'quiet-student',
      title: 'Going quiet',
      situation: 'A student goes quiet.',
      options: [option('x', 'growth', true), option('y', 'retreat'), option('z', 'confirmation')],
    },
  ];

  it('numbers scenarios from 1 and letters their responses A, B, C, D, whatever their ids', () => {
    expect(scenarioKeys(scenarios)).toEqual([
      {
        number: 1,
        title: 'The weekend offer',
        responses: [
          { letter: 'A', quadrant: 'stasis', best: false },
          { letter: 'B', quadrant: 'growth', best: true },
          { letter: 'C', quadrant: 'confirmation', best: false },
          { letter: 'D', quadrant: 'retreat', best: false },
        ],
      },
      {
        number: 2,
        title: 'Going quiet',
        responses: [
          { letter: 'A', quadrant: 'growth', best: true },
          { letter: 'B', quadrant: 'retreat', best: false },
          { letter: 'C', quadrant: 'confirmation', best: false },
        ],
      },
    ]);
  });
});

describe('statement numbers as printed in the key', () => {
  it('writes a weight above 1 after the number', () => {
    expect(
      statementList([
        { number: 4, weight: 1 },
        { number: 5, weight: 2 },
      ]),
    ).toBe('4, 5 \u00d72');
    expect(
      statementList([
        { number: 1, weight: 3 },
        { number: 9, weight: 1 },
      ]),
    ).toBe('1 \u00d73, 9');
  });

  it('writes a single statement on its own, and nothing for none', () => {
    expect(statementList([{ number: 7, weight: 1 }])).toBe('7');
    expect(statementList([])).toBe('');
  });
});
