import { describe, expect, it } from 'vitest';
import { withBase } from '~/site/paths';
import { resolveBase, resolveDeployment, resolveSite } from '~/site/deployment';

describe('withBase', () => {
  it('joins the base and a path with exactly one slash', () => {
    expect(withBase('/', '')).toBe('/');
    expect(withBase('/', 'model/')).toBe('/model/');
    expect(withBase('/mentoring/', '/model/')).toBe('/mentoring/model/');
    expect(withBase('/mentoring', 'references/#rose2005')).toBe('/mentoring/references/#rose2005');
  });
});

describe('deployment settings', () => {
  it('defaults to the root with no public address', () => {
    expect(resolveDeployment({})).toEqual({ base: '/', site: undefined });
  });

  it('normalises a sub-path however it is written', () => {
    for (const raw of ['/mentoring/', 'mentoring', '/mentoring', 'mentoring/']) expect(resolveBase(raw)).toBe('/mentoring/');
    expect(resolveBase('/faculty//mentoring/')).toBe('/faculty/mentoring/');
    expect(resolveBase(' / ')).toBe('/');
  });

  it('refuses a base that is a full address or escapes the site', () => {
    expect(() => resolveBase('https://example.edu/mentoring/')).toThrow('SITE_BASE must be a path');
    expect(() => resolveBase('/../etc/')).toThrow('SITE_BASE must be a path');
  });

  it('keeps only the origin of SITE_URL and explains a malformed one', () => {
    expect(resolveSite('https://faculty.example.edu/some/page')).toBe('https://faculty.example.edu');
    expect(() => resolveSite('faculty.example.edu')).toThrow('SITE_URL must be a full address');
    expect(() => resolveSite('ftp://faculty.example.edu')).toThrow('SITE_URL must start with https://');
  });
});
