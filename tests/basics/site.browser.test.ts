/** The built site in headless Chromium: rendering, the map, narrow screens, languages and search. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { samplePaths } from '../helpers/sample.ts';

const site = inject('siteUrl');
const browser = useBrowser();

/** Opens a page and records console errors and failed or off-site requests. */
async function open(path: string, options: { width?: number; javaScript?: boolean; colorScheme?: 'light' | 'dark' } = {}) {
  const context = await browser().newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    javaScriptEnabled: options.javaScript ?? true,
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(site).origin;
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A request cut short by moving on to the next page (ERR_ABORTED) has not failed.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('request', (r) => !r.url().startsWith(origin) && !r.url().startsWith('data:') && problems.push(`off-site request: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(new URL(path, site).href, { waitUntil: 'networkidle' });
  return { page, problems, close: () => context.close() };
}

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('pages render', () => {
  it('home shows who ASEC is, the map, the countries and the leaders, with no errors', async () => {
    const { page, problems, close } = await open('');
    await expect(page.locator('h1').innerText()).resolves.toBe('Asian Solidarity Economy Council');
    expect(await page.locator('svg a.country-map__member').count()).toBe(16);
    expect(await page.locator('.country-list a').count()).toBe(16);
    expect(await page.locator('.person-card').count()).toBe(3);
    expect(await page.locator('svg').first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('a country page shows its name, native name and sourced facts', async () => {
    const { page, problems, close } = await open('countries/bangladesh/');
    await expect(page.locator('h1').innerText()).resolves.toBe('Bangladesh');
    await expect(page.locator('.facts-box [lang="bn"]').first().innerText()).resolves.toBe('বাংলাদেশ');
    expect(await page.locator('.facts li').count()).toBeGreaterThan(0);
    expect(await page.locator('#sources-heading').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('a sample of every template in every script renders without a console error or a failed request', async () => {
    const paths = samplePaths();
    expect(paths.length).toBeGreaterThan(50);
    const { page, problems, close } = await open('');
    for (const path of paths) {
      await page.goto(new URL(path, site).href, { waitUntil: 'load' });
      expect(await page.locator('h1').count(), path).toBe(1);
      expect(await page.locator('h1').innerText(), path).not.toBe('');
    }
    expect(problems).toEqual([]);
    await close();
  }, 120_000);
});

describe('the map', () => {
  it('a country on the map opens its page, by mouse and by keyboard', async () => {
    const { page, problems, close } = await open('');
    await page.locator('svg a[data-code="TH"]').click();
    await page.waitForURL(/\/countries\/thailand\/$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Thailand');

    await page.goto(site, { waitUntil: 'networkidle' });
    await page.locator('svg a[data-code="SG"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/countries\/singapore\/$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Singapore');
    expect(problems).toEqual([]);
    await close();
  });
});

describe('keyboard', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const { page, close } = await open('about/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await close();
  });
});

describe('narrow screens', () => {
  // Each page is loaded once and measured at both widths.
  const widths = [320, 360] as const;
  const overflowAt = async (page: Page, label: string) => {
    const found: string[] = [];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) found.push(`${label} at ${width} px: ${overflow} px too wide`);
    }
    return found;
  };

  it(`no page of the sample scrolls sideways at ${widths.join(' or ')} px, nor with the language menu open`, async () => {
    const { page, close } = await open('', { width: widths[0] });
    const found: string[] = [];
    for (const path of samplePaths()) {
      await page.goto(new URL(path, site).href);
      found.push(...(await overflowAt(page, path || '/')));
    }
    for (const path of ['', 'ur/countries/pakistan/', 'km/']) {
      await page.goto(new URL(path, site).href);
      await page.locator('.language-menu summary').click();
      found.push(...(await overflowAt(page, `${path || '/'}, menu open`)));
    }
    await close();
    expect(found).toEqual([]);
  });
});

describe('search', () => {
  it('a query finds the page that holds it, first', async () => {
    const { page, problems, close } = await open('search/');
    const input = page.locator('#search-input');
    await input.fill('SANASA');
    const first = page.locator('#search-results a').first();
    await first.waitFor({ timeout: 10_000 });
    expect(new URL(await first.getAttribute('href') ?? '', site).pathname).toMatch(/\/countries\/sri-lanka\/$/);
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
    const marked = await page.locator('#search-results mark').first().evaluate((mark) => [mark.textContent, mark.nextSibling?.textContent ?? '']);
    expect(marked[0]).toMatch(/^cooperative/i);
    expect(marked[1]).toMatch(/^($|[\s.,;:)’'"])/);
    // Focus moves to the first new result, for keyboard and screen-reader users.
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[5])).toBe(true);
    await page.locator('#search-input').fill('zqxjvw');
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.startsWith('No page matches'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('zqxjvw');
    expect(await page.locator('#search-more').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await close();
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
