/**
 * Offline reading, as the last step of `astro build` (after Pagefind has written its index):
 *
 * - offline/<language>.json: every file "Save for offline reading" downloads for a language, each
 *   with its size: the language's pages, the files they load, and its search bundle;
 * - sw.js: the service worker (src/offline/worker.ts, compiled), with the deploy's version: a hash of
 *   every other built file, so each deploy that changes anything gets new caches, and two builds
 *   of the same sources give the same bytes.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { filesIn, mapLimited } from '../integrations/dist-files.ts';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, localeKeys, locales, type Locale } from '../i18n/locales.ts';
import { basePathFrom, sections } from '../site/routes.ts';
import { offlineFallback, offlineListFile } from './paths.ts';
import { searchBundle } from '../search/paths.ts';
import { translator } from '../i18n/format.ts';
import type { ListedFile } from './messages.ts';
import { parse } from 'yaml';

export const serviceWorkerFile = 'sw.js';
const source = fileURLToPath(new URL('./worker.ts', import.meta.url));

export interface OfflineList {
  /** Site paths, with the bytes each takes to download (sentBytes), as stored, and a hash of its content. */
  files: ListedFile[];
}

/** Text files, which GitHub Pages sends gzipped; Pagefind's files are gzipped already. */
const compressed = /\.(html|js|json|webmanifest|svg|xml|txt|css)$/;

/** How hard text is compressed when working out download sizes (zlib's default, as servers use). */
export const gzipLevel = 6;

/**
 * The bytes a file takes to download, as GitHub Pages sends it: text gzipped (the host's own
 * compression may differ by a few per cent), anything else as it is. "Save for offline reading"
 * announces the sum of these, so a visitor on metered data knows what it will cost.
 */
export async function sentBytes(path: string, content: Buffer): Promise<number> {
  // Asynchronous: zlib's threads compress several pages at once.
  return compressed.test(path) ? (await promisify(gzip)(content, { level: gzipLevel })).length : content.length;
}

/** The page a built file is, as a site path ("th/about/index.html" -> "/th/about/"). */
const pageUrl = (base: string, file: string) => base + file.replace(/(^|\/)index\.html$/, '$1');

/** The language of a built page file, from its first folder; English has none. */
function localeOfFile(file: string): Locale {
  const first = file.split('/')[0];
  return localeKeys.find((key) => key !== defaultLocale && key === first) ?? defaultLocale;
}

/**
 * Files of the site a page loads by itself: scripts, images, its icon and manifest (Astro writes
 * these attributes plainly, in double quotes). Links to pages and the sitemap are not loads.
 */
function loadsOf(html: string, base: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|img|link)\b[^>]*>/g)) {
    if (tag.startsWith('<link') && !/\srel="(?:icon|manifest|stylesheet|modulepreload)"/.test(tag)) continue;
    const url = /\s(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (url?.startsWith(base)) urls.push(url);
  }
  return urls;
}

