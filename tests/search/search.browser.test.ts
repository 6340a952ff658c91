/**
 * The search page in Chromium: the query table typed into the real search box in every language,
 * the bytes of a first and a second search against their budgets, the type filter, counts in
 * each language's plural forms, the keyboard path, the page without JavaScript, more results, and
 * no search code on a plain page view.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse as parseHtml } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { localeKeys, locales, type Locale } from '../../src/i18n/locales.ts';
import { budgets } from '../../src/site/budgets.ts';
import { openPage, useBrowser } from '../helpers/browser.ts';
import { fileForPath, htmlPages, localeOfPath, pathIn } from '../helpers/dist.ts';
import { queries } from './queries.ts';
import { searchAll } from './search-page.ts';

const site = inject('siteUrl');
const browser = useBrowser();
const open = (path: string) => openPage(browser(), site, path);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const english = parse(readFileSync('content/ui/en.yaml', 'utf8')) as Record<string, string>;
const ui = (locale: Locale): Record<string, string> => ({
  ...english,
  ...(parse(readFileSync(`content/ui/${locale}.yaml`, 'utf8')) as Record<string, string>),
});
const searchUrl = (locale: Locale, query = '') =>
  new URL(`${pathIn(locale, 'search')}${query ? `?q=${encodeURIComponent(query)}` : ''}`, site).href;
const scriptsOf = (path: string) =>
  parseHtml(readFileSync(fileForPath(path)!, 'utf8'))
    .querySelectorAll('script[src]')
    .map((el) => el.getAttribute('src')!);
const h1Of = (path: string) =>
  parseHtml(readFileSync(fileForPath(path)!, 'utf8'))
    .querySelector('h1')!
    .text.trim();

/** Gzipped bytes of every response from now on (as GitHub Pages would send them). */
function recordBytes(page: Page) {
  let seen: { url: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => void seen.push({ url: response.url(), bytes: gzipSync(body, { level: 9 }).length }),
        () => undefined,
      ),
    );
  });
  return async () => {
    await Promise.all(pending);
    const taken = seen;
    seen = [];
    return taken;
  };
}

/** Types a query as a visitor would, presses Enter, and waits until the status line reports on it. */
async function search(page: Page, query: string) {
  const input = page.locator('#search-input');
  await input.fill('');
  await input.pressSequentially(query);
  await input.press('Enter');
  await page.waitForFunction((q) => {
    const status = document.getElementById('search-status')!.textContent ?? '';
    return status.includes(q) && document.querySelectorAll('#search-results li').length > 0;
  }, query);
}

describe('the query table, typed into the search page of each language', () => {
  it.each(localeKeys)('%s', async (locale) => {
    const rows = queries.filter((q) => q.locale === locale);
    expect(rows.length).toBeGreaterThan(0);
    const context = await browser().newContext();
    const page = await context.newPage();
    const taken = recordBytes(page);
    await page.goto(searchUrl(locale));
    // A plain view of the search page loads its own script, and nothing of Pagefind.
    const view = await taken();
    expect(view.filter((r) => r.url.includes('/pagefind/'))).toEqual([]);
    // The search code: the page's scripts but the one every page has.
    const script = view.filter(
      (r) =>
        scriptsOf(pathIn(locale, 'search')).includes(new URL(r.url).pathname) &&
        !scriptsOf(pathIn(locale, '')).includes(new URL(r.url).pathname),
    );
    expect(script).toHaveLength(1);

    // The box speaks the page's language.
    const strings = ui(locale);
    expect(await page.locator('label[for="search-input"]').textContent()).toBe(strings['search.label']);
    expect(await page.locator('#search-input').getAttribute('placeholder')).toBe(strings['search.placeholder']);

    for (const [i, row] of rows.entries()) {
      await search(page, row.query);
      const results = page.locator('#search-results li');
      const firstLink = results.first().locator('a');
      const firstPath = new URL((await firstLink.getAttribute('href'))!, page.url()).pathname;
      expect(firstPath, `“${row.query}” (${row.meaning})`).toBe(pathIn(locale, row.first));
      // The title as the page writes it (no word breaks of the index copy), and the match marked.
      expect((await firstLink.textContent())!.trim()).toBe(h1Of(firstPath));
      expect(await results.first().locator('mark').count()).toBeGreaterThan(0);
      expect(await page.locator('#search-results').textContent()).not.toContain('\u2063');

      // The favicon is the page's, not the search's.
      const responses = (await taken()).filter((r) => !r.url.endsWith('/favicon.svg'));
      const bytes = responses.reduce((sum, r) => sum + r.bytes, 0) + (i === 0 ? script[0]!.bytes : 0);
      const budget = i === 0 ? budgets.firstSearchBytes : budgets.secondSearchBytes;
      console.log(
        `${locale} ${i === 0 ? 'first' : 'second'} search “${row.query}”: ${kb(bytes)} in ${responses.length + (i === 0 ? 1 : 0)} files (${responses.map((r) => `${new URL(r.url).pathname.split('/').pop()} ${kb(r.bytes)}`).join(', ')}); first result ${firstPath}`,
      );
      if (i === 0) expect(responses.some((r) => r.url.includes('/pagefind/'))).toBe(true);
      expect(bytes).toBeLessThanOrEqual(budget);
    }
    await context.close();
  });
});

