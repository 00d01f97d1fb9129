import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INSTITUTION_FILE, parseInstitution, readInstitution } from '~/institution/build/institutionFile';
import { resolveDeployment } from '~/site/deployment';

// content/data/institution.yaml: optional, every field optional, and a mistake
// names the file and the field (the build reads it with these functions in
// astro.config.mjs before any page exists).

const projects: string[] = [];
function project(yaml?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'institution-'));
  projects.push(root);
  if (yaml !== undefined) {
    mkdirSync(join(root, 'content/data'), { recursive: true });
    writeFileSync(join(root, INSTITUTION_FILE), yaml);
  }
  return root;
}
afterEach(() => {
  for (const root of projects.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('readInstitution', () => {
  it('gives the generic guide (no name, no programmes, no embedding) without the file, or with an empty one', () => {
    const generic = { programmes: [], embedOrigins: [] };
    expect(readInstitution(project())).toEqual(generic);
    expect(readInstitution(project(''))).toEqual(generic);
    expect(readInstitution(project('institution:\n'))).toEqual(generic);
  });

  it('reads the example file in docs/ as it is', () => {
    const data = readInstitution(join(import.meta.dirname, '../..')); // the project itself has no file: the generic guide
    expect(data.organisation).toBeUndefined();
    const example = readInstitution(project(readFileSync(join(import.meta.dirname, '../../docs/institution.example.yaml'), 'utf8')));
    expect(example.organisation).toBe('Example University School of Medicine');
    expect(example.programmes).toHaveLength(2);
    expect(example.embedOrigins).toEqual(['https://canvas.example.edu']);
  });

  it('says what to write when the file has no "institution:" key or is not YAML', () => {
    expect(() => readInstitution(project('organisation: Example\n'))).toThrow(`${INSTITUTION_FILE} must start with "institution:"`);
    expect(() => readInstitution(project('institution: [\n'))).toThrow(`${INSTITUTION_FILE} is not valid YAML`);
  });
});

describe('parseInstitution', () => {
  const mistake = (data: unknown) => {
    try {
      parseInstitution(data);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('expected a mistake');
  };

  it('names the file and the field of each mistake', () => {
    const message = mistake({ organisation: '', programmes: [{ name: 'Mentors', link: 'mentors.example.edu', line: 'One line.' }] });
    expect(message).toContain(INSTITUTION_FILE);
    expect(message).toContain('organisation:');
    expect(message).toContain('programmes.0.link: A link is a full address');
  });

  it('refuses a misspelt field rather than ignoring it', () => {
    expect(mistake({ organization: 'Example University' })).toMatch(/organization/);
  });

  it.each(['https://canvas.example.edu/courses/1', '*', "https://lms.example.edu 'unsafe-inline'", 'canvas.example.edu', 'ftp://lms.example.edu'])(
    'refuses %s as an embed origin: only scheme and host may go into frame-ancestors',
    (origin) => {
      expect(mistake({ embedOrigins: [origin] })).toContain('embedOrigins.0: Write an origin only');
    },
  );

  it('accepts origins with a port or a trailing slash, written as origins', () => {
    expect(parseInstitution({ embedOrigins: ['https://moodle.example.edu/', 'http://127.0.0.1:4812'] }).embedOrigins).toEqual([
      'https://moodle.example.edu',
      'http://127.0.0.1:4812',
    ]);
  });

  it('takes a logo only as an SVG in public/, and a mailto: link as a contact', () => {
    expect(mistake({ logo: 'logo.png' })).toContain('logo: The logo is an SVG file in public/');
    expect(mistake({ logo: '/../secret.svg' })).toContain('logo:');
    expect(parseInstitution({ logo: '/logo.svg', programmes: [{ name: 'Office', link: 'mailto:fd@example.edu', line: 'Ask us.' }] }).logo).toBe('/logo.svg');
  });
});

describe('the public address from institution.yaml', () => {
  it('stands in for SITE_URL and SITE_BASE, each only when it is not set', () => {
    const url = 'https://medicine.example.edu/mentoring/';
    expect(resolveDeployment({}, url)).toEqual({ site: 'https://medicine.example.edu', base: '/mentoring/' });
    expect(resolveDeployment({ SITE_URL: 'https://owner.github.io', SITE_BASE: '/guide/' }, url)).toEqual({ site: 'https://owner.github.io', base: '/guide/' });
    expect(resolveDeployment({})).toEqual({ site: undefined, base: '/' });
  });
});
