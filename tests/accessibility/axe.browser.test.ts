/**
 * axe-core in headless Chromium, in light mode and (its colour rules) in dark mode: every page template in English, Thai,
 * Urdu and Khmer and one in each other language (tests/helpers/sample.ts), the language menu open,
 * the map with keyboard focus and the search page with results showing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { samplePaths } from '../helpers/sample.ts';

const site = inject('siteUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const paths = samplePaths();
const browser = useBrowser();

/** Every WCAG 2.2 A/AA and best-practice rule. */
const allRules = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };
/**
 * Dark mode changes nothing but the colours (custom properties under prefers-color-scheme in
 * src/styles/global.css): there, the rules about colour are the ones that can answer differently.
 */
const colourRules = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };

async function violations(page: Page, runOnly: object = allRules): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (only) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: only });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, runOnly);
}

/** Every rule in light mode, then the colour rules in dark mode, on the page as it stands. */
async function bothModes(page: Page, label: string): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = (await violations(page, allRules)).map((v) => `${label} (light): ${v}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = (await violations(page, colourRules)).map((v) => `${label} (dark): ${v}`);
  return [...light, ...dark];
}

describe('axe-core, light and dark mode', () => {
  // One test per page: a slow machine is slower, not red, and a failure names its page.
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    context = await browser().newContext({ bypassCSP: true }); // lets axe's own script run
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it.each(paths)('finds no violation on /%s', async (path) => {
    await page!.goto(new URL(path, site).href);
    expect(await bothModes(page!, path || '/')).toEqual([]);
  });

  it('finds none on the search page with results, nor with keyboard focus on the map, nor with the language menu open', async () => {
    const context = await browser().newContext({ bypassCSP: true }); // lets axe's own script run
    const page = await context.newPage();
    const found: string[] = [];
    // Results open, with the type filter and counts: English, Urdu (right to left) and Khmer.
    for (const [path, query] of [
      ['search/', 'cooperative'],
      ['ur/search/', 'صوبے'],
      ['km/search/', 'កសិកម្ម'],
    ] as const) {
      await page.goto(new URL(path, site).href);
      await page.locator('#search-input').fill(query);
      await page.locator('#search-results a').first().waitFor();
      found.push(...(await bothModes(page, `${path} with results`)));
    }
    await page.goto(site);
    await page.locator('svg a[data-code="IN"]').focus();
    found.push(...(await bothModes(page, 'the map with keyboard focus')));
    for (const path of ['ur/', 'my/countries/myanmar/']) {
      await page.goto(new URL(path, site).href);
      await page.locator('.language-menu summary').click();
      found.push(...(await bothModes(page, `${path} with the language menu open`)));
    }
    await context.close();
    expect(found).toEqual([]);
  });
});

describe('axe-core itself', () => {
  it('reports a page with real problems', async () => {
    const page = await browser().newPage();
    await page.setContent(
      '<html><body><img src="x.png"><a href="/"></a><p style="color:#777;background:#888">low contrast</p></body></html>',
    );
    expect((await violations(page)).length).toBeGreaterThanOrEqual(3);
    expect((await violations(page, colourRules)).map((v) => v.split(':')[0])).toEqual(['color-contrast']);
    // A page readable in light mode but not in dark mode is caught in dark mode.
    await page.setContent(
      '<html lang="en"><head><title>t</title><style>@media (prefers-color-scheme: dark) { p { color: #333; background: #222; } }</style></head><body><main><h1>Title</h1><p>Dark only</p></main></body></html>',
    );
    expect((await bothModes(page, 'test')).map((v) => v.split(':').slice(0, 2).join(':'))).toEqual(['test (dark): color-contrast']);
    await page.close();
  });
});
