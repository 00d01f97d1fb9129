import { formKey, resultWords } from '~/assessment/clientContent';
import { assessment, drawing, locale, quadrants, sectionLink } from './assessmentFixtures';

// The island's two build-time modules (src/build/clientModules.ts),
// made from the test content instead of content/: vitest.config.ts points the
// component tests' virtual:self-assessment/* imports here.

export const key = formKey(assessment, quadrants, sectionLink, locale);
export const words = resultWords(assessment, quadrants, drawing);
