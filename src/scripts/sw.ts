/**
 * The service worker, written by hand and small (see "Offline reading" in README.md). The build
 * (src/integrations/service-worker.ts) compiles it to sw.js with SW_CONFIG filled in.
 *
 * - Pages: network first, the cached copy after a short timeout or offline, else the offline page
 *   of the visitor's language. Every page fetched is kept.
 * - Hashed files (scripts, Pagefind's index): cache first. Pagefind's script, WebAssembly and entry
 *   file, and the download lists, keep their names: network first, like pages.
 * - The icon and the manifests: cache first.
 * - "Save for offline reading" (the offline page asks by message): the worker downloads every file
 *   of a language into a cache of its own, so the download goes on when the visitor leaves the
 *   page, and reports progress to every open page.
 *
 * Caches are named after the deploy (its version); a new version deletes the old caches, saved
 * languages included, so nothing is ever served from an older deploy than the worker's.
 */

declare const SW_CONFIG: {
  version: string;
  /** The site's base path, "/" or "/name/": the worker's scope. */
  base: string;
  defaultLocale: string;
  /** Each language's offline fallback page and download list, site paths. */
  languages: Record<string, { fallback: string; list: string }>;
  /** Files every page loads (the icon, the registration script). */
  shell: string[];
};

// The service worker's own types (the project is type-checked with the DOM library, not WebWorker).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageFromPage extends ExtendableEvent {
  readonly data: { type?: unknown; locale?: unknown } | null;
}
interface WindowClient {
  readonly url: string;
  postMessage(message: unknown): void;
}
declare const self: {
  readonly location: Location;
  readonly clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly WindowClient[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageFromPage) => void): void;
};

/** Messages to the pages: how a saved language stands. */
export type SaveMessage =
  | { type: 'status'; locale: string; saved: boolean }
  | { type: 'progress'; locale: string; done: number; count: number }
  | { type: 'saved' | 'failed' | 'removed'; locale: string };

const { version, base, defaultLocale, languages, shell } = SW_CONFIG;
/** How long a page or search file may take from the network before the cached copy is shown. */
const TIMEOUT = 3000;
/** Files downloaded at once when saving a language. */
const PARALLEL = 4;
const site = `asec ${base} `;
const current = `${site}${version} `;
const pagesCache = `${current}pages`;
const filesCache = `${current}files`;
const savedCache = (locale: string) => `${current}saved ${locale}`;
const lists = new Set(Object.values(languages).map(({ list }) => list));

/** A response worth keeping: complete, successful and from this site. */
const keepable = (response: Response) => response.ok && response.type === 'basic' && response.status === 200;

async function keep(cacheName: string, key: string, response: Response): Promise<void> {
  if (keepable(response)) await (await caches.open(cacheName)).put(key, response);
}

/** Fetches a file and keeps it; failures are left for the next visit to retry. */
async function fetchAndKeep(cacheName: string, url: string, mode: RequestCache = 'no-cache'): Promise<void> {
  try {
    await keep(cacheName, url, await fetch(url, { cache: mode }));
  } catch {
    // Offline, or the page is gone: nothing to keep.
  }
}

/** The language of a site path: its first segment after the base, when that is a language key. */
function localeOf(path: string): string {
  const first = path.slice(base.length).split('/')[0] ?? '';
  return first !== defaultLocale && first in languages ? first : defaultLocale;
}

/** Makes sure a language's offline page is cached before it is needed. */
async function keepFallback(locale: string): Promise<void> {
  const url = languages[locale]!.fallback;
  if (!(await caches.match(url))) await fetchAndKeep(pagesCache, url);
}

/** The offline page of the visitor's language, else of any language kept. */
async function fallbackFor(locale: string): Promise<Response | undefined> {
  for (const { fallback } of [languages[locale]!, ...Object.values(languages)]) {
    const cached = await caches.match(fallback);
    if (cached) return cached;
  }
  return undefined;
}

/**
 * Network first: the network's answer if it comes within TIMEOUT, else the cached copy, else the
 * network's late answer, else `otherwise()`. A good answer is kept under `key`, even a late one.
 */
function networkFirst(event: FetchEvent, cacheName: string, key: string, otherwise: () => Promise<Response | undefined>): Promise<Response> {
  // Past the browser's HTTP cache too (GitHub Pages lets it keep pages 10 minutes): a deploy shows at once.
  const network = fetch(event.request, { cache: 'no-cache' });
  // Cloned here, before the page can start reading the body.
  event.waitUntil(network.then((response) => keep(cacheName, key, response.clone())).catch(() => undefined));
  const failed = network.catch(() => undefined);
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, TIMEOUT));
  return (async () => {
    const fast = await Promise.race([failed, timeout]);
    if (fast) return fast;
    const cached = await caches.match(key);
    return cached ?? (await failed) ?? (await otherwise()) ?? Response.error();
  })();
}

