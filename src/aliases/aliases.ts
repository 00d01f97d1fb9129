/**
 * Short and old addresses (aliases) that lead to a page of the guide, from
 * content/data/aliases.yaml. Addresses are paths inside the site, written from
 * its root ("/quiz/"); the deployment's base path is added when pages are built.
 * Every check names the alias it is about, because a faculty author edits the file.
 */

/** An alias as written in the content file: the short address and where it leads. */
export interface AliasEntry {
  from: string;
  to: string;
}

/** A checked alias: both addresses relative to the site base, with a trailing slash ('' is the home page). */
export interface Alias {
  from: string;
  /** The page it leads to. */
  to: string;
  /** A section of that page, when the alias leads to one (without the '#'). */
  fragment?: string;
}

/** What the built site contains: each real page's path (as in Alias) and the ids on it. */
export type SitePages = ReadonlyMap<string, ReadonlySet<string>>;

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Folders the build writes assets into; an alias there would collide with them. */
const RESERVED_FOLDERS = ['_astro', 'og', 'pagefind'];

/** "/quiz", "quiz/" or "/quiz/" → "quiz/"; "/" → "". Throws a message for anything that is not a plain path. */
export function normalisePath(raw: string): string {
  const value = raw.trim();
  if (/^[a-z]+:/i.test(value) || value.startsWith('//')) throw new Error(`"${raw}" is a full web address; write a path from the site root, such as /model/.`);
  if (/[?#\s]/.test(value)) throw new Error(`"${raw}" must be a plain path such as /model/, without spaces, "?" or "#".`);
  const segments = value.split('/').filter(Boolean);
  for (const segment of segments) {
    if (!SEGMENT.test(segment)) {
      throw new Error(`"${raw}" has "${segment}": use lowercase letters, digits and single hyphens between slashes.`);
    }
  }
  return segments.length ? `${segments.join('/')}/` : '';
}

/** Shows a path as readers write it: "quiz/" → "/quiz/". */
export function displayPath(path: string, fragment?: string): string {
  return `/${path}${fragment ? `#${fragment}` : ''}`;
}

function aliasFrom(entry: AliasEntry): Alias {
  const from = normalisePath(entry.from);
  if (from === '') throw new Error('the home page cannot be an alias.');
  if (RESERVED_FOLDERS.includes(from.split('/')[0])) throw new Error(`/${from.split('/')[0]}/ is where the site keeps its files; choose another address.`);
  const [path, fragment, ...rest] = entry.to.trim().split('#');
  if (rest.length > 0 || fragment === '') throw new Error(`its target "${entry.to}" has a stray "#".`);
  return { from, to: normalisePath(path), ...(fragment !== undefined && { fragment }) };
}

/**
 * Normalises the alias map and checks what can be checked from the map alone:
 * well-formed addresses, no alias listed twice, none leading to itself, to
 * another alias (a chain) or round in a loop. Throws one message listing every problem.
 */
export function parseAliases(entries: readonly AliasEntry[], file = 'content/data/aliases.yaml'): Alias[] {
  const problems: string[] = [];
  const aliases: Alias[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    try {
      const alias = aliasFrom(entry);
      const earlier = seen.get(alias.from);
      if (earlier !== undefined) {
        problems.push(`Alias "${entry.from}" is listed twice (also as "${earlier}"); keep one.`);
        continue;
      }
      seen.set(alias.from, entry.from);
      aliases.push(alias);
    } catch (error) {
      problems.push(`Alias "${entry.from}": ${(error as Error).message}`);
    }
  }
  const byFrom = new Map(aliases.map((alias) => [alias.from, alias]));
  for (const alias of aliases) {
    if (alias.to === alias.from) {
      problems.push(`Alias "${displayPath(alias.from)}" leads to itself.`);
      continue;
    }
    const next = byFrom.get(alias.to);
    if (!next) continue;
    const route = [alias.from, alias.to];
    let step: Alias | undefined = next;
    while (step && !route.slice(0, -1).includes(step.to)) {
      route.push(step.to);
      step = byFrom.get(step.to);
    }
    if (step) {
      problems.push(`Alias "${displayPath(alias.from)}" is part of a loop: ${[...route, step.to].map((path) => displayPath(path)).join(' → ')}.`);
    } else {
      const final = route[route.length - 1];
      problems.push(
        `Alias "${displayPath(alias.from)}" leads to "${displayPath(alias.to)}", which is itself an alias; point it straight at "${displayPath(final)}".`,
      );
    }
  }
  if (problems.length) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return aliases;
}

/** Aliases that take the address of a real page (e.g. a page was renamed back), as problems. */
export function shadowingProblems(aliases: readonly Alias[], realPaths: Iterable<string>): string[] {
  const real = new Set(realPaths);
  return aliases
    .filter((alias) => real.has(alias.from))
    .map((alias) => `Alias "${displayPath(alias.from)}" takes the address of a real page; remove the alias or rename the page.`);
}

/**
 * Checks the aliases against the pages the site really has: none takes the
 * address of a real page, and each leads to an existing page (and section).
 * Returns the problems (empty when all is well).
 */
export function aliasTargetProblems(aliases: readonly Alias[], pages: SitePages): string[] {
  const problems = shadowingProblems(aliases, pages.keys());
  for (const alias of aliases) {
    const name = `Alias "${displayPath(alias.from)}"`;
    const ids = pages.get(alias.to);
    if (!ids) problems.push(`${name} leads to "${displayPath(alias.to)}", but the site has no page there.`);
    else if (alias.fragment && !ids.has(alias.fragment)) {
      problems.push(`${name} leads to "${displayPath(alias.to, alias.fragment)}", but that page has no section "#${alias.fragment}".`);
    }
  }
  return problems;
}
