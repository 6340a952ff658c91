/** Assertions over the built site in dist/, after `npm run build`. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { memberCodes } from '../../src/site/members.ts';
import { basePath, distDir, fileForPath, htmlPages, indexedPages, localeOfPath, pathIn, readDist } from '../helpers/dist.ts';
import { localeKeys, locales, type Locale } from '../../src/i18n/locales.ts';
import { indexLanguage } from '../../src/search/text.ts';
import { searchBundle } from '../../src/search/paths.ts';
import { translationStatus } from '../../src/i18n/status.ts';

const pages = htmlPages().map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));
/** Pages for readers; the review views (/<language>/review/…) are for reviewers. */
const readerPages = pages.filter((p) => !p.path.includes('/review/'));
const docs = new Map(pages.map((p) => [p.path, parse(p.html)]));
/** Pages with an address of their own: not the 404 page, nor the offline fallback page. */
const indexed = indexedPages().map((p) => p.path);
const doc = (path: string): HTMLElement => {
  const d = docs.get(path);
  if (!d) throw new Error(`no page at ${path}; built: ${[...docs.keys()].join(', ')}`);
  return d;
};
const slugsIn = (folder: string) =>
  readdirSync(join(process.cwd(), 'content', folder, 'en'))
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => f.replace(/\.mdx?$/, ''));

describe('every content entry has its page, in every language', () => {
  it('pages, countries, leaders and the fixed pages', () => {
    // Written out here, not derived from src/site/routes.ts, so a change of addresses shows up.
    const routes = [
      ...slugsIn('pages').filter((s) => s !== 'home'),
      ...slugsIn('countries').map((s) => `countries/${s}`),
      ...slugsIn('people').map((s) => `leaders/${s}`),
      '',
      'countries',
      'leaders',
      'search',
      'translations',
      'offline',
      'offline/unavailable',
    ];
    const expected = [...localeKeys.flatMap((locale) => routes.map((route) => pathIn(locale, route))), `${basePath}404.html`].sort();
    expect(readerPages.map((p) => p.path).sort()).toEqual(expected);
    expect(readerPages).toHaveLength(routes.length * 17 + 1);
    expect(slugsIn('countries')).toHaveLength(memberCodes.length);
    for (const slug of ['about', 'history', 'sse-definition', 'five-dimensions', 'network'])
      expect(docs.has(pathIn('zh-hans', slug)), slug).toBe(true);
  });
});

