/**
 * Reading on a small screen, in every script (Chromium at 360 × 640): a compact header whose
 * navigation works without JavaScript, a table of contents on long pages, the date of the last
 * change, English text in an English font, names isolated in right-to-left text, Urdu lines that
 * do not collide, the 404 page in the address's language, menus that close on Escape and a click
 * outside, and the translation status page without broken badges or paths.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { platformFonts, scriptFonts } from '../helpers/fonts.ts';
import { localeKeys, locales, type Locale } from '../../src/i18n/locales.ts';

const site = inject('siteUrl');
const browser = useBrowser();
const phone = { viewport: { width: 360, height: 640 } } as const;
const at = (locale: Locale, route = '') => `${locale === 'en' ? '' : `${locale}/`}${route ? `${route}/` : ''}`;
const strings = (locale: Locale) => ({
  ...(parse(readFileSync(join(process.cwd(), 'content/ui/en.yaml'), 'utf8')) as Record<string, string>),
  ...(parse(readFileSync(join(process.cwd(), `content/ui/${locale}.yaml`), 'utf8')) as Record<string, string>),
});

/**
 * Opens a page of the site in a tab kept for its settings (screen size, JavaScript): each test
 * moves it to its own address, as a reader would, rather than starting a browser context of its
 * own, which costs Chromium a new renderer process every time.
 */
const tabs = new Map<string, Promise<Page>>();
afterAll(() => Promise.all([...tabs.values()].map(async (tab) => (await tab).context().close())));
async function open(path: string, options: BrowserContextOptions = phone) {
  const key = JSON.stringify(options);
  if (!tabs.has(key))
    tabs.set(
      key,
      browser()
        .newContext(options)
        .then((context) => context.newPage()),
    );
  const page = await tabs.get(key)!;
  await page.goto(new URL(path, site).href);
  // Nothing to close: the tab is reused; a test that left a menu open leaves with the address.
  return { page, close: async () => undefined };
}

