/** The built site in headless Chromium: rendering, the map, narrow screens and the keyboard. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser, type OpenOptions } from '../helpers/browser.ts';
import { samplePaths } from '../helpers/sample.ts';

const site = inject('siteUrl');
const browser = useBrowser();

const open = (path: string, options?: OpenOptions) => openPage(browser(), site, path, options);
const paths = samplePaths();

/** One page, opened once for a describe block and moved from path to path by its tests. */
function useOpenPage(options?: OpenOptions) {
  let opened: Awaited<ReturnType<typeof open>> | undefined;
  beforeAll(async () => {
    opened = await open('', options);
  });
  afterAll(() => opened?.close());
  return () => opened!;
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

  it('the sample covers every template in four scripts and one in each other language', () => {
    expect(paths.length).toBeGreaterThan(50);
  });

  // One test per page: a slow machine is slower, not red, and a failure names its page.
  describe('each page of the sample', () => {
    const opened = useOpenPage();
    it.each(paths)('/%s renders its heading without a console error or a failed request', async (path) => {
      const { page, problems } = opened();
      problems.length = 0;
      await page.goto(new URL(path, site).href, { waitUntil: 'load' });
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('h1').innerText()).not.toBe('');
      expect(problems).toEqual([]);
    });
  });
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

  // One test per page: a slow machine is slower, not red, and a failure names its page.
  const opened = useOpenPage({ width: widths[0] });
  it.each(paths)(`/%s does not scroll sideways at ${widths.join(' or ')} px`, async (path) => {
    const { page } = opened();
    await page.goto(new URL(path, site).href);
    expect(await overflowAt(page, `/${path}`)).toEqual([]);
  });

  it.each(['', 'ur/countries/pakistan/', 'km/'])(
    `/%s does not scroll sideways at ${widths.join(' or ')} px with the language menu open`,
    async (path) => {
      const { page } = opened();
      await page.goto(new URL(path, site).href);
      await page.locator('.language-menu summary').click();
      expect(await overflowAt(page, `/${path}, menu open`)).toEqual([]);
    },
  );
});
