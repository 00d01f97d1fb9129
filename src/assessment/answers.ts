import { isAnswer, type Answers, type Choices } from './scoring';

// The reader's answers in progress: which are missing, how far along they are,
// and which stored answers still fit the content (a faculty author may have
// removed a statement or a response since the answers were saved).

/** The questions as the logic sees them (the whole content, or what the island reads from the form). */
interface AnswerContent {
  frequency: readonly string[];
  items: readonly { id: string; text: string }[];
  scenarios: readonly { id: string; title: string; options: readonly { id: string }[] }[];
}

export interface Unanswered {
  kind: 'item' | 'scenario';
  id: string;
  /** The question as the error summary names it: the statement or the scenario's title. */
  label: string;
}

/** The statements and scenarios still without an answer, in page order. */
export function unanswered(content: AnswerContent, answers: Answers, choices: Choices): Unanswered[] {
  const items = content.items
    .filter((item) => !isAnswer(answers[item.id], content.frequency.length))
    .map((item) => ({ kind: 'item' as const, id: item.id, label: item.text }));
  const scenarios = content.scenarios
    .filter((scenario) => !scenario.options.some((option) => option.id === choices[scenario.id]))
    .map((scenario) => ({ kind: 'scenario' as const, id: scenario.id, label: scenario.title }));
  return [...items, ...scenarios];
}

/** How many questions are answered, out of how many. */
export function progress(content: AnswerContent, answers: Answers, choices: Choices): { answered: number; total: number } {
  const total = content.items.length + content.scenarios.length;
  return { answered: total - unanswered(content, answers, choices).length, total };
}

/** Only the answers that still match a statement or a scenario's response. */
export function answersThatFit(content: AnswerContent, answers: Answers, choices: Choices): { answers: Answers; choices: Choices } {
  const keptAnswers: Record<string, number> = {};
  for (const item of content.items) {
    if (Object.hasOwn(answers, item.id) && isAnswer(answers[item.id], content.frequency.length)) keptAnswers[item.id] = answers[item.id];
  }
  const keptChoices: Record<string, string> = {};
  for (const scenario of content.scenarios) {
    const choice = Object.hasOwn(choices, scenario.id) ? choices[scenario.id] : undefined;
    if (scenario.options.some((option) => option.id === choice)) keptChoices[scenario.id] = choice!;
  }
  return { answers: keptAnswers, choices: keptChoices };
}