describe('results', () => {
  it('show their type, can be narrowed to one type, and keep the choice in the address', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const strings = ui('en');
    await page.goto(searchUrl('en'));
    await search(page, 'cooperative');
    const count = async (type: string) => Number((await page.locator(`[data-count="${type}"]`).textContent())!.replace(/\D/g, ''));
    const [all, pages, countries, leaders] = [await count(''), await count('page'), await count('country'), await count('leader')];
    expect(countries).toBeGreaterThan(1);
    expect(leaders).toBeGreaterThan(0);
    expect(pages + countries + leaders).toBe(all);
    const labels = [strings['search.typePage'], strings['search.typeCountry'], strings['search.typeLeader']];
    const types = await page.locator('#search-results .search-type').allTextContents();
    expect(types).toContain(strings['search.typeCountry']);
    for (const type of types) expect(labels).toContain(type);

    await page.getByRole('radio', { name: strings['search.filterLeaders']! }).check();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length === n, Math.min(leaders, 5));
    expect(new Set(await page.locator('#search-results .search-type').allTextContents())).toEqual(new Set([strings['search.typeLeader']]));
    // The address shows the search once the reader pauses.
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('leader');

    // The address brings the same search back.
    await page.goto(page.url());
    await page.locator('#search-results li').first().waitFor();
    expect(await page.getByRole('radio', { name: strings['search.filterLeaders']! }).isChecked()).toBe(true);
    expect(new Set(await page.locator('#search-results .search-type').allTextContents())).toEqual(new Set([strings['search.typeLeader']]));
    await context.close();
  });

  it('are counted in the plural form of the language, in its digits, in a status screen readers announce', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    /** A count as the language writes it ("১২" in Bengali), read back as a number. */
    const readNumber = (text: string, lang: string) => {
      const digits = new Map([...Array(10).keys()].map((d) => [new Intl.NumberFormat(lang).format(d), String(d)]));
      return Number([...text].map((c) => digits.get(c) ?? '').join(''));
    };
    // Sinhala says one result differently from several; Bengali writes its own digits.
    const cases = [
      ['en', 'Phitsanulok', 'one'],
      ['en', 'cooperative', 'other'],
      ['si', 'සම්බන්ධක', 'one'],
      ['bn', 'সমবায়', 'other'],
    ] as const;
    for (const [locale, query, expectedForm] of cases) {
      const { lang } = locales[locale];
      await page.goto(searchUrl(locale));
      await search(page, query);
      const status = page.locator('#search-status');
      expect(await status.getAttribute('role')).toBe('status');
      const total = readNumber((await page.locator('[data-count=""]').textContent())!, lang);
      expect(total).toBeGreaterThanOrEqual(await page.locator('#search-results li').count());
      const form = new Intl.PluralRules(lang).select(total);
      expect(form).toBe(expectedForm);
      const template = ui(locale)[`search.results.${form}`] ?? ui(locale)['search.results.other']!;
      expect(await status.textContent()).toBe(
        template.replace('{count}', new Intl.NumberFormat(lang).format(total)).replace('{query}', query),
      );
    }
    await context.close();
  });
  it('say so, in the language, when nothing matches', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    for (const locale of ['th', 'ur'] as const) {
      const query = 'zzqxj';
      await page.goto(searchUrl(locale));
      await page.locator('#search-input').pressSequentially(query);
      const none = ui(locale)['search.none']!.replace('{query}', query);
      await page.waitForFunction((text) => document.getElementById('search-status')!.textContent === text, none);
      expect(await page.locator('#search-results li').count()).toBe(0);
    }
    await context.close();
  });
});

