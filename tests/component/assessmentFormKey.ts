// virtual:self-assessment/form-key in the component tests (see assessmentModules.ts).
import { key } from './assessmentModules';

export default key;
