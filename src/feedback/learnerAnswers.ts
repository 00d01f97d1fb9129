import { HIGHEST, LOWEST } from './returnLink';

// The learner's answers as the form holds them: one radio group a statement,
// named after it, each answer's value its number (1 to 5). Pure.

/** The name of a statement's radio group. */
export const answerName = (id: string) => `fb-${id}`;

/**
 * The answers in the statements' order, or the statements still unanswered.
 * `form` is the form's data (FormData), or anything with its get().
 */
export function answersFromForm(
  form: { get(name: string): unknown },
  statements: readonly { id: string }[],
): { ok: true; answers: number[] } | { ok: false; missing: string[] } {
  const values = statements.map((statement) => Number(form.get(answerName(statement.id))));
  const missing = statements.filter((_, index) => !(Number.isInteger(values[index]) && values[index] >= LOWEST && values[index] <= HIGHEST));
  return missing.length > 0 ? { ok: false, missing: missing.map((statement) => statement.id) } : { ok: true, answers: values };
}
