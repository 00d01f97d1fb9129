import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'yaml';
import { EMBED_HOSTS, projectRoot, SITES } from './sites';

// The example institution the sub-path build is made for (SITE_INSTITUTION):
// every field of content/data/institution.yaml but the public address (that
// build has none, as the generic root build has no institution), with the
// allowed course page's origin, whose port the run chooses.

export const EXAMPLE_INSTITUTION = {
  organisation: 'Example University School of Medicine',
  programmes: [
    { name: 'Faculty Mentoring Programme', link: 'https://medicine.example.edu/faculty-mentoring/', line: 'Pairs new clinical teachers with an experienced mentor.' },
    { name: 'Office of Faculty Development', link: 'mailto:facdev@example.edu', line: 'Runs the mentoring workshops.' },
  ],
  embedOrigins: [EMBED_HOSTS.allowed],
};

/** Writes the example institution's file where the sub-path build reads it. */
export function writeExampleInstitution(): void {
  const file = `${projectRoot}${SITES.sub.institution}`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, stringify({ institution: EXAMPLE_INSTITUTION }));
}