/** A script's own imports (Vite writes them "./name.js" beside it), and theirs. */
function withImports(site: string, base: string, urls: Set<string>): Set<string> {
  const all = new Set(urls);
  for (const url of all) {
    if (!url.endsWith('.js')) continue;
    const code = readFileSync(join(site, url.slice(base.length)), 'utf8');
    for (const [, name] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[\w.-]+\.js)["']/g))
      all.add(posix.join(posix.dirname(url), name!));
  }
  return all;
}

const uiStrings = (locale: Locale) =>
  (parse(readFileSync(join(process.cwd(), 'content/ui', `${locale}.yaml`), 'utf8')) ?? {}) as Record<string, string>;

/**
 * What the worker needs to write a language's offline page itself, for a language whose page was
 * never kept on the device: a few strings (about 300 bytes each), not 17 pages downloaded in advance.
 */
function offlineStrings(locale: Locale, home: string, english: Record<string, string>) {
  const t = translator(locale, uiStrings(locale), english);
  const { lang, dir } = locales[locale];
  return {
    lang,
    dir,
    title: t('offline.unavailableTitle'),
    body: t('offline.unavailableBody'),
    home,
    homeLabel: t('offline.unavailableHome'),
  };
}

/** Compressions at once: libuv's thread pool (UV_THREADPOOL_SIZE) runs four. */
const parallel = 4;

const hashOf = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** What the offline step keeps of a built file once read: figures, never the content. */
interface BuiltFile {
  hash: string;
  size: number;
  /** Bytes as sent; worked out only for files a list names. */
  bytes?: number | undefined;
  /** A page's loads. */
  loads?: string[] | undefined;
}

const isPage = (f: string) => f === 'index.html' || f.endsWith('/index.html');
/** A language's pages for readers are in its list; review views (for reviewers) are not saved. */
const forReaders = (f: string) => isPage(f) && !f.split('/').includes(sections.review);

/**
 * Every file read once, a few at a time, and let go: its hash (the version hashes them all), a
 * page's loads, and the download size of the files sure to be listed (`listed`). Holding every
 * file, or compressing them all at once, took more memory than the rest of the build.
 */
async function measure(site: string, files: string[], base: string, listed: (f: string) => boolean): Promise<Map<string, BuiltFile>> {
  const figures = await mapLimited(files, parallel, async (f): Promise<BuiltFile> => {
    const content = readFileSync(join(site, f));
    return {
      hash: hashOf(content),
      size: content.length,
      bytes: listed(f) ? await sentBytes(f, content) : undefined,
      loads: isPage(f) ? loadsOf(content.toString('utf8'), base) : undefined,
    };
  });
  return new Map(files.map((f, i) => [f, figures[i]!]));
}

/**
 * The figures of a built site's pages, which no later step of the build changes: worked out while
 * Pagefind indexes them (its step mostly waits), so that the offline step itself has only the
 * search bundles left to read.
 */
export const measurePages = (site: string, base: string) => measure(site, filesIn(site).filter(isPage), base, forReaders);

/**
 * Writes the per-language lists and sw.js into a built site; returns what it wrote. Run by the
 * build, and by the tests on a copy of the site to "deploy" a change. `pages`: the figures of its
 * pages, when measurePages has worked them out already.
 */
export async function writeOfflineFiles(site: string, base: string, pages?: Promise<Map<string, BuiltFile>>) {
  const lists = new Set(localeKeys.map(offlineListFile));
  const bundles = localeKeys.map((locale) => `${searchBundle(locale)}/`);
  const inBundle = (f: string) => bundles.some((bundle) => f.startsWith(bundle));

  const files = filesIn(site).filter((f) => f !== serviceWorkerFile && !lists.has(f));
  const known = (await pages) ?? new Map<string, BuiltFile>();
  const rest = await measure(
    site,
    files.filter((f) => !known.has(f)),
    base,
    (f) => forReaders(f) || inBundle(f),
  );
  const builtFiles = new Map(files.map((f) => [f, known.get(f) ?? rest.get(f)!]));
  const pageFiles = files.filter(isPage);
  const loads = new Map(pageFiles.map((f) => [f, builtFiles.get(f)!.loads!]));

  const urlsOf = new Map(
    localeKeys.map((locale) => {
      const own = pageFiles.filter((f) => localeOfFile(f) === locale && forReaders(f));
      const urls = withImports(site, base, new Set(own.flatMap((f) => loads.get(f)!)));
      const search = files.filter((f) => f.startsWith(`${searchBundle(locale)}/`));
      return [locale, [...own.map((f) => pageUrl(base, f)), ...[...urls].sort(), ...search.map((f) => base + f)]];
    }),
  );
  const fileOf = (url: string) => url.slice(base.length) + (url.endsWith('/') ? 'index.html' : '');
  // The few files only pages' loads bring in (scripts, icon, manifests), measured once each
  // though every language's list names them.
  for (const f of new Set([...urlsOf.values()].flat().map(fileOf))) {
    const file = builtFiles.get(f)!;
    file.bytes ??= await sentBytes(f, readFileSync(join(site, f)));
  }

  const written: Record<string, OfflineList> = {};
  for (const locale of localeKeys) {
    const list: OfflineList = {
      files: urlsOf.get(locale)!.map((url) => {
        const { bytes, size, hash } = builtFiles.get(fileOf(url))!;
        // What changed between two deploys: the worker brings saved languages up to date by it.
        return { url, bytes: bytes!, size, hash: hash.slice(0, 16) };
      }),
    };
    const file = offlineListFile(locale);
    const text = Buffer.from(JSON.stringify(list));
    mkdirSync(dirname(join(site, file)), { recursive: true });
    writeFileSync(join(site, file), text);
    builtFiles.set(file, { hash: hashOf(text), size: text.length });
    written[locale] = list;
  }

  // Every page loads these: kept when the worker installs.
  const shell = [...new Set([...loads.values()].flat())].filter((url) => [...loads.values()].every((l) => l.includes(url))).sort();
  const hash = createHash('sha256');
  // Each file's own hash, already worked out for the lists: every file is hashed once.
  for (const f of [...builtFiles.keys()].sort()) hash.update(`${f}\0${builtFiles.get(f)!.hash}\0`);
  const version = hash.digest('hex').slice(0, 12);
  const english = uiStrings(defaultLocale);
  const pathIn = (locale: Locale, route: string) => `${base}${locale === defaultLocale ? '' : `${locale}/`}${route}`;
  const config = {
    version,
    base,
    defaultLocale,
    languages: Object.fromEntries(
      localeKeys.map((l) => [
        l,
        { fallback: pathIn(l, `${offlineFallback}/`), list: base + offlineListFile(l), strings: offlineStrings(l, pathIn(l, ''), english) },
      ]),
    ),
    shell,
  };
  // esbuild's service is already running for Pagefind's loader: the async call reuses it.
  const built = await build({
    entryPoints: [source],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    charset: 'utf8',
    target: 'es2022',
    define: { SW_CONFIG: JSON.stringify(config) },
  });
  const code = built.outputFiles[0]!.text;
  writeFileSync(join(site, serviceWorkerFile), code);
  return { version, lists: written, serviceWorkerBytes: Buffer.byteLength(code) };
}

/**
 * Offline reading's two build steps: the pages measured beside Pagefind (first: set before
 * Pagefind in astro.config.mjs), then, after it, the lists and the worker.
 */
export function serviceWorker(): { measurePages: AstroIntegration; writeFiles: AstroIntegration } {
  let base = '/';
  let pages: Promise<Map<string, BuiltFile>> | undefined;
  return {
    measurePages: {
      name: 'asec:offline-pages',
      hooks: {
        'astro:config:done': ({ config }) => {
          base = basePathFrom(config.base);
        },
        'astro:build:done': ({ dir }) => {
          // Not awaited: it runs while the next steps do. A failure is reported by the step that uses it.
          pages = measurePages(fileURLToPath(dir), base);
          pages.catch(() => undefined);
        },
      },
    },
    writeFiles: {
      name: 'asec:service-worker',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const started = performance.now();
          const { version, lists, serviceWorkerBytes } = await writeOfflineFiles(fileURLToPath(dir), base, pages);
          const sizes = Object.entries(lists).map(
            ([l, { files }]) => `${l} ${files.length} files ${Math.round(files.reduce((s, f) => s + f.bytes, 0) / 1024)} KB`,
          );
          logger.info(
            `service worker ${version} (${serviceWorkerBytes} bytes) and offline lists in ${Math.round(performance.now() - started)} ms; save for offline: ${sizes.join(', ')}`,
          );
        },
      },
    },
  };
}
