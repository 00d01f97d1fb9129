import Heading2 from './Heading2.astro';
import Heading3 from './Heading3.astro';
import SiteLink from './SiteLink.astro';
import Cite from '~/references/Cite.astro';
import Quote from './Quote.astro';

/**
 * What every guide page's text needs: headings with anchors, links within the
 * site, citations and quotations. A module of its own: importing a component
 * puts its styles on the page, so pages with their own route import only this.
 */
export const proseComponents = { h2: Heading2, h3: Heading3, a: SiteLink, Cite, Quote };
