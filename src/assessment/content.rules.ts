// Checks on content/data/self-assessment.yaml that need the whole file, not one
// field: each problem names the statement, scale or scenario at fault, because
// the person reading the build error is a faculty author, not a programmer.
// A rules module: no imports, shared by the schema (selfAssessment.schema.ts)
// and the logic (storedAttempts.ts), so neither depends on the other.

/** The self-assessment holds at most this many scenarios, and a saved attempt counts at most this many. */
export const MAX_SCENARIOS = 50;

/** The model's three elements, which every result shows: support and challenge place it on the grid, and the history has a column for vision. */
export const REQUIRED_SCALES = ['support', 'challenge', 'vision'] as const;

interface ContentShape {
  scales: readonly { id: string }[];
  items: readonly { id: string; feeds: Readonly<Record<string, number>> }[];
  scenarios: readonly { id: string; options: readonly { id: string; best: boolean }[] }[];
}

export interface ContentProblem {
  message: string;
  /** Where in the file, e.g. ['items', 3, 'feeds']. */
  path: (string | number)[];
}

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/** Everything wrong with the self-assessment's content as a whole; empty when it is fine. */
export function contentProblems({ scales, items, scenarios }: ContentShape): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const scaleIds = scales.map((scale) => scale.id);
  const known = new Set(scaleIds);

  for (const [list, name, ids] of [
    ['scales', 'scale', scaleIds],
    ['items', 'statement', items.map((item) => item.id)],
    ['scenarios', 'scenario', scenarios.map((scenario) => scenario.id)],
  ] as const) {
    for (const id of duplicates(ids)) {
      problems.push({ message: `Two ${name}s have the id "${id}"; give each its own.`, path: [list] });
    }
  }

  for (const id of REQUIRED_SCALES) {
    if (!known.has(id)) {
      problems.push({ message: `The scales must include "${id}": the results need it.`, path: ['scales'] });
    }
  }

  const fed = new Set<string>();
  items.forEach((item, index) => {
    for (const scale of Object.keys(item.feeds)) {
      fed.add(scale);
      if (!known.has(scale)) {
        problems.push({
          message: `Statement "${item.id}" feeds "${scale}", which is not one of the scales (${scaleIds.join(', ')}).`,
          path: ['items', index, 'feeds', scale],
        });
      }
    }
  });
  scales.forEach((scale, index) => {
    if (!fed.has(scale.id)) {
      problems.push({
        message: `No statement feeds the scale "${scale.id}", so it could never be scored. Add it to a statement's feeds, or remove the scale.`,
        path: ['scales', index],
      });
    }
  });

  scenarios.forEach((scenario, index) => {
    const best = scenario.options.filter((option) => option.best).length;
    if (best !== 1) {
      problems.push({
        message:
          best === 0
            ? `Scenario "${scenario.id}" has no response marked best: true. Mark the one that fits the model best.`
            : `Scenario "${scenario.id}" has ${best} responses marked best: true. Mark exactly one.`,
        path: ['scenarios', index, 'options'],
      });
    }
    for (const id of duplicates(scenario.options.map((option) => option.id))) {
      problems.push({ message: `Scenario "${scenario.id}" has two responses with the id "${id}".`, path: ['scenarios', index, 'options'] });
    }
  });

  return problems;
}
