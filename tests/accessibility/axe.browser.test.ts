/**
 * axe-core in headless Chromium, in light and dark mode: every page template in English, Thai,
 * Urdu and Khmer and one in each other language (tests/helpers/sample.ts), the language menu open,
 * the map with keyboard focus and the search page with results showing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { samplePaths } from '../helpers/sample.ts';

const site = inject('siteUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const paths = samplePaths();
const browser = useBrowser();

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

describe.each(['light', 'dark'] as const)('axe-core, %s mode', (colorScheme) => {
  it(`finds no violation on any of the ${paths.length} pages of the sample`, async () => {
    const context = await browser().newContext({ colorScheme, bypassCSP: true }); // lets axe's own script run
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(new URL(path, site).href);
      for (const v of await violations(page)) found.push(`${path || '/'}: ${v}`);
    }
    await context.close();
    expect(found).toEqual([]);
  }, 90_000);

  it('finds none on the search page with results, nor with keyboard focus on the map', async () => {
    const context = await browser().newContext({ colorScheme, bypassCSP: true }); // lets axe's own script run
    const page = await context.newPage();
    // Results open, with the type filter and counts: English, Urdu (right to left) and Khmer.
    for (const [path, query] of [['search/', 'cooperative'], ['ur/search/', 'صوبے'], ['km/search/', 'កសិកម្ម']] as const) {
      await page.goto(new URL(path, site).href);
      await page.locator('#search-input').fill(query);
      await page.locator('#search-results a').first().waitFor();
      expect(await violations(page), `${path} with results`).toEqual([]);
    }
    await page.goto(site);
    await page.locator('svg a[data-code="IN"]').focus();
    expect(await violations(page)).toEqual([]);
    for (const path of ['ur/', 'my/countries/myanmar/']) {
      await page.goto(new URL(path, site).href);
      await page.locator('.language-menu summary').click();
      expect(await violations(page), `${path} with the language menu open`).toEqual([]);
    }
    await context.close();
  });
});

describe('axe-core itself', () => {
  it('reports a page with real problems', async () => {
    const page = await browser().newPage();
    await page.setContent('<html><body><img src="x.png"><a href="/"></a><p style="color:#777;background:#888">low contrast</p></body></html>');
    expect((await violations(page)).length).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});