/** Cache first, for files that cannot change within a deploy. */
async function cacheFirst(event: FetchEvent, key: string): Promise<Response> {
  const cached = await caches.match(key);
  if (cached) return cached;
  const response = await fetch(event.request);
  event.waitUntil(keep(filesCache, key, response.clone()));
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(base)) return;
  // One copy per address: the search page with ?q=, Pagefind's entry file with ?ts=.
  const key = url.origin + url.pathname;
  const path = url.pathname.slice(base.length);
  if (request.mode === 'navigate') {
    const locale = localeOf(url.pathname);
    event.waitUntil(keepFallback(locale));
    event.respondWith(networkFirst(event, pagesCache, key, () => fallbackFor(locale)));
  } else if (path.startsWith('_astro/') || /\.pf_(meta|index|fragment|filter)$/.test(path)) {
    // Hashed names: what is under a name never changes.
    event.respondWith(cacheFirst(event, key));
  } else if (path.startsWith('pagefind/') || lists.has(url.pathname)) {
    // The same names from one deploy to the next: Pagefind's script, WebAssembly and entry file, the download lists.
    event.respondWith(networkFirst(event, filesCache, key, () => Promise.resolve(undefined)));
  } else if (url.search === '') {
    // The icon and the manifests: tiny, and replaced with the caches at the next deploy.
    event.respondWith(cacheFirst(event, key));
  }
});

self.addEventListener('install', (event) => {
  // A new deploy takes over at once: pages come from the network first anyway.
  void self.skipWaiting();
  event.waitUntil(caches.open(filesCache).then((cache) => cache.addAll(shell)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(site) && !name.startsWith(current)).map((name) => caches.delete(name)));
      await self.clients.claim();
      // The pages open now were loaded before the worker ran: keep them too (just loaded, so the
      // browser's HTTP cache may give them again), and their language's offline page.
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await Promise.all(
        windows
          .map((client) => new URL(client.url))
          .filter((url) => url.origin === self.location.origin && url.pathname.startsWith(base))
          .flatMap((url) => [fetchAndKeep(pagesCache, url.origin + url.pathname, 'default'), keepFallback(localeOf(url.pathname))]),
      );
    })(),
  );
});

async function tell(message: SaveMessage): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(message);
}

/** A language is saved when its list sits in its cache: the list is stored last. */
async function isSaved(locale: string): Promise<boolean> {
  return (await caches.has(savedCache(locale))) && (await (await caches.open(savedCache(locale))).match(languages[locale]!.list)) !== undefined;
}

const saving = new Map<string, { done: number; count: number }>();

/** Downloads every file of a language's list into its cache; files already there are skipped. */
async function save(locale: string): Promise<void> {
  if (saving.has(locale)) return;
  const progress = { done: 0, count: 0 };
  saving.set(locale, progress);
  try {
    const list = await fetch(languages[locale]!.list, { cache: 'no-cache' });
    if (!keepable(list)) throw new Error(`no list for ${locale}`);
    const { files } = (await list.clone().json()) as { files: { url: string }[] };
    const cache = await caches.open(savedCache(locale));
    progress.count = files.length;
    void tell({ type: 'progress', locale, ...progress });
    let next = 0;
    let stop = false;
    const worker = async () => {
      try {
        while (!stop && next < files.length) {
          const { url } = files[next++]!;
          if (!(await cache.match(url))) {
            const response = await fetch(url, { cache: 'no-cache' });
            if (!keepable(response)) throw new Error(`${url}: ${response.status}`);
            await cache.put(url, response);
          }
          progress.done++;
          void tell({ type: 'progress', locale, ...progress });
        }
      } catch (error) {
        stop = true;
        throw error;
      }
    };
    // Settled, not all: no download goes on (or reports progress) after a failure has been told.
    const results = await Promise.allSettled(Array.from({ length: PARALLEL }, worker));
    if (results.some((r) => r.status === 'rejected')) throw new Error(`saving ${locale} stopped`);
    await cache.put(languages[locale]!.list, list);
    await tell({ type: 'saved', locale });
  } catch {
    await tell({ type: 'failed', locale });
  } finally {
    saving.delete(locale);
  }
}

self.addEventListener('message', (event) => {
  const { type, locale } = event.data ?? {};
  if (typeof locale !== 'string' || !(locale in languages)) return;
  if (type === 'save') event.waitUntil(save(locale));
  else if (type === 'remove') event.waitUntil(caches.delete(savedCache(locale)).then(() => tell({ type: 'removed', locale })));
  else if (type === 'status') {
    const progress = saving.get(locale);
    event.waitUntil(progress ? tell({ type: 'progress', locale, ...progress }) : isSaved(locale).then((saved) => tell({ type: 'status', locale, saved })));
  }
});
