import { formKey, resultWords } from '~/assessment/clientContent';
import { assessment, quadrants } from './assessmentFixtures';

// The island's two build-time modules (src/assessment/build/clientModules.ts),
// made from the test content instead of content/: vitest.config.ts points the
// component tests' virtual:self-assessment/* imports here.

export const key = formKey(assessment, quadrants);
export const words = resultWords(assessment, quadrants);
