/**
 * The changed copy of the project (tests/helpers/changed-site.ts), for what the real content cannot
 * show. The outdated rule end to end: the English About page has changed since its translations were made, so the built
 * translations say so, link to the English page, and the status page lists them as outdated;
 * translations of unchanged pages stay drafts. A translation without its record (which
 * the content check refuses, here bypassed) is outdated on its page and on the status page alike. A page whose translation is missing (every page of
 * the real site has one) shows English, marked as English, with a way to help. And the MDX example
 * of CONTRIBUTING.md: built, with its HTML tags kept and everything that would run removed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedSite, untranslated } from '../helpers/changed-site.ts';

const root = process.cwd();
const { root: copy, page } = changedSite();

describe('a translation whose English page has changed', () => {
  it.each(['th', 'ur', 'zh-hans', 'km'])('/%s/about/ says the English page has changed, and links to it', (locale) => {
    const notice = page(`${locale}/about`).querySelector('.notice--outdated');
    expect(notice).not.toBeNull();
    expect(notice!.querySelector('a')!.getAttribute('href')).toBe('/about/');
    // The same wording as the language's interface string, not English.
    const strings = readFileSync(join(root, 'content/ui', `${locale}.yaml`), 'utf8');
    const outdated = /^translation\.outdated:\s*"?(.+?)"?\s*$/m.exec(strings)![1]!;
    expect(notice!.text).toContain(outdated);
  });

  it('pages whose English has not changed stay drafts', () => {
    expect(page('th/five-dimensions').querySelector('.notice--outdated')).toBeNull();
    expect(page('th/five-dimensions').querySelector('.notice')).not.toBeNull();
  });

  it('the status page lists it as outdated', () => {
    const row = page('th/translations').querySelector('tr#about');
    expect(row?.querySelector('.status--outdated')).not.toBeNull();
    expect(page('th/translations').querySelector('tr#five-dimensions .status--draft')).not.toBeNull();
  });
});

describe('a translation without its record', () => {
  it('is outdated on its own page and on the status page alike, and stays in its language and its search index', () => {
    const d = page('vi/network');
    expect(d.querySelector('.notice--outdated')).not.toBeNull();
    expect(d.querySelector('h1')!.hasAttribute('lang')).toBe(false);
    expect(d.querySelector('[data-pagefind-body]')).not.toBeNull();
    expect(page('vi/translations').querySelector('tr#network .status--outdated')).not.toBeNull();
  });
});

describe('a page without a translation', () => {
  const cases = [
    ['th', 'history', 'history'],
    ['ur', 'countries/japan', 'countries-japan'],
    ['km', 'leaders/eri-trinurini-adhi', 'leaders-eri-trinurini-adhi'],
  ] as const;
  it.each(cases)('/%s/%s/ shows English, marked as English, with a notice and a way to help', (locale, route, row) => {
    const d = page(`${locale}/${route}`);
    expect(d.querySelector('.prose')!.getAttribute('lang')).toBe('en');
    // Indexed by its title and the headings in the reader's language, marked as English (tests/search/fallback.rebuild.test.ts).
    expect(d.querySelector('[data-pagefind-body]')?.getAttribute('data-pagefind-meta')).toBe('language:en');
    const notice = d.querySelector('.notice');
    expect(notice?.getAttribute('lang') ?? null).toBeNull();
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe(`/${locale}/translations/#${row}`);
    expect(page(`${locale}/translations`).querySelector(`tr#${row} .status--missing`)).not.toBeNull();
    // "Translate this page": GitHub's new file at the right path, the English text in it where it fits.
    const file = untranslated.find((f) => f.includes(`/${locale}/`))!;
    const link = new URL(d.querySelector('.edit-link a')!.getAttribute('href')!);
    expect(`${link.origin}${link.pathname}`).toBe('https://github.com/example/asec-site/new/main');
    expect(link.searchParams.get('filename')).toBe(`content/${file}`);
    const english = readFileSync(join(root, 'content', file.replace(`/${locale}/`, '/en/')), 'utf8');
    const value = link.searchParams.get('value');
    if (value !== null) expect(value.replace(/\ntranslation:\n {2}source: "[0-9a-f]{12}"\n {2}reviewed: false/, '')).toBe(english);
    else expect(encodeURIComponent(english).length).toBeGreaterThan(7000);
  });
});

describe('an MDX page', () => {
  it('is built with its Markdown and plain HTML, and nothing that runs', () => {
    const html = readFileSync(join(copy, 'dist/mdx-example/index.html'), 'utf8');
    const prose = page('mdx-example').querySelector('.prose')!;
    expect(prose.querySelector('strong')!.text).toBe('MDX');
    expect(prose.querySelector('kbd')!.text).toBe('Tab');
    expect(prose.querySelector('sub')!.text).toBe('2');
    expect(prose.querySelector('a[href="/about/"]')).not.toBeNull();
    expect(html).not.toContain('never runs');
    expect(prose.querySelector('script')).toBeNull();
    expect(prose.text).not.toContain('2 and'); // {1 + 1} was not evaluated
  });
});