describe('the keyboard', () => {
  it('goes to the box with /, through the results with the arrows, opens one with Enter, and clears with Escape', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(searchUrl('en'));
    const focused = () => page.evaluate(() => (document.activeElement?.id || document.activeElement?.getAttribute('href')) ?? '');
    await page.locator('body').click();
    await page.keyboard.press('/');
    expect(await focused()).toBe('search-input');
    await page.keyboard.type('cooperative');
    await page.locator('#search-results li').nth(1).waitFor();
    const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('search-input');
    await page.keyboard.press('Escape');
    expect(await page.locator('#search-input').inputValue()).toBe('');
    expect(await page.locator('#search-results li').count()).toBe(0);
    expect(await page.locator('#search-status').textContent()).toBe('');
    // The help says how, in the page's language.
    expect(await page.locator('#search-input').getAttribute('aria-describedby')).toBe('search-keys');
    expect(await page.locator('#search-keys').textContent()).toBe(ui('en')['search.keys']);

    await page.keyboard.type('Phitsanulok');
    await page.locator('#search-results li').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL((url) => url.pathname === pathIn('en', 'countries/thailand')), page.keyboard.press('Enter')]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it.each(['en', 'ur', 'km'] as const)('%s: the search page says so, and lists every page of the language', async (locale) => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(searchUrl(locale, 'cooperative'));
    expect((await page.locator('main').textContent())!).toContain(ui(locale)['search.noScript']);
    expect(await page.locator('.search-filter').isVisible()).toBe(false);
    // Named as the language menu names it.
    expect(await page.locator('#page-index-heading').textContent()).toBe(
      ui(locale)['search.allPages']!.replace('{language}', locales[locale].label),
    );
    const listed = new Set(
      await page
        .locator('.page-index a')
        .evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href')!, location.href).pathname)),
    );
    // Every page of the language but this one and those search engines are told to leave out.
    const pages = htmlPages()
      .filter(
        ({ path, file }) =>
          localeOfPath(path) === locale &&
          path.endsWith('/') &&
          path !== pathIn(locale, 'search') &&
          !readFileSync(file, 'utf8').includes('name="robots" content="noindex"'),
      )
      .map(({ path }) => path);
    expect(pages.length).toBeGreaterThan(25);
    expect([...listed].sort()).toEqual(pages.sort());
    await context.close();
  });
});

describe('the search page', () => {
  it('a query finds the page that holds it, first', async () => {
    const { page, problems, close } = await open('search/');
    const input = page.locator('#search-input');
    await input.fill('SANASA');
    const first = page.locator('#search-results a').first();
    await first.waitFor({ timeout: 60_000 });
    expect(new URL((await first.getAttribute('href')) ?? '', site).pathname).toMatch(/\/countries\/sri-lanka\/$/);
    await first.click();
    await page.waitForURL(/\/countries\/sri-lanka\//);
    expect(problems).toEqual([]);
    await close();
  });

  it('shows five results at a time, announces the count, and keeps the query in the address', async () => {
    const { page, problems, close } = await open('search/?q=cooperative');
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('cooperative');
    await page.locator('#search-results li').nth(4).waitFor();
    const status = await page.locator('#search-status').innerText();
    const count = Number(/(\d+) pages match/.exec(status)?.[1]);
    expect(count).toBeGreaterThan(5);
    expect(await page.locator('#search-results li').count()).toBe(5);
    await page.locator('#search-more').click();
    await page.locator('#search-results li').nth(5).waitFor();
    expect(await page.locator('#search-results li').count()).toBe(Math.min(10, count));
    // Matches are marked, and the words around them keep their spaces.
    const marked = await page
      .locator('#search-results mark')
      .first()
      .evaluate((mark) => [mark.textContent, mark.nextSibling?.textContent ?? '']);
    expect(marked[0]).toMatch(/^cooperative/i);
    expect(marked[1]).toMatch(/^($|[\s.,;:)’'"])/);
    // Focus moves to the first new result, for keyboard and screen-reader users.
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[5])).toBe(
      true,
    );
    await page.locator('#search-input').fill('zqxjvw');
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.startsWith('No page matches'));
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('zqxjvw');
    expect(await page.locator('#search-more').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('quick searches write the address once the reader pauses, and a result followed at once comes back with its search', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    // Counts the address changes the page makes.
    await page.addInitScript(() => {
      const replace = history.replaceState.bind(history);
      (window as unknown as { writes: number }).writes = 0;
      history.replaceState = (...args: Parameters<History['replaceState']>) => {
        (window as unknown as { writes: number }).writes++;
        replace(...args);
      };
    });
    await page.goto(searchUrl('en'));
    const typed = ['co', 'coop', 'cooperat', 'cooperative', 'solidarity', 'economy', 'network', 'asia', 'lima', 'cooperative'];
    const results = await searchAll(page, typed);
    expect(results.filter((r) => r.length > 0)).toHaveLength(typed.length);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('cooperative');
    // Twenty searches (each query after an empty one) moments apart: the address is written once, or
    // a few times on a machine slow enough to pause between them, not twenty times.
    expect(await page.evaluate(() => (window as unknown as { writes: number }).writes)).toBeLessThanOrEqual(3);

    // A new search, and its first result followed before the address caught up: Back brings that search.
    await search(page, 'solidarity');
    const first = page.locator('#search-results li a').first();
    const target = new URL((await first.getAttribute('href'))!, page.url()).href;
    await first.click();
    await page.waitForURL(target);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('solidarity');
    await expect.poll(() => page.locator('#search-input').inputValue()).toBe('solidarity');
    await page.locator('#search-results li').first().waitFor();
    await context.close();
  });

  it('a plain page view loads no search code or index', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(new URL('countries/nepal/', site).href, { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    // Its one script registers the service worker (tests/offline); nothing of search.
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => new URL(s.src).pathname));
    expect(scripts).toHaveLength(1);
    expect(requested.filter((p) => p.endsWith('.js'))).toEqual(scripts);
    await context.close();
  });
});
