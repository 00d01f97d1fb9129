import ReferenceList from '~/references/ReferenceList.astro';
import ResourceList from '~/references/ResourceList.astro';
import { proseComponents } from './proseComponents';

/** The components guide pages (MDX) may use without importing them. */
export const guideComponents = { ...proseComponents, ReferenceList, ResourceList };

/**
 * Guide pages with a route of their own in src/pages/, so that their island's
 * code and styles load on that page only (a route's components are bundled for
 * every page it renders).
 */
export const PAGES_WITH_OWN_ROUTE: readonly string[] = ['model', 'self-assessment'];
