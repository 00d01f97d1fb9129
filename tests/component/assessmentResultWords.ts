// virtual:self-assessment/result-words in the component tests (see assessmentModules.ts).
import { words } from './assessmentModules';

export default words;
