import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { institutionSchema, type Institution } from '~/institution/institution.schema';

// The Node reader of content/data/institution.yaml, for what needs the file
// before pages exist: astro.config.mjs (the site's address) and the header
// files (the origins allowed to embed). Pages read the same file through its
// collection (src/content.config.ts), checked by the same schema.

export const INSTITUTION_FILE = 'content/data/institution.yaml';

/**
 * The institution file this build reads: content/data/institution.yaml, or the
 * file SITE_INSTITUTION names (from the project's root, or absolute), so that a
 * test or a preview can build another institution's guide from one checkout.
 */
export function institutionFile(env: Record<string, string | undefined> = process.env): string {
  return env.SITE_INSTITUTION?.trim() || INSTITUTION_FILE;
}

/** The file's raw data under its "institution" key; {} when the file is absent or empty. */
export function readInstitutionData(root: string, file = institutionFile()): unknown {
  const path = isAbsolute(file) ? file : join(root, file);
  if (!existsSync(path)) return {};
  let parsed: unknown;
  try {
    parsed = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid YAML: ${(error as Error).message}`);
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || !('institution' in parsed)) {
    throw new Error(`${file} must start with "institution:", with every field under it.`);
  }
  return (parsed as { institution: unknown }).institution ?? {};
}

/** Checks the data against the schema; a mistake throws, naming the file and each field. */
export function parseInstitution(data: unknown, file = institutionFile()): Institution {
  const result = institutionSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(the whole file)'}: ${issue.message}`);
  throw new Error(`${file} has a mistake:\n${problems.join('\n')}`);
}

/** The institution of the project at `root` (the generic guide's, all empty, without the file). */
export function readInstitution(root: string, file = institutionFile()): Institution {
  return parseInstitution(readInstitutionData(root, file), file);
}

/**
 * The content collection's loader: one entry, "institution", read as above
 * and checked by the collection's schema (so a missing file is the generic
 * guide, not an error, as Astro's file() loader would make it).
 */
export function institutionLoader(): Loader {
  return {
    name: 'institution-file',
    load: async ({ store, parseData, config }) => {
      const root = fileURLToPath(config.root);
      const file = institutionFile();
      const data = await parseData({ id: 'institution', data: readInstitutionData(root, file) as Record<string, unknown>, filePath: file });
      store.clear();
      store.set({ id: 'institution', data });
    },
  };
}
