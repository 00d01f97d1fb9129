// The learner's answers, carried in the return link's fragment (#...), which
// browsers never send to a server. Pure: encoding, and reading back a link that
// may have been cut short by a mail client, edited by hand or made for another
// version of the questions.
//
// The fragment: "f1-k3-4352155-q"
//   f1       the format's version
//   k3       the question set: two characters from the statements' ids, so a link
//            made for other statements is recognised as such
//   4352155  one answer a statement, 1 to 5, in the statements' order
//   q        a check character over everything before it: an edited answer shows

/** The format of the fragment; a new format gets a new number, and old links are refused with a message. */
export const FORMAT_VERSION = 1;
/** The answers: 1 (strongly disagree) to 5 (strongly agree). */
export const LOWEST = 1;
export const HIGHEST = 5;

export type LinkProblem =
  /** Not a return link at all (or its start was edited). */
  | 'not-a-link'
  /** Made by another format of this page, or for another set of statements. */
  | 'old-version'
  /** Cut short: fewer answers than statements, or no check character. */
  | 'truncated'
  /** Edited: the check character does not match, or there are more answers than statements. */
  | 'tampered';

export type ReadLink = { ok: true; answers: number[] } | { ok: false; problem: LinkProblem };

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Two base-36 characters from the statements' ids (FNV-1a), so each set of statements has its own. */
export function questionSetId(ids: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of ids.join('\n')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const value = hash % (36 * 36);
  return BASE36[Math.floor(value / 36)] + BASE36[value % 36];
}

/** A check character over the text: each character's value weighted by its place, so a changed or swapped answer shows. */
function checkCharacter(text: string): string {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += (text.charCodeAt(i) * (i + 1)) % 36;
  return BASE36[sum % 36];
}

/** The fragment for these answers (without "#"). Every answer must be a whole number from LOWEST to HIGHEST. */
export function encodeAnswers(answers: readonly number[], setId: string): string {
  if (answers.length === 0 || answers.some((answer) => !Number.isInteger(answer) || answer < LOWEST || answer > HIGHEST)) {
    throw new Error(`Each answer must be a whole number from ${LOWEST} to ${HIGHEST}.`);
  }
  const body = `f${FORMAT_VERSION}-${setId}-${answers.join('')}`;
  return `${body}-${checkCharacter(body)}`;
}

/**
 * Reads a fragment back ("#f1-..." or "f1-..."), for `count` statements whose
 * set is `setId`. Anything at all may come in; nothing throws.
 */
export function readAnswers(fragment: string, count: number, setId: string): ReadLink {
  const text = fragment.replace(/^#/, '').trim().toLowerCase();
  const format = /^f(\d+)(?:-|$)/.exec(text);
  if (!format) return { ok: false, problem: 'not-a-link' };
  if (Number(format[1]) !== FORMAT_VERSION) return { ok: false, problem: 'old-version' };
  const [, set = '', digits = '', check, ...extra] = text.split('-');
  if (extra.length > 0) return { ok: false, problem: 'tampered' };
  if (set.length < 2) return { ok: false, problem: 'truncated' };
  if (!/^[0-9a-z]{2}$/.test(set)) return { ok: false, problem: 'tampered' };
  if (set !== setId) return { ok: false, problem: 'old-version' };
  if (!/^\d*$/.test(digits)) return { ok: false, problem: 'tampered' };
  if (digits.length > count) return { ok: false, problem: 'tampered' };
  if (digits.length < count || check === undefined || check === '') return { ok: false, problem: 'truncated' };
  const answers = [...digits].map(Number);
  if (answers.some((answer) => answer < LOWEST || answer > HIGHEST)) return { ok: false, problem: 'tampered' };
  if (check !== checkCharacter(`f${FORMAT_VERSION}-${set}-${digits}`)) return { ok: false, problem: 'tampered' };
  return { ok: true, answers };
}
