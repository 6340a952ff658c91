/**
 * Two clean builds of the changed copy of the project (tests/helpers/changed-site.ts), each from an
 * empty output folder and a cleared content cache, give the same bytes: what is deployed can be
 * rebuilt and compared. The copy has a repository configured and some translations not made yet,
 * so its pages show the "Edit this page" links and the "Translate this page" ones, which the main
 * build shows only where a repository is known.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, changedSite, repository as repo, untranslated } from '../helpers/changed-site.ts';

const { root, dist } = changedSite();
const again = join(root, 'dist-again');
const outDirs = [dist, again];

function fingerprint(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return new Map(
    files.map((d) => {
      const file = join(d.parentPath, d.name);
      return [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
    }),
  );
}

beforeAll(() => build(root, again), 180_000);
afterAll(() => rmSync(again, { recursive: true, force: true }));

describe('reproducible builds', () => {
  it('two clean builds are byte-identical', () => {
    const [a, b] = outDirs.map(fingerprint);
    expect(a!.size).toBeGreaterThan(50);
    const differing = [...new Set([...a!.keys(), ...b!.keys()])].filter((f) => a!.get(f) !== b!.get(f));
    expect(differing).toEqual([]);
  });
});

describe('"Edit this page" and "Translate this page" links', () => {
  it('every page links to its own source file, or on a page shown in English to the translation to start', () => {
    const dir = outDirs[0]!;
    const pages = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
      (d) => d.isFile() && d.name.endsWith('.html') && !d.parentPath.includes('pagefind'),
    );
    expect(pages.length).toBeGreaterThan(400);
    const seen = new Set<string>();
    let translate = 0;
    for (const page of pages) {
      const doc = parse(readFileSync(join(page.parentPath, page.name), 'utf8'));
      const links = doc.querySelectorAll('.edit-link a');
      const name = relative(dir, join(page.parentPath, page.name));
      expect(links, name).toHaveLength(1);
      const href = links[0]!.getAttribute('href')!;
      if (href.startsWith(`${repo}/new/main?`)) {
        // A missing translation: the file to create sits beside the English original, in the page's language folder.
        const file = new URL(href).searchParams.get('filename') ?? '';
        const [, collection, locale, slug] = /^content\/(pages|countries|people)\/([\w-]+)\/([\w-]+\.mdx?)$/.exec(file) ?? [];
        expect(collection, `${name} -> ${file}`).toBeDefined();
        expect(name.startsWith(`${locale}/`), `${name} -> ${file}`).toBe(true);
        expect(existsSync(join(root, file)), `${name} -> ${file} exists already`).toBe(false);
        expect(existsSync(join(root, `content/${collection}/en/${slug}`)), `${name} -> English of ${file}`).toBe(true);
        translate++;
        continue;
      }
      expect(href, name).toMatch(new RegExp(`^${repo}/edit/main/content/.+\\.(md|mdx|yaml)$`));
      const file = decodeURIComponent(href.slice(`${repo}/edit/main/`.length));
      expect(existsSync(join(root, file)), `${name} -> ${file}`).toBe(true);
      seen.add(file);
    }
    // Pages built from a content file point to that file, not to a shared one.
    expect(seen.has('content/countries/en/japan.md')).toBe(true);
    expect(seen.has('content/people/en/eri-trinurini-adhi.md')).toBe(true);
    expect(seen.has('content/pages/en/home.md')).toBe(true);
    expect(seen.has('content/pages/th/five-dimensions.md')).toBe(true);
    expect(seen.has('content/ui/ur.yaml')).toBe(true);
    // One "Translate this page" link per translation not made yet, counted from the copy's content/
    // (the real site has every draft; the copy has some taken out).
    const languages = readdirSync(join(root, 'content/ui'))
      .map((f) => f.replace(/\.yaml$/, ''))
      .filter((l) => l !== 'en');
    const notYet = ['pages', 'countries', 'people'].flatMap((c) =>
      readdirSync(join(root, 'content', c, 'en')).flatMap((f) => languages.filter((l) => !existsSync(join(root, 'content', c, l, f)))),
    );
    // The translations taken out, and the MDX example's in every language (it has none).
    expect(notYet).toHaveLength(untranslated.length + languages.length);
    expect(translate).toBe(notYet.length);
  });
});
