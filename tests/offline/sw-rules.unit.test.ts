/** The service worker's rules of trust: its own caches only, and messages only from its own pages. */
import { describe, expect, it } from 'vitest';
import { fromOwnPage, ownCaches } from '../../src/offline/worker-rules.ts';

describe('which caches the worker answers from', () => {
  const names = [
    'asec /asec-site/ v2 files',
    'planted',
    'asec /other-site/ v9 pages',
    'asec /asec-site/ saved th',
    'asec /asec-site/ v1 pages',
    'asec /asec-site/ v2 pages',
    'asec /asec-site/ saved km',
  ];

  it("this deploy's pages and files, then saved languages; never another site's or an older deploy's", () => {
    expect(ownCaches(names, '/asec-site/', 'v2')).toEqual([
      'asec /asec-site/ v2 pages',
      'asec /asec-site/ v2 files',
      'asec /asec-site/ saved km',
      'asec /asec-site/ saved th',
    ]);
  });

  it("a site at the origin's root does not read a project site's caches", () => {
    expect(ownCaches([...names, 'asec / v2 pages'], '/', 'v2')).toEqual(['asec / v2 pages']);
  });

  it('only caches that exist', () => {
    expect(ownCaches([], '/', 'v2')).toEqual([]);
  });
});

describe('who may ask the worker to save or remove', () => {
  const origin = 'https://owner.github.io';
  it.each([
    ['a page of the site', origin, `${origin}/asec-site/th/offline/`, true],
    ["the site's own root", origin, `${origin}/asec-site/`, true],
    ['another project site on the same origin', origin, `${origin}/other-site/`, false],
    ['a path that only starts like the site', origin, `${origin}/asec-site-2/`, false],
    ['another origin', 'https://evil.example', 'https://evil.example/asec-site/', false],
    ['a message without a source page', origin, undefined, false],
  ] as const)('%s', (_, from, url, allowed) => {
    expect(fromOwnPage(from, url, origin, '/asec-site/')).toBe(allowed);
  });
});
