import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import { INLINE_SCRIPTS } from '~/security/inlineScripts';
import { cspHash, narrowPagePolicy } from '~/security/pagePolicy';
import { CSP_DIRECTIVES, SCRIPT_RESOURCES, STYLE_RESOURCES } from '~/security/securityPolicy';
import { builtHtmlFiles, sitePathOf } from '~/build/builtPages';

/**
 * Astro's `security.csp` settings. Astro hashes what it renders itself (the
 * inlined stylesheets, the island loader and its style); our own inline
 * scripts (src/security/inlineScripts.ts) are added here by hash. No 'unsafe-inline' anywhere.
 */
export function contentSecurityPolicy(): NonNullable<AstroUserConfig['security']>['csp'] {
  return {
    algorithm: 'SHA-256',
    directives: [...CSP_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_RESOURCES], hashes: Object.values(INLINE_SCRIPTS).map(cspHash) },
    styleDirective: { resources: [...STYLE_RESOURCES] },
  };
}

/**
 * After the build, narrows each page's policy to what the page inlines (see
 * src/security/pagePolicy.ts) and fails the build if a page inlines something the
 * policy does not allow, or has a style="" attribute or an inline handler.
 */
export function pagePolicies(): AstroIntegration {
  return {
    name: 'informal-mentoring:page-policies',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = builtHtmlFiles(site);
        for (const file of files) {
          const { html } = narrowPagePolicy(readFileSync(file, 'utf8'), `/${sitePathOf(site, file)}`);
          writeFileSync(file, html);
        }
        logger.info(`Content-Security-Policy narrowed to each page's own inline code (${files.length} pages).`);
      },
    },
  };
}
