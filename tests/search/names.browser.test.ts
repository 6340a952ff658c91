/**
 * Every member country's name, as the language's `Intl.DisplayNames` writes it, typed into the
 * search page of each language, finds that country's page first. The name is taken both from
 * Node (what the build sees) and from Chromium (what a reader's browser writes), where they differ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, inject, it } from 'vitest';
import { localeKeys, locales } from '../../src/i18n/locales.ts';
import { memberCodes } from '../../src/site/members.ts';
import { useBrowser } from '../helpers/browser.ts';
import { pathIn } from '../helpers/dist.ts';
import { searchAll } from './search-page.ts';

const site = inject('siteUrl');
const browser = useBrowser();

/** Each member country's code and its page, from the English country files. */
const countries = readdirSync('content/countries/en')
  .filter((f) => f.endsWith('.md'))
  .map((f) => ({
    code: (parseFrontmatter(readFileSync(`content/countries/en/${f}`, 'utf8')).frontmatter as { code: string }).code,
    route: `countries/${f.replace(/\.md$/, '')}`,
  }));

describe('a country named as Intl.DisplayNames names it finds its page first', () => {
  it('every member country has a page', () => {
    expect(countries.map((c) => c.code).sort()).toEqual([...memberCodes].sort());
  });

  it.each(localeKeys)(
    '%s',
    async (locale) => {
      const { lang } = locales[locale];
      const context = await browser().newContext();
      const page = await context.newPage();
      await page.goto(new URL(pathIn(locale, 'search'), site).href);
      const node = new Intl.DisplayNames([lang], { type: 'region' });
      const inBrowser = await page.evaluate(([l, codes]) => codes.map((c) => new Intl.DisplayNames([l], { type: 'region' }).of(c)!), [
        lang,
        countries.map((c) => c.code),
      ] as const);
      const queries = countries.flatMap(({ code, route }, i) =>
        [...new Set([node.of(code)!, inBrowser[i]!])].map((name) => ({ code, route, name })),
      );
      const results = await searchAll(
        page,
        queries.map((q) => q.name),
      );
      const searched = results.length;
      const wrong = queries.flatMap(({ code, route, name }, i) =>
        results[i]![0] === pathIn(locale, route) ? [] : [`${code} “${name}”: ${results[i]![0] ?? 'nothing found'}`],
      );
      expect(searched).toBeGreaterThanOrEqual(memberCodes.length);
      expect(wrong).toEqual([]);
      await context.close();
    },
    120_000,
  );
});