describe('the header on a phone', () => {
  // A header taller than an eighth of a 640 px screen pushes the page's title out of the first view.
  const limit = 80;

  it.each(localeKeys)(`%s: at most ${limit} px tall at 360 × 640, with or without JavaScript`, async (locale) => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, close } = await open(at(locale, 'history'), { ...phone, javaScriptEnabled });
      const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
      expect(height, `${locale}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBeLessThanOrEqual(limit);
      // The page's title starts within the first screen.
      expect(await page.locator('h1').evaluate((h1) => h1.getBoundingClientRect().top)).toBeLessThan(320);
      await close();
    }
  });

  it.each(['ta', 'ur', 'en'] as const)('%s: the navigation is one tap away and works without JavaScript', async (locale) => {
    const { page, close } = await open(at(locale, 'about'), { ...phone, javaScriptEnabled: false });
    const history = page.locator('.site-header nav a').nth(2);
    expect(await history.isVisible()).toBe(false);
    await page.locator('.site-menu > summary').click();
    expect(await history.isVisible()).toBe(true);
    await history.click();
    await page.waitForURL((url) => url.pathname.endsWith('/history/'));
    expect(await page.locator('html').getAttribute('lang')).toBe(locales[locale].lang);
    await close();
  });

  it('on a wide screen, the navigation shows without opening anything', async () => {
    const { page, close } = await open('th/', { viewport: { width: 1280, height: 800 } });
    expect(await page.locator('.site-header nav a').nth(2).isVisible()).toBe(true);
    expect(await page.locator('.site-menu > summary').isVisible()).toBe(false);
    await close();
  });
});

describe('menus close on Escape and on a click outside', () => {
  it.each(['.language-menu', '.site-menu'])('%s', async (menu) => {
    const { page, close } = await open('ur/history/');
    const details = page.locator(`details${menu}`);
    await page.locator(`${menu} > summary`).click();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // Focus goes back to the button that opened it.
    expect(await page.evaluate((selector) => document.activeElement === document.querySelector(`${selector} > summary`), menu)).toBe(true);
    await page.locator(`${menu} > summary`).click();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // A click inside the open menu (on its padding, not a link) keeps it open; one outside closes it.
    const list = page.locator(`${menu} > summary + *`);
    await list.click({ position: { x: 2, y: 2 } });
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    // Outside: below the open menu, in the page's margin (no link there).
    const box = (await list.boundingBox())!;
    expect(box.y + box.height + 10).toBeLessThan(640);
    await page.mouse.click(4, box.y + box.height + 10);
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await close();
  });
});

describe('long pages', () => {
  it.each(['en', 'th', 'ur', 'my'] as const)('%s History has a table of contents whose links work without JavaScript', async (locale) => {
    const { page, close } = await open(at(locale, 'history'), { ...phone, javaScriptEnabled: false });
    const links = page.locator('nav.toc a');
    const count = await links.count();
    // History has eight sections, its timeline and its sources.
    expect(count).toBeGreaterThanOrEqual(8);
    const targets = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of targets) {
      expect(href, href).toMatch(/^#[A-Za-z][\w-]*$/);
      expect(await page.locator(href).count(), href).toBe(1);
    }
    await links.nth(count - 2).click();
    const target = targets[count - 2]!;
    await page.waitForURL((url) => url.hash === target);
    // The section's heading is at the top of the screen.
    expect(Math.abs(await page.locator(target).evaluate((h) => h.getBoundingClientRect().top))).toBeLessThan(40);
    await close();
  });

  it('a page with few sections has none', async () => {
    const { page, close } = await open('countries/sri-lanka/');
    expect(await page.locator('nav.toc').count()).toBe(0);
    await close();
  });

  it.each([
    ['en', 'history'],
    ['th', 'history'],
    ['bn', 'about'],
    ['ur', 'leaders/benjamin-quinones'],
    ['km', 'countries/cambodia'],
  ] as const)("%s %s says when its text last changed, from git, in the page's calendar and digits", async (locale, route) => {
    const { page, close } = await open(at(locale, route));
    const file = execFileSync('git', ['ls-files', `content/*/${locale}/${route.split('/').at(-1)}.md`], { encoding: 'utf8' }).trim();
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim();
    const time = page.locator('.last-changed time');
    expect(await time.getAttribute('datetime')).toBe(committed.slice(0, 10));
    const [year, month, day] = committed.slice(0, 10).split('-').map(Number) as [number, number, number];
    const expected = new Intl.DateTimeFormat(locales[locale].lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
      Date.UTC(year, month - 1, day),
    );
    expect(await time.innerText()).toBe(expected);
    if (locale === 'th') expect(expected).toContain(String(year + 543));
    await close();
  });
});

describe('English inside other scripts', () => {
  it.each(['th', 'si', 'ur', 'ta', 'zh-hans'] as const)(
    '%s: English text is set in the English font stack with its own line height',
    async (locale) => {
      const { page, close } = await open(at(locale, 'history'));
      const english = await page.evaluate(() => {
        const stack = getComputedStyle(document.body).fontFamily;
        return {
          stack,
          found: [...document.querySelectorAll('main [lang="en"]')].map((e) => ({
            text: e.textContent!.slice(0, 40),
            font: getComputedStyle(e).fontFamily,
          })),
        };
      });
      expect(english.found.length).toBeGreaterThan(5);
      // The English stack is the body's stack on an English page; compared with it by value.
      const { page: en, close: closeEn } = await open('history/');
      const englishStack = await en.evaluate(() => getComputedStyle(document.body).fontFamily);
      await closeEn();
      for (const { text, font } of english.found) expect(font, text).toBe(englishStack);
      expect(english.stack).not.toBe(englishStack);
      await close();
    },
  );

  it('Sinhala: the spaces of an English source title are drawn by a Latin font, not a Sinhala one', async () => {
    const { page, close } = await open('si/history/');
    const fonts = (await platformFonts(page, '.sources a[lang="en"]'))[0]!;
    expect(fonts.length).toBeGreaterThan(0);
    expect(
      fonts.filter((f) => /Sinhala/.test(f.familyName)),
      JSON.stringify(fonts),
    ).toEqual([]);
    await close();
  });
});

describe('Latin text not marked as English, inside other scripts', () => {
  it.each(Object.keys(scriptFonts) as Locale[])(
    '%s: names and titles in Latin letters are drawn by a Latin font, their spaces and punctuation too',
    async (locale) => {
      const { page } = await open(at(locale, 'history'));
      // Every run of two or more Latin words in the main text outside an element marked with
      // another language, each wrapped in a span of its own (no lang: it inherits the page's).
      const runs = await page.evaluate(() => {
        const pageLang = document.documentElement.lang;
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
        const ranges: Range[] = [];
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (node.parentElement!.closest('[lang]')!.getAttribute('lang') !== pageLang) continue;
          for (const match of node.data.matchAll(/[A-Za-z][\w.,'’-]*(?: [A-Za-z][\w.,'’-]*)+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            ranges.push(range);
          }
        }
        const texts = ranges.map((r) => r.toString());
        // Wrapped last to first, so earlier offsets in the same text stay right.
        for (const range of [...ranges].reverse()) {
          const span = document.createElement('span');
          span.dataset['latinRun'] = '';
          range.surroundContents(span);
        }
        return texts;
      });
      expect(runs.length, 'Latin runs found').toBeGreaterThanOrEqual(5);
      const fonts = await platformFonts(page, '[data-latin-run]');
      expect(fonts).toHaveLength(runs.length);
      const drawnByScriptFont = fonts.flatMap((used, i) => {
        const own = used.filter((f) => scriptFonts[locale]!.test(f.familyName));
        return own.length ? [`"${runs[i]}": ${own.map((f) => `${f.glyphCount} in ${f.familyName}`).join(', ')}`] : [];
      });
      expect(drawnByScriptFont).toEqual([]);
    },
  );
});

/** Where a character of a text is drawn: the x of the first and last character of `text` inside `selector`. */
async function drawn(page: Page, selector: string, text: string) {
  return page.evaluate(
    ([selector, text]) => {
      for (const element of document.querySelectorAll(selector!)) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        // The text may be split over several nodes (an isolate inside a sentence): search the joined text.
        const nodes: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
        const joined = nodes.map((n) => n.data).join('');
        const start = joined.indexOf(text!);
        if (start === -1) continue;
        const rectAt = (offset: number) => {
          let rest = offset;
          for (const node of nodes) {
            if (rest < node.data.length) {
              const range = document.createRange();
              range.setStart(node, rest);
              range.setEnd(node, rest + 1);
              return range.getBoundingClientRect();
            }
            rest -= node.data.length;
          }
          throw new Error('offset outside the text');
        };
        const first = rectAt(start);
        const last = rectAt(start + text!.length - 1);
        const beforeLast = rectAt(start + text!.length - 2);
        return { first: first.left, last: last.left, beforeLast: beforeLast.left, sameLine: Math.abs(first.top - last.top) < 4 };
      }
      return undefined;
    },
    [selector, text] as const,
  );
}

describe('right to left', () => {
  const cases = [
    ['ur/history/', '.prose', 'Dr Benjamin R. Quiñones Jr.'],
    ['ur/five-dimensions/', '.prose a', 'Dr Benjamin Quiñones Jr.'],
    ['ur/leaders/benjamin-quinones/', 'h1', 'Benjamin R. Quiñones Jr.'],
    ['ur/leaders/', '.person-card__name', 'Benjamin R. Quiñones Jr.'],
    ['ur/leaders/benjamin-quinones/', '.breadcrumbs', 'Benjamin R. Quiñones Jr.'],
    ['ur/history/', '.sources', 'Benjamin Quiñones, “Introduction to the Asian Solidarity Economy Forum” (copy on scribd.com)'],
  ] as const;

  it.each(cases)('%s %s: "%s" reads left to right, its last character last', async (path, selector, text) => {
    const { page, close } = await open(path, { viewport: { width: 1280, height: 800 } });
    const where = await drawn(page, selector, text);
    expect(where, `${text} not found`).toBeDefined();
    expect(where!.sameLine).toBe(true);
    // Left to right inside its isolate: the final "." or ")" is drawn after (right of) the letters before it.
    expect(where!.last).toBeGreaterThan(where!.beforeLast);
    expect(where!.last).toBeGreaterThan(where!.first);
    await close();
  });
});

describe('right to left, in search results', () => {
  it('ur: a result titled with a Latin name reads left to right, its last character last', async () => {
    const { page } = await open(`ur/search/?q=${encodeURIComponent('Quiñones')}`, { viewport: { width: 1280, height: 800 } });
    await page.locator('#search-results li a').first().waitFor();
    const where = await drawn(page, '#search-results li a', 'Benjamin R. Quiñones Jr.');
    expect(where, 'the name among the result titles').toBeDefined();
    expect(where!.sameLine).toBe(true);
    expect(where!.last).toBeGreaterThan(where!.beforeLast);
    expect(where!.last).toBeGreaterThan(where!.first);
  });
});

describe('Urdu lines', () => {
  /**
   * Vertical overlap in px between consecutive lines of Urdu text in each block of the main
   * content: the boxes of a font's text (its ascent and descent) reaching into the next line.
   */
  const overlaps = (page: Page) =>
    page.evaluate(() => {
      const found: string[] = [];
      for (const block of document.querySelectorAll('main p, main h1, main h2, main li, main dd')) {
        const lines: DOMRect[] = [];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement!.closest('[lang]')!.getAttribute('lang') !== 'ur' || !node.textContent!.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          lines.push(...[...range.getClientRects()].filter((r) => r.width > 1));
        }
        lines.sort((a, b) => a.top - b.top);
        for (let i = 1; i < lines.length; i++) {
          // Fragments of one line share their top; a new line starts lower.
          if (lines[i]!.top - lines[i - 1]!.top < 4) continue;
          const overlap = lines[i - 1]!.bottom - lines[i]!.top;
          if (overlap > 1) found.push(`${block.tagName} "${block.textContent!.trim().slice(0, 30)}": ${overlap.toFixed(1)} px`);
        }
      }
      return found;
    });

  it.each(['ur/history/', 'ur/leaders/benjamin-quinones/', 'ur/'])(
    '%s: the text of one line does not reach into the next',
    async (path) => {
      const { page, close } = await open(path);
      expect(await overlaps(page)).toEqual([]);
      await close();
    },
  );

  it('the Urdu title stands clear of the text under it', async () => {
    const { page, close } = await open('ur/history/');
    const gap = await page.evaluate(() => {
      const h1 = document.querySelector('main h1')!;
      const text = (element: Element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return [...range.getClientRects()].filter((r) => r.width > 1);
      };
      const bottom = Math.max(...text(h1).map((r) => r.bottom));
      const next = h1.nextElementSibling!;
      const top = Math.min(...text(next).map((r) => r.top));
      return { gap: top - bottom, size: parseFloat(getComputedStyle(h1).fontSize) };
    });
    expect(gap.gap).toBeGreaterThanOrEqual(gap.size / 2);
    await close();
  });
});

describe('the 404 page', () => {
  it.each(['th', 'ur', 'zh-hans', 'si'] as const)("answers in the address's language first (/%s/…)", async (locale) => {
    const own = strings(locale);
    const { page, close } = await open(`${locale}/no-such-page/`);
    const h1 = page.locator('main h1');
    expect(await h1.innerText()).toBe(own['notFound.title']);
    expect(await h1.getAttribute('lang')).toBe(locales[locale].lang);
    expect(await h1.getAttribute('dir')).toBe(locales[locale].dir);
    await close();
  });

  it('without JavaScript, every language has its message and its home page', async () => {
    const { page, close } = await open('th/no-such-page/', { ...phone, javaScriptEnabled: false });
    for (const locale of localeKeys) {
      const line = page.locator(`.not-found [lang="${locales[locale].lang}"]`).first();
      expect(await line.innerText(), locale).toContain(strings(locale)['notFound.body']);
    }
    await close();
  });

  it('English at an English address', async () => {
    const { page, close } = await open('no-such-page/');
    expect(await page.locator('main h1').innerText()).toBe(strings('en')['notFound.title']);
    await close();
  });
});

describe('the translation status page at 360 px', () => {
  it.each(['th', 'ta', 'ur', 'my'] as const)(
    '%s: each state badge stays on one line, and file paths break only after a slash or a hyphen',
    async (locale) => {
      const { page, close } = await open(at(locale, 'translations'));
      const found = await page.evaluate(() => {
        const problems: string[] = [];
        const badges = [...document.querySelectorAll('.status-table .status')];
        for (const badge of badges) {
          const lines = new Set([...badge.getClientRects()].map((r) => Math.round(r.top)));
          const range = document.createRange();
          range.selectNodeContents(badge);
          const textLines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1 || textLines.size > 1) problems.push(`badge "${badge.textContent}" on ${textLines.size} lines`);
        }
        const paths = [...document.querySelectorAll('.status-table code')];
        for (const code of paths) {
          const nodes: Text[] = [];
          const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
          const chars = nodes.flatMap((node) => [...node.data].map((_, i) => ({ node, i })));
          let previousTop: number | undefined;
          let previousChar = '';
          for (const { node, i } of chars) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            // A line may end after "/" or "-", never between two letters.
            if (previousTop !== undefined && top > previousTop + 4 && !['/', '-'].includes(previousChar))
              problems.push(`${code.textContent} breaks after "${previousChar}"`);
            previousTop = top;
            previousChar = node.data[i]!;
          }
        }
        // Built with a repository, the cells hold edit links instead of the file's path.
        const links = document.querySelectorAll('.status-table td a[href^="http"]').length;
        return { problems, badges: badges.length, paths: paths.length, links };
      });
      expect(found.badges).toBeGreaterThanOrEqual(25);
      expect(found.paths + found.links).toBeGreaterThanOrEqual(25);
      expect(found.problems).toEqual([]);
      await close();
    },
  );
});
