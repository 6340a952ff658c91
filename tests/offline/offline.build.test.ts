/**
 * What the build writes for offline reading, over dist/: each language's download list (its
 * pages, exactly; the files they load; its search bundle; true sizes), the service worker
 * (the same bytes when written again), the registration script within its budget on every page,
 * the offline pages, and a web app manifest per language.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { defaultLocale, localeKeys, locales } from '../../src/i18n/locales.ts';
import { gzipLevel, writeOfflineFiles } from '../../src/offline/integration.ts';
import { budgets } from '../../src/site/budgets.ts';
import { searchBundle } from '../../src/search/paths.ts';
import { basePath, distDir, htmlPages, localeOfPath, pathIn, readDist } from '../helpers/dist.ts';
import { offlineList, stringsOf } from './helpers.ts';

const pages = htmlPages();
const docs = new Map(pages.map((p) => [p.path, parse(readFileSync(p.file, 'utf8'))]));
const fileOf = (url: string) => join(distDir, url.slice(basePath.length), url.endsWith('/') ? 'index.html' : '');
/** index.html files under a folder of dist/, however deep. */
/** Pages for readers under a folder: the review views (for reviewers, under review/) are not saved. */
const pagesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (d) => d.isFile() && d.name === 'index.html' && !relative(distDir, d.parentPath).split(sep).includes('review'),
  ).length;

describe('"Save for offline reading" lists', () => {
  it.each(localeKeys)('%s lists exactly its own pages, each file once with the bytes it takes to download', (locale) => {
    const { files } = offlineList(locale);
    const urls = files.map((f) => f.url);
    expect(new Set(urls).size).toBe(urls.length);
    // As GitHub Pages sends them: Pagefind's files (gzipped already) as they are, the rest gzipped.
    const download = (file: string) =>
      /\.(pf_\w+|pagefind)$/.test(file) ? statSync(file).size : gzipSync(readFileSync(file), { level: gzipLevel }).length;
    for (const { url, bytes } of files) expect(bytes, url).toBe(download(fileOf(url)));

    const listed = urls.filter((u) => u.endsWith('/')).sort();
    const others = localeKeys.filter((l) => l !== defaultLocale);
    const count =
      locale === defaultLocale
        ? pagesUnder(distDir) - others.reduce((sum, l) => sum + pagesUnder(join(distDir, l)), 0)
        : pagesUnder(join(distDir, locale));
    expect(listed).toHaveLength(count);
    expect(listed).toEqual(
      pages
        .filter((p) => p.path.endsWith('/') && localeOfPath(p.path) === locale && !p.path.includes('/review/'))
        .map((p) => p.path)
        .sort(),
    );
    expect(listed.filter((url) => url.includes('/review/'))).toEqual([]);
    expect(listed).toContain(pathIn(locale, 'offline/unavailable'));
  });

  it.each(localeKeys)('%s lists what its pages load and its whole search index', (locale) => {
    const urls = new Set(offlineList(locale).files.map((f) => f.url));
    // The scripts and icon of its pages, its own manifest.
    const loads = (path: string) =>
      docs
        .get(path)!
        .querySelectorAll('script[src], link[rel="icon"], link[rel="manifest"]')
        .map((e) => e.getAttribute('src') ?? e.getAttribute('href')!);
    const loaded = [...loads(pathIn(locale, 'search')), ...loads(pathIn(locale, 'offline'))];
    // Each: the registration, its own script, the icon and the manifest.
    expect(loaded.length).toBeGreaterThanOrEqual(8);
    for (const url of loaded) expect(urls, url).toContain(url);
    expect(urls).toContain(`${pathIn(locale, '')}manifest.webmanifest`);
    // Its search bundle, every file of it (Pagefind's script, WebAssembly, entry file and index), and no other.
    const bundle = searchBundle(locale);
    const search = readdirSync(join(distDir, bundle), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => `${basePath}${bundle}/${relative(join(distDir, bundle), join(d.parentPath, d.name)).split(sep).join('/')}`);
    expect(search.filter((f) => /\.pf_(meta|index|fragment)$/.test(f)).length).toBeGreaterThan(2);
    expect(
      search.some((f) => f.endsWith('/pagefind.js')) &&
        search.some((f) => f.endsWith('/pagefind-entry.json')) &&
        search.some((f) => f.endsWith('.pagefind')),
    ).toBe(true);
    expect([...urls].filter((u) => u.startsWith(`${basePath}pagefind/`)).sort()).toEqual(search.sort());
  });
});

