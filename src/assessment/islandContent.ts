import key from 'virtual:self-assessment/form-key';
import { formContent, type FormContent } from './clientContent';
import { readFormWords } from './formMarkup';
import { QUIZ_ID } from './ids';

/**
 * The island's content in the browser: its server-rendered form's words with
 * the key from its script. Read on the first render, before hydration has
 * changed anything.
 */
export function islandContent(): FormContent {
  const root = document.getElementById(QUIZ_ID);
  if (!root) throw new Error(`The self-assessment island has no server-rendered #${QUIZ_ID} to read.`);
  return formContent(readFormWords(root), key);
}
