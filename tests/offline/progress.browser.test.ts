/**
 * The "Read offline" progress bar: drawn in a colour of the site's own stylesheet (not the
 * browser's blue) that stands out from its track by at least 3:1, in light and dark mode; and its
 * text ("Saving: n of m files") says what the bar shows after every progress message.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { distDir } from '../helpers/dist.ts';
import { fill, offlineList, stringsOf, visitServed } from './helpers.ts';
import { locales } from '../../src/i18n/locales.ts';

const browser = useBrowser();
const th = stringsOf('th');

/** The colour of one pixel of the page as drawn, [r, g, b], read from a 1×1 PNG screenshot. */
async function pixel(page: Page, x: number, y: number): Promise<number[]> {
  const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
  const data: Buffer[] = [];
  let colourType = 0;
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IHDR') colourType = png[at + 8 + 9]!;
    if (type === 'IDAT') data.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  expect([2, 6]).toContain(colourType); // RGB or RGBA, 8 bits
  // One row of one pixel: a filter byte, then the pixel (every filter leaves a first pixel as it is).
  return [...inflateSync(Buffer.concat(data)).subarray(1, 4)];
}

const hex = (rgb: number[]) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
/** WCAG relative luminance and contrast ratio. */
const luminance = (rgb: number[]) => {
  const [r, g, b] = rgb.map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: number[], b: number[]) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

// The colour properties of the site's stylesheet; their values depend on the colour scheme.
const colourProperties = [
  ...new Set([...readFileSync('src/styles/global.css', 'utf8').matchAll(/(--[\w-]+):\s*#[0-9a-f]{3,8}\s*;/gi)].map((m) => m[1]!)),
];

describe('the Read offline progress bar', () => {
  it('reads the colours of the stylesheet', () => {
    expect(colourProperties.length).toBeGreaterThan(5);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`is drawn in a colour of the site, at least 3:1 against its track (${colorScheme})`, async () => {
      const { page, close } = await visitServed(browser(), 'th/offline/', distDir, { colorScheme });
      const site = await page.evaluate(
        (names) => names.map((name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim().toLowerCase()),
        colourProperties,
      );
      // The bar as a save shows it, half way.
      const bar = page.locator('#offline-progress');
      await bar.evaluate((element: HTMLProgressElement) => {
        element.hidden = false;
        element.max = 10;
        element.value = 5;
      });
      const box = (await bar.boundingBox())!;
      expect(box.width).toBeGreaterThan(40);
      const done = await pixel(page, box.x + box.width / 4, box.y + box.height / 2);
      const left = await pixel(page, box.x + (box.width * 3) / 4, box.y + box.height / 2);
      console.log(`${colorScheme}: bar ${hex(done)}, track ${hex(left)}, contrast ${contrast(done, left).toFixed(1)}:1`);
      expect(site, `the bar's colour ${hex(done)}`).toContain(hex(done));
      expect(contrast(done, left), `${hex(done)} against ${hex(left)}`).toBeGreaterThanOrEqual(3);
      await close();
    });
  }

  it('says what the bar shows after every progress message', async () => {
    const { files } = offlineList('th');
    const { server, at, page, close } = await visitServed(browser(), 'th/offline/');
    // A slow connection for pages, so a save sends its progress over a few seconds.
    for (const { url } of files.filter((f) => f.url.endsWith('/'))) server.misbehave(new URL(at(url)).pathname, { delay: 150 });
    await page.locator('#offline-save').waitFor({ state: 'visible' });
    // Heard after the page's own script (listeners run in the order they were added).
    await page.evaluate(() => {
      const seen: { value: number; max: number; text: string | null }[] = [];
      Object.assign(window, { seen });
      navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type: string }>) => {
        if (event.data.type !== 'progress') return;
        const bar = document.getElementById('offline-progress') as HTMLProgressElement;
        seen.push({ value: bar.value, max: bar.max, text: document.getElementById('offline-status')!.textContent });
      });
    });
    await page.locator('#offline-save').click();
    await expect
      .poll(() => page.locator('#offline-status').innerText(), { timeout: 60_000 })
      .toBe(fill(th['offline.saved']!, { language: locales.th.label }));
    const seen = await page.evaluate(() => (window as unknown as { seen: { value: number; max: number; text: string }[] }).seen);
    // A message for the start and one for each file downloaded.
    expect(seen.length).toBeGreaterThan(20);
    const numbers = new Intl.NumberFormat(locales.th.lang);
    const said = (value: number, max: number) => fill(th['offline.progress']!, { done: numbers.format(value), count: numbers.format(max) });
    expect(seen.filter((s) => s.text !== said(s.value, s.max))).toEqual([]);
    const last = seen.at(-1)!;
    expect(last.value).toBe(last.max);
    await close();
  });
});