describe('the service worker', () => {
  it('is written again with the same bytes (its version is a hash of the other files)', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'asec-sw-'));
    try {
      cpSync(distDir, copy, { recursive: true });
      const { version } = await writeOfflineFiles(copy, basePath);
      expect(readFileSync(join(copy, 'sw.js'), 'utf8')).toBe(readDist('sw.js'));
      expect(readDist('sw.js')).toContain(`version:"${version}"`);
      for (const locale of localeKeys)
        expect(readFileSync(join(copy, 'offline', `${locale}.json`), 'utf8')).toBe(readDist(`offline/${locale}.json`));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
    console.log(
      `Service worker: ${statSync(join(distDir, 'sw.js')).size} bytes, ${gzipSync(readFileSync(join(distDir, 'sw.js')), { level: 9 }).length} gzip`,
    );
  });

  it(`is registered by the one script on every page, an external module of at most ${budgets.registrationScriptBytes} bytes gzipped`, () => {
    const registration = docs
      .get(basePath)!
      .querySelectorAll('script')
      .map((s) => s.getAttribute('src'));
    expect(registration).toHaveLength(1);
    expect(docs.size).toBeGreaterThan(localeKeys.length * 25);
    for (const [path, d] of docs) {
      const script = d.querySelector(`script[src="${registration[0]}"]`);
      expect(script?.getAttribute('type'), path).toBe('module');
    }
    const code = readFileSync(fileOf(registration[0]!));
    const size = gzipSync(code, { level: 9 }).length;
    console.log(`Registration script: ${code.length} bytes, ${size} gzip`);
    expect(size).toBeLessThanOrEqual(budgets.registrationScriptBytes);
    expect(code.toString()).toContain(`sw.js`);
  });
});

describe('offline pages', () => {
  it.each(localeKeys)(
    '%s has "Read offline", linked from every footer, and an offline fallback page out of search and the sitemap',
    (locale) => {
      const offline = docs.get(pathIn(locale, 'offline'))!;
      expect(offline.querySelector('[data-offline-save] noscript')).not.toBeNull();
      expect(offline.querySelector('[data-pagefind-body]')).toBeNull();
      expect(docs.get(pathIn(locale, 'about'))!.querySelector(`footer a[href="${pathIn(locale, 'offline')}"]`)).not.toBeNull();

      const fallback = docs.get(pathIn(locale, 'offline/unavailable'))!;
      expect(fallback.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(fallback.querySelector('[data-pagefind-body]')).toBeNull();
      expect(fallback.querySelector('link[rel="canonical"]')).toBeNull();
      expect(fallback.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toEqual(
        expect.arrayContaining([pathIn(locale, ''), pathIn(locale, 'offline')]),
      );
      expect(readDist('sitemap-0.xml')).not.toContain('/offline/unavailable/');
    },
  );
});

describe('web app manifest', () => {
  const styles = readFileSync(join(process.cwd(), 'src/styles/global.css'), 'utf8');
  const colour = (name: string) => new RegExp(`${name}:\\s*(#[0-9a-fA-F]+);`).exec(styles)![1];

  it.each(localeKeys)('%s has its own, linked from each of its pages', (locale) => {
    const url = `${pathIn(locale, '')}manifest.webmanifest`;
    expect(existsSync(fileOf(url))).toBe(true);
    const manifest = JSON.parse(readFileSync(fileOf(url), 'utf8')) as Record<string, unknown>;
    const strings = stringsOf(locale);
    expect(manifest).toEqual({
      name: strings['site.name'],
      short_name: strings['site.shortName'],
      lang: locales[locale].lang,
      dir: locales[locale].dir,
      start_url: pathIn(locale, ''),
      scope: basePath,
      display: 'standalone',
      theme_color: colour('--accent'),
      background_color: colour('--bg'),
      icons: [{ src: `${basePath}favicon.svg`, sizes: 'any', type: 'image/svg+xml' }],
    });
    expect(existsSync(join(distDir, 'favicon.svg'))).toBe(true);
    let linked = 0;
    for (const [path, d] of docs) {
      if (!path.endsWith('/') || localeOfPath(path) !== locale) continue;
      expect(d.querySelector('head link[rel="manifest"]')?.getAttribute('href'), path).toBe(url);
      linked++;
    }
    expect(linked).toBeGreaterThan(25);
  });
});
