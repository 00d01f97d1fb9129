import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { netlifyHeaders, nginxHeaders } from '~/security/hostHeaders';
import { unionPolicy } from '~/security/pagePolicy';
import { builtHtmlFiles } from '~/build/builtPages';

export const HEADER_FILES = { netlify: '_headers', nginx: '_nginx-headers.conf', nginxEmbed: '_nginx-embed-headers.conf' } as const;

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

/**
 * Writes the header files for static hosts into the built site: `_headers`
 * (Netlify, Cloudflare Pages), `_nginx-headers.conf` and, for the /embed/
 * pages, `_nginx-embed-headers.conf` (nginx). Their CSP is the union of the
 * pages' own policies (every page's inline code, by hash) plus
 * frame-ancestors, which a <meta> policy cannot carry: the site itself, and
 * for /embed/ the `embedOrigins` of content/data/institution.yaml. Runs after
 * pagePolicies(), on the pages as finally written.
 */
export function hosting({ embedOrigins = [] }: { embedOrigins?: readonly string[] } = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'informal-mentoring:hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const policies = builtHtmlFiles(site)
          .map((file) => readFileSync(file, 'utf8').match(META)?.[1])
          .filter((policy): policy is string => policy !== undefined);
        const headers = {
          sitePolicy: unionPolicy(policies),
          embedOrigins,
          topLevel: readdirSync(site, { withFileTypes: true })
            .filter((entry) => !Object.values(HEADER_FILES).includes(entry.name as never))
            .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
            .sort(),
        };
        writeFileSync(join(site, HEADER_FILES.netlify), netlifyHeaders(base, headers));
        writeFileSync(join(site, HEADER_FILES.nginx), nginxHeaders(headers));
        writeFileSync(join(site, HEADER_FILES.nginxEmbed), nginxHeaders(headers, { embed: true }));
        logger.info(`Header files written: ${Object.values(HEADER_FILES).join(', ')}${embedOrigins.length ? ` (/embed/ may be framed by ${embedOrigins.join(', ')})` : ''}.`);
      },
    },
  };
}