describe('the review view of every translation', () => {
  it('each translation has one, in parts linked one to the next, all marked noindex, linked from the status page', () => {
    const review = pages.filter((p) => p.path.includes('/review/'));
    const firsts = ['pages', 'countries', 'people'].flatMap((collection) =>
      localeKeys
        .filter((l) => l !== 'en')
        .flatMap((locale) =>
          readdirSync(join(process.cwd(), 'content', collection, locale)).map(
            (f) => `${basePath}${locale}/review/${collection}/${f.replace(/\.mdx?$/, '')}/1/`,
          ),
        ),
    );
    expect(firsts).toHaveLength(16 * 25);
    // From each first part, the chain of "next part" links reaches every other part, and nothing else exists.
    const reached = new Set<string>();
    for (const first of firsts) {
      for (let path: string | undefined = first; path;) {
        expect(docs.has(path), path).toBe(true);
        reached.add(path);
        const d = doc(path);
        expect(d.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBe('noindex');
        expect(d.querySelector('[data-pagefind-body]'), path).toBeNull();
        expect(d.querySelectorAll('.review-pairs tbody tr').length, path).toBeGreaterThan(0);
        path = d.querySelector('a[rel="next"]')?.getAttribute('href') ?? undefined;
      }
      const locale = first.slice(basePath.length).split('/')[0] as Locale;
      expect(doc(pathIn(locale, 'translations')).querySelector(`a[href="${first}"]`), first).not.toBeNull();
    }
    expect([...reached].sort()).toEqual(review.map((p) => p.path).sort());
    expect(readDist('sitemap-0.xml')).not.toContain('/review/');
  });

  it('shows the English and the translation side by side, block by block, each in its language', () => {
    const d = doc(pathIn('th', 'review/countries/laos/1'));
    const rows = d.querySelectorAll('.review-pairs tbody tr');
    const english = readFileSync(join(process.cwd(), 'content/countries/en/laos.md'), 'utf8');
    const thai = readFileSync(join(process.cwd(), 'content/countries/th/laos.md'), 'utf8');
    // The body's one paragraph, as written, on each side; the fact texts with their field named.
    const bodyOf = (text: string) => text.slice(text.indexOf('\n---', 3) + 4).trim();
    const last = rows.at(-1)!.querySelectorAll('td');
    expect(last[0]!.text.trim()).toBe(bodyOf(english));
    expect(last[1]!.text.trim()).toBe(bodyOf(thai));
    expect(last[0]!.getAttribute('lang')).toBe('en');
    expect(last[1]!.getAttribute('lang')).toBe(locales.th.lang);
    expect(rows.some((r) => r.querySelector('code')?.text === 'facts[0].text')).toBe(true);
  });
});

describe('every page', () => {
  it.each(pages.map((p) => p.path))('%s has language, direction, title, description, landmarks and one h1', (path) => {
    const d = doc(path);
    const html = d.querySelector('html')!;
    const locale = localeOfPath(path);
    expect(html.getAttribute('lang')).toBe(locales[locale].lang);
    expect(html.getAttribute('dir')).toBe(locales[locale].dir);
    expect(d.querySelector('title')?.text.trim()).toBeTruthy();
    const description = d.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    // Chinese and Japanese say in 10 characters what takes 20 letters elsewhere.
    expect(description.length).toBeGreaterThan(['zh-hans', 'ja'].includes(locale) ? 10 : 20);
    expect(description.length).toBeLessThanOrEqual(200);
    expect(d.querySelectorAll('h1')).toHaveLength(1);
    expect(d.querySelectorAll('main#main')).toHaveLength(1);
    expect(d.querySelectorAll('header')).toHaveLength(1);
    expect(d.querySelectorAll('footer')).toHaveLength(1);
    expect(d.querySelector('nav[aria-label]')).not.toBeNull();
    expect(d.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(d.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBeTruthy();
    expect(d.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(description);
  });

  it.each(indexed)('%s has a canonical URL to itself', (path) => {
    const canonical = doc(path).querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toBeDefined();
    expect(new URL(canonical!).pathname).toBe(path);
    expect(doc(path).querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(canonical);
  });

  it('ids are unique within each page', () => {
    for (const [path, d] of docs) {
      const ids = d.querySelectorAll('[id]').map((e) => e.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        path,
      ).toEqual([]);
    }
  });
});

describe('links', () => {
  it('every internal link and #anchor resolves', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const [path, d] of docs) {
      for (const a of d.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        const url = new URL(href, `http://site.invalid${path}`);
        if (url.host !== 'site.invalid') continue; // another website: see the external links report
        checked++;
        const target = url.pathname === path ? d : undefined;
        const file = fileForPath(url.pathname);
        if (!file) {
          broken.push(`${path}: ${href} (no such page)`);
          continue;
        }
        if (url.hash) {
          const targetDoc = target ?? docs.get(url.pathname) ?? parse(readFileSync(file, 'utf8'));
          const id = decodeURIComponent(url.hash.slice(1));
          if (!targetDoc.getElementById(id)) broken.push(`${path}: ${href} (no element with id "${id}")`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 10);
  });

  it('links to other sites carry rel="noopener noreferrer"', () => {
    let external = 0;
    for (const [path, d] of docs) {
      for (const a of d.querySelectorAll('a[href^="http"], a[href^="//"]')) {
        external++;
        expect(a.getAttribute('rel'), `${path}: ${a.getAttribute('href')}`).toBe('noopener noreferrer');
      }
    }
    expect(external).toBeGreaterThan(50);
  });

  it('cited source numbers exist on their page', () => {
    let cited = 0;
    for (const [path, d] of docs) {
      for (const ref of d.querySelectorAll('a[href^="#source-"]')) {
        expect(d.getElementById(ref.getAttribute('href')!.slice(1)), `${path}: ${ref.getAttribute('href')}`).not.toBeNull();
        cited++;
      }
    }
    // Every page of reading cites its sources: a count near zero means the selector found nothing.
    expect(cited).toBeGreaterThan(docs.size * 2);
  });
});

describe('the map', () => {
  it.each(['en', 'th', 'ur', 'zh-hans'].flatMap((l) => [pathIn(l as 'en', ''), pathIn(l as 'en', 'countries')]))(
    '%s links each of the 16 countries to its page, with a text list beside it',
    (path) => {
      const d = doc(path);
      const links = d.querySelectorAll('svg a.country-map__member');
      expect(links.map((a) => a.getAttribute('data-code')).sort()).toEqual([...memberCodes].sort());
      for (const a of links) {
        expect(a.getAttribute('aria-label')).toBeTruthy();
        expect(fileForPath(a.getAttribute('href')!)).toBeDefined();
      }
      const list = d
        .querySelectorAll('.country-list a')
        .map((a) => a.getAttribute('href'))
        .sort();
      expect(list).toEqual(links.map((a) => a.getAttribute('href')).sort());
    },
  );
});

describe('sources', () => {
  it('every country page shows its facts with sources, in every language', () => {
    expect(slugsIn('countries')).toHaveLength(16);
    for (const slug of slugsIn('countries'))
      for (const locale of localeKeys) {
        const d = doc(pathIn(locale, `countries/${slug}`));
        const facts = d.querySelectorAll('.facts li');
        expect(facts.length, slug).toBeGreaterThan(0);
        for (const li of facts) expect(li.querySelector('a.source-ref'), slug).not.toBeNull();
        expect(d.querySelectorAll('#sources-heading + ol li').length, slug).toBeGreaterThan(0);
      }
  });
});

describe('sitemap and robots.txt', () => {
  it('the sitemap lists exactly the pages built (not the 404 page, nor the offline fallback page)', () => {
    const index = readDist('sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(basePath.length));
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((file) => [...readDist(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
    expect(urls.sort()).toEqual([...indexed].sort());
  });

  it('robots.txt points to the sitemap', () => {
    const robots = readDist('robots.txt');
    const sitemap = /^Sitemap: (.+)$/m.exec(robots)?.[1];
    expect(sitemap && new URL(sitemap).pathname).toBe(`${basePath}sitemap-index.xml`);
  });
});

describe('requests and scripts', () => {
  /** URLs a page fetches by itself: stylesheets, scripts, images, frames, media, icons. */
  function fetched(d: HTMLElement): string[] {
    const attrs = [
      ...d.querySelectorAll('link[href]').map((e) => e.getAttribute('href')!),
      ...d
        .querySelectorAll('script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src]')
        .map((e) => e.getAttribute('src')!),
      ...d.querySelectorAll('img[srcset], source[srcset]').flatMap((e) =>
        e
          .getAttribute('srcset')!
          .split(',')
          .map((s) => s.trim().split(' ')[0]!),
      ),
      ...d.querySelectorAll('object[data]').map((e) => e.getAttribute('data')!),
      ...[...d.toString().matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!),
    ];
    // canonical, og:url and the hreflang alternates name pages; they are not requests.
    const selfRefs = new Set(d.querySelectorAll('link[rel="canonical"], link[rel="alternate"]').map((e) => e.getAttribute('href')));
    return attrs.filter((u) => !selfRefs.has(u));
  }

  it('no page requests another host', () => {
    let requests = 0;
    for (const [path, d] of docs) {
      for (const url of fetched(d)) {
        expect(/^(https?:)?\/\//.test(url), `${path} requests ${url}`).toBe(false);
        requests++;
      }
    }
    // Each page requests at least its icon: nothing found would mean nothing was checked.
    expect(requests).toBeGreaterThanOrEqual(docs.size);
  });

  it('content pages ship only the service worker\'s registration; search and "Read offline" one small script more', () => {
    const registration = doc(basePath)
      .querySelectorAll('script')
      .map((s) => s.getAttribute('src'));
    expect(registration).toHaveLength(1);
    for (const [path, d] of docs) {
      const scripts = d.querySelectorAll('script');
      const sources = scripts.map((s) => s.getAttribute('src') ?? 'inline');
      expect(sources[0], path).toBe(registration[0]);
      expect(sources, path).toHaveLength(path.endsWith('/search/') || path.endsWith('/offline/') ? 2 : 1);
      for (const [i, src] of sources.entries()) {
        expect(src, path).toMatch(new RegExp(`^${basePath}_astro/[\\w.-]+\\.js$`));
        expect(scripts[i]!.getAttribute('type'), path).toBe('module');
      }
    }
  });

  it('no page has inline event handlers', () => {
    for (const [path, d] of docs) {
      expect(
        d.querySelectorAll('*').filter((e) => Object.keys(e.attributes).some((a) => /^on/i.test(a))),
        path,
      ).toEqual([]);
    }
  });

  it('the search index was built for every language, each in a bundle of its own', () => {
    const entryOf = (locale: Locale) =>
      JSON.parse(readDist(`${searchBundle(locale)}/pagefind-entry.json`)) as { languages: Record<string, { page_count: number }> };
    // One index per bundle, under the language Pagefind indexes it as (tha for Thai, …).
    const countOf = (locale: Locale) => {
      const { languages } = entryOf(locale);
      expect(Object.keys(languages), locale).toEqual([indexLanguage(locales[locale].lang).toLowerCase()]);
      return Object.values(languages)[0]!.page_count;
    };
    // English: every page but search, translation status, the two offline pages and the two lists
    // (each item has a page of its own); 404 belongs to no language. Other languages: their
    // translated pages; English text standing in for a translation is left out.
    const perLanguage = (readerPages.length - 1) / localeKeys.length;
    expect(countOf('en')).toBe(perLanguage - 6);
    const statuses = translationStatus(process.cwd());
    expect(statuses.map((s) => s.locale)).toEqual(localeKeys.filter((l) => l !== 'en'));
    for (const status of statuses) {
      const translated = status.pages.filter((p) => p.state !== 'missing').length;
      expect(countOf(status.locale), status.locale).toBe(translated);
    }
  });

  it('only the main content is indexed: navigation and footer are outside data-pagefind-body', () => {
    let withBody = 0;
    for (const [path, d] of docs) {
      const body = d.querySelectorAll('[data-pagefind-body]');
      const fallback = d.querySelector('.notice a[href*="/translations/#"]') !== null;
      if (
        /(404\.html|\/search\/|\/translations\/|\/offline\/|\/offline\/unavailable\/|\/countries\/|\/leaders\/)$/.test(path) ||
        path.includes('/review/') ||
        fallback
      ) {
        expect(body, path).toHaveLength(0);
        continue;
      }
      expect(body, path).toHaveLength(1);
      expect(body[0]!.querySelector('header, footer, nav[aria-label="Main"]'), path).toBeNull();
      expect(body[0]!.querySelector('h1'), path).not.toBeNull();
      withBody++;
    }
    // As many pages as Pagefind indexed, over all its bundles (it indexes only marked pages).
    const indexedByPagefind = localeKeys.map(
      (l) =>
        Object.values(
          (JSON.parse(readDist(`${searchBundle(l)}/pagefind-entry.json`)) as { languages: Record<string, { page_count: number }> })
            .languages,
        )[0]!.page_count,
    );
    expect(withBody).toBe(indexedByPagefind.reduce((a, b) => a + b, 0));
  });
});

describe('security', () => {
  it('every page has a Content-Security-Policy with no unsafe-inline, covering each inline style', async () => {
    const { createHash } = await import('node:crypto');
    for (const [path, d] of docs) {
      // The policy governs only what follows it: it comes straight after the character set.
      const head = pages.find((p) => p.path === path)!.html.split('</head>')[0]!;
      expect(head, path).toMatch(
        /^<!DOCTYPE html><html [^>]*><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]+">/i,
      );
      const csp = d.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const directive = (name: string) =>
        csp
          .split(';')
          .map((s) => s.trim())
          .find((s) => s.startsWith(`${name} `)) ?? '';
      expect(directive('script-src'), path).toMatch(/^script-src 'self'/);
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).not.toContain("'unsafe-eval'");
      expect(directive('object-src'), path).toBe("object-src 'none'");
      const styles = d
        .querySelectorAll('style')
        .map((style) => `'sha256-${createHash('sha256').update(style.textContent).digest('base64')}'`);
      // Exactly the page's own inline styles: no hash for code the page does not have.
      expect(
        directive('style-src')
          .split(' ')
          .filter((s) => s.startsWith("'sha"))
          .sort(),
        path,
      ).toEqual([...new Set(styles)].sort());
      expect(directive('script-src'), path).toBe("script-src 'self' 'wasm-unsafe-eval'");
      expect(d.querySelectorAll('script:not([src])'), `${path} has an inline script`).toHaveLength(0);
    }
  });
});

describe('external links report', () => {
  it('lists every link to another website with the pages using it, without touching the network', async () => {
    const { externalLinks } = await import('../../scripts/lib/external-links.ts');
    const links = externalLinks(distDir);
    const fromPages = new Set<string>();
    for (const [, d] of docs) for (const a of d.querySelectorAll('a[href^="http"], a[href^="//"]')) fromPages.add(a.getAttribute('href')!);
    expect([...links.keys()].sort()).toEqual([...fromPages].sort());
    expect(links.size).toBeGreaterThan(50);
    const nepalSource = [...links].find(([url]) => url.startsWith('https://thenews.coop/nepal'));
    expect(nepalSource?.[1]).toContain(`/countries/nepal/`);
  });
});
