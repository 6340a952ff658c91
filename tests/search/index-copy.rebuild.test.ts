/**
 * The copy of each built page that Pagefind indexes, in the languages written with spaces: what
 * search reads from it (the main content, less what is marked to be left out) is the page's main
 * content less what search leaves out and less every passage in another language, the title
 * excepted. Read with another HTML parser than the build's, on the changed copy of the project
 * (tests/helpers/changed-site.ts), whose pages shown in English for a missing translation hold
 * such passages in the main content; the real site has every translation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { localeKeys, locales } from '../../src/i18n/locales.ts';
import { indexCopy } from '../../src/search/integration.ts';
import { baseLanguage, needsSplitting } from '../../src/search/text.ts';
import { changedSite } from '../helpers/changed-site.ts';

const { dist } = changedSite();

/** The text of the main content, less what is marked to be left out and, with `lang`, less what is in another language. */
function searchableText(html: string, lang?: string): string {
  const body = parse(html).querySelector('[data-pagefind-body]')!;
  for (const el of body.querySelectorAll('*')) {
    const own = el.getAttribute('lang');
    const other = lang !== undefined && el.tagName !== 'H1' && own !== undefined && baseLanguage(own) !== baseLanguage(lang);
    if (el.hasAttribute('data-pagefind-ignore') || other) el.remove();
  }
  return body.text;
}

/** The pages of the copy that search indexes, each with its path in dist/ and its <html lang>, read once for all languages. */
let searched: { path: string; lang: string; html: string }[] | undefined;
function searchedPages(lang: string) {
  searched ??= readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => ({ path: relative(dist, join(d.parentPath, d.name)), html: readFileSync(join(d.parentPath, d.name), 'utf8') }))
    .filter(({ html }) => html.includes('data-pagefind-body'))
    .map((page) => ({ ...page, lang: /<html lang="([^"]+)"/.exec(page.html)?.[1] ?? '' }));
  return searched.filter((page) => page.lang === lang);
}

const spaced = localeKeys.map((key) => locales[key].lang).filter((lang) => !needsSplitting(lang));

describe('the index copy of a page written with spaces', () => {
  it('is made for most languages of the site', () => {
    expect(spaced.length).toBeGreaterThan(8);
  });

  let otherLanguage = 0;
  it.each(spaced)('%s: holds the text of the page in its language, and none in another', (lang) => {
    const pages = searchedPages(lang);
    expect(pages.length).toBeGreaterThan(20);
    for (const { path, html } of pages) {
      const expected = searchableText(html, lang);
      if (expected !== searchableText(html)) otherLanguage++;
      expect(searchableText(indexCopy(html)), path).toBe(expected);
    }
  });

  it('was shown pages with passages in another language in the main content', () => {
    // ur/countries/japan/ is shown in English here, with its title in Urdu.
    expect(otherLanguage).toBeGreaterThan(0);
  });
});
