/**
 * The service worker, written by hand and small (see "Offline reading" in README.md); Workbox
 * would weigh more than the whole worker and still need the saved-language logic below. The
 * build (src/offline/integration.ts) compiles it to sw.js with SW_CONFIG filled in.
 *
 * - Pages: network first (with navigation preload), the kept copy when the network is slower
 *   than a few seconds, fails, answers 5xx or breaks off mid-page; a page shown from a kept copy
 *   says so, with the date it was kept. A page never kept: the offline page of its language.
 * - Hashed files (scripts, Pagefind's index): cache first. Pagefind's script, WebAssembly and
 *   entry file, and the download lists, keep their names: network first, like pages.
 * - The icon and the manifests: cache first.
 * - "Save for offline reading" (the offline page asks by message): the worker downloads every file
 *   of a language into a cache of its own, which outlives deploys: after a deploy it fetches, in
 *   the background, only the files whose hash changed, and drops those the deploy removed.
 *
 * Only this worker's own caches are read (other sites on the same origin have caches too), and
 * only pages of this site, in its scope, may ask it to save or remove.
 */

interface Strings {
  lang: string;
  dir: string;
  title: string;
  body: string;
  home: string;
  homeLabel: string;
}
declare const SW_CONFIG: {
  version: string;
  /** The site's base path, "/" or "/name/": the worker's scope. */
  base: string;
  defaultLocale: string;
  /** Each language's offline fallback page and download list (site paths), and its offline-page strings. */
  languages: Record<string, { fallback: string; list: string; strings: Strings }>;
  /** Files every page loads (the icon, the registration script). */
  shell: string[];
};

declare const self: ServiceWorkerGlobalScope;

import { cachePrefix, fromOwnPage, ownCaches } from './worker-rules.ts';
import type { ListedFile, SaveMessage } from './messages.ts';

const { version, base, defaultLocale, languages, shell } = SW_CONFIG;
/** How long a page or search file may take from the network before the kept copy is shown. */
const TIMEOUT = 3000;
/** Files downloaded at once when saving a language. */
const PARALLEL = 4;
/** A preloaded page dated earlier than this may come from the browser's HTTP cache, from before a deploy. */
const FRESH = 120_000;
const site = cachePrefix(base);
const current = `${site}${version} `;
const pagesCache = `${current}pages`;
const filesCache = `${current}files`;
/** Saved languages keep one cache across deploys. */
const savedPrefix = `${site}saved `;
const savedCache = (locale: string) => `${savedPrefix}${locale}`;
const stateKey = (locale: string) => `${self.location.origin}${languages[locale]!.list}?state`;
const listKey = (locale: string) => `${self.location.origin}${languages[locale]!.list}`;
const lists = new Set(Object.values(languages).map(({ list }) => list));
/** When a copy was kept: a header of our own on every response the worker keeps. */
const KEPT = 'x-asec-kept';

/** A response worth keeping: complete, successful and from this site. */
const keepable = (response: Response) => response.ok && response.type === 'basic' && response.status === 200;

/** The response with its body read in full (throws if the connection breaks off), dated now. */
async function whole(response: Response): Promise<Response> {
  const body = await response.arrayBuffer();
  const headers = new Headers(response.headers);
  headers.set(KEPT, new Date().toISOString());
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

async function keep(cacheName: string, key: string, response: Response): Promise<void> {
  // Judged on the network's own response: a copy's type is no longer "basic".
  if (keepable(response)) await (await caches.open(cacheName)).put(key, await whole(response));
}

/** Fetches a file past the browser's HTTP cache and keeps it; failures are left for the next visit to retry. */
async function fetchAndKeep(cacheName: string, url: string): Promise<void> {
  try {
    await keep(cacheName, url, await fetch(url, { cache: 'no-cache' }));
  } catch {
    // Offline, or the page is gone: nothing to keep.
  }
}

/** A kept copy, from this worker's own caches only (caches.match would look in every cache of the origin). */
async function lookup(key: string): Promise<Response | undefined> {
  for (const name of ownCaches(await caches.keys(), base, version)) {
    const hit = await (await caches.open(name)).match(key);
    if (hit) return hit;
  }
  return undefined;
}

/** The language of a site path: its first segment after the base, when that is a language key. */
function localeOf(path: string): string {
  const first = path.slice(base.length).split('/')[0] ?? '';
  return first !== defaultLocale && first in languages ? first : defaultLocale;
}

/** Makes sure a language's offline page is kept before it is needed. */
async function keepFallback(locale: string): Promise<void> {
  const url = self.location.origin + languages[locale]!.fallback;
  if (!(await lookup(url))) await fetchAndKeep(pagesCache, url);
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The offline page of the address's language: kept, or written here from its strings. */
async function fallbackFor(locale: string): Promise<Response> {
  const kept = await lookup(self.location.origin + languages[locale]!.fallback);
  if (kept) return kept;
  const s = languages[locale]!.strings;
  const html = `<!doctype html><html lang="${s.lang}" dir="${s.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(s.title)}</title></head><body><main><h1>${escape(s.title)}</h1><p>${escape(s.body)}</p><p><a href="${s.home}">${escape(s.homeLabel)}</a></p></main></body></html>`;
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/**
 * A kept page, marked as such: the notice every page carries (hidden) is shown, with the date the
 * copy was kept, written the way the page's language writes dates.
 */
async function markedAsKept(response: Response): Promise<Response> {
  const html = await response.text();
  const keptAt = response.headers.get(KEPT);
  const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  let shown = html;
  if (keptAt) {
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(keptAt));
    shown = html
      .replace('<div hidden data-kept-copy', '<div data-kept-copy')
      .replace('<time data-kept-at></time>', `<time datetime="${keptAt}">${escape(date)}</time>`);
  }
  return new Response(shown, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** Waits for `promise` at most `ms`; undefined after that. */
const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(resolve, ms))]);

/** A page from the network: the preloaded answer when it is fresh, else a fetch past the HTTP cache. */
async function networkPage(event: FetchEvent): Promise<Response> {
  const preloaded = await event.preloadResponse.catch(() => undefined);
  // The preload goes through the HTTP cache: take it only online, and only when it is recent.
  const date = Date.parse(preloaded?.headers.get('date') ?? '');
  if (preloaded && self.navigator.onLine && Date.now() - date < FRESH) return preloaded;
  // Past the browser's HTTP cache (GitHub Pages lets it keep pages 10 minutes): a deploy shows at once.
  return fetch(event.request, { cache: 'no-cache' });
}

/**
 * Network first: the network's complete, non-5xx answer if it comes within TIMEOUT, else the kept
 * copy (marked, for a page), else the network's late or failed answer, else `otherwise()`. A good
 * answer is kept under `key`, even a late one.
 */
function networkFirst(
  event: FetchEvent,
  cacheName: string,
  key: string,
  page: boolean,
  otherwise: () => Promise<Response | undefined>,
): Promise<Response> {
  // Read in full before it is shown or kept: a body cut off mid-transfer is no answer.
  const network = (page ? networkPage(event) : fetch(event.request, { cache: 'no-cache' })).then(async (response) => ({
    good: keepable(response),
    response: await whole(response),
  }));
  event.waitUntil(
    network
      .then(({ good, response }) => {
        // Copied now, before the page starts reading the body.
        const copy = response.clone();
        return good ? caches.open(cacheName).then((cache) => cache.put(key, copy)) : undefined;
      })
      .catch(() => undefined),
  );
  const answer = network.then(({ response }) => response).catch(() => undefined);
  return (async () => {
    const fast = await within(answer, TIMEOUT);
    if (fast && fast.status < 500) return fast;
    const kept = await lookup(key);
    if (kept) return page ? markedAsKept(kept) : kept;
    return (await answer) ?? (await otherwise()) ?? Response.error();
  })();
}

/** Cache first, for files that cannot change within a deploy. */
async function cacheFirst(event: FetchEvent, key: string): Promise<Response> {
  const kept = await lookup(key);
  if (kept) return kept;
  const response = await fetch(event.request);
  event.waitUntil(keep(filesCache, key, response.clone()));
  return response;
}

/** Saved languages to bring up to date with this deploy, once the worker has work to do. */
let refreshDue = false;

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
    // Older deploys' caches go again at each page: the previous worker may have been finishing a
    // download into them when this one took over (one look at the cache names, no more).
    event.waitUntil(dropOldCaches());
    if (refreshDue) {
      refreshDue = false;
      event.waitUntil(refreshSaved());
    }
    event.respondWith(networkFirst(event, pagesCache, key, true, () => fallbackFor(locale)));
  } else if (path.startsWith('_astro/') || /\.pf_(meta|index|fragment|filter)$/.test(path)) {
    // Hashed names: what is under a name never changes.
    event.respondWith(cacheFirst(event, key));
  } else if (path.startsWith('pagefind/') || lists.has(url.pathname)) {
    // The same names from one deploy to the next: Pagefind's script, WebAssembly and entry file, the download lists.
    event.respondWith(networkFirst(event, filesCache, key, false, () => Promise.resolve(undefined)));
  } else if (url.search === '') {
    // The icon and the manifests: tiny, and replaced with the caches at the next deploy.
    event.respondWith(cacheFirst(event, key));
  }
});

self.addEventListener('install', (event) => {
  // A new deploy takes over at once: pages come from the network first anyway.
  void self.skipWaiting();
  event.waitUntil(Promise.all(shell.map((url) => fetchAndKeep(filesCache, self.location.origin + url))));
});

/** Deletes older deploys' caches (saved languages are kept: they are brought up to date instead). */
async function dropOldCaches(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(site) && !name.startsWith(current) && !name.startsWith(savedPrefix))
      .map((name) => caches.delete(name)),
  );
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await self.registration.navigationPreload?.enable().catch(() => undefined);
      await dropOldCaches();
      await self.clients.claim();
      // Saved languages are brought up to date at the next page request, not here: activation
      // holds every request back until it ends.
      refreshDue = true;
      // The pages open now were loaded before the worker ran: keep them too, from the server
      // (not the HTTP cache, which may hold the previous deploy's), and their language's offline page.
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      await Promise.all(
        windows
          .map((client) => new URL(client.url))
          .filter((url) => url.origin === self.location.origin && url.pathname.startsWith(base))
          .flatMap((url) => [fetchAndKeep(pagesCache, url.origin + url.pathname), keepFallback(localeOf(url.pathname))]),
      );
    })(),
  );
});

async function tell(message: SaveMessage): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(message);
}

interface SavedState {
  /** When the copy was last brought up to date. */
  savedAt: string;
  /** The last attempt to bring it up to date failed: it belongs to an older deploy. */
  outdated?: boolean;
}

async function readJson<T>(cache: Cache, key: string): Promise<T | undefined> {
  const response = await cache.match(key);
  return response ? ((await response.json()) as T) : undefined;
}

const jsonResponse = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });

/** A language is saved when its list sits in its cache: the list is stored last. */
async function savedList(locale: string): Promise<ListedFile[] | undefined> {
  if (!(await caches.has(savedCache(locale)))) return undefined;
  return (await readJson<{ files: ListedFile[] }>(await caches.open(savedCache(locale)), listKey(locale)))?.files;
}

class NoRoom extends Error {}

/** Saves in progress, each with its progress and a way to stop it. */
const saving = new Map<string, { done: number; count: number; cancelled: boolean; finished: Promise<void> }>();

/**
 * Saves a language, or brings a saved one up to date: downloads the files of its list whose hash
 * differs from what is saved (hashed scripts and index files first, pages last, so a page never
 * lands before what it loads), then drops what the list no longer names. A first save that fails
 * leaves nothing behind; a failed update keeps the saved copy whole, marked outdated.
 */
function save(locale: string, update: boolean): Promise<void> {
  const running = saving.get(locale);
  if (running) return running.finished;
  const progress = { done: 0, count: 0, cancelled: false, finished: Promise.resolve() };
  progress.finished = (async () => {
    const cache = await caches.open(savedCache(locale));
    const before = await readJson<{ files: ListedFile[] }>(cache, listKey(locale));
    const state = await readJson<SavedState>(cache, stateKey(locale));
    try {
      const list = await fetch(languages[locale]!.list, { cache: 'no-cache' });
      if (!keepable(list)) throw new Error(`no list for ${locale}`);
      const listed = (await list.clone().json()) as { files: ListedFile[] };
      const had = new Map((before?.files ?? []).map((f) => [f.url, f.hash]));
      const todo = listed.files
        .filter((f) => had.get(f.url) !== f.hash)
        .sort((a, b) => Number(a.url.endsWith('/')) - Number(b.url.endsWith('/')));
      // Room first: a save that cannot fit is not started.
      const estimate = await self.navigator.storage?.estimate().catch(() => undefined);
      const needed = todo.reduce((sum, f) => sum + f.size, 0);
      if (estimate?.quota !== undefined && estimate.quota - (estimate.usage ?? 0) < needed * 1.2) throw new NoRoom();
      progress.count = todo.length;
      if (!update) void tell({ type: 'progress', locale, done: 0, count: todo.length });
      let next = 0;
      let stop = false;
      const worker = async () => {
        try {
          while (!stop && !progress.cancelled && next < todo.length) {
            const { url } = todo[next++]!;
            const response = await fetch(url, { cache: 'no-cache' });
            if (!keepable(response)) throw new Error(`${url}: ${response.status}`);
            await cache.put(url, await whole(response));
            progress.done++;
            if (!update) void tell({ type: 'progress', locale, done: progress.done, count: progress.count });
          }
        } catch (error) {
          stop = true;
          throw error;
        }
      };
      // Settled, not all: no download goes on (or reports progress) after a failure has been told.
      const results = await Promise.allSettled(Array.from({ length: PARALLEL }, worker));
      const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failure) throw failure.reason;
      if (progress.cancelled) return;
      const keepUrls = new Set(listed.files.map((f) => f.url));
      for (const request of await cache.keys()) {
        const { pathname } = new URL(request.url);
        if (!keepUrls.has(pathname) && request.url !== listKey(locale) && request.url !== stateKey(locale)) await cache.delete(request);
      }
      await cache.put(listKey(locale), list);
      await cache.put(stateKey(locale), jsonResponse({ savedAt: new Date().toISOString() } satisfies SavedState));
      if (!update) await tell({ type: 'saved', locale });
    } catch (error) {
      if (progress.cancelled) return;
      const full = error instanceof NoRoom || (error instanceof DOMException && error.name === 'QuotaExceededError');
      if (before && state) {
        // The saved copy stays as it was (every page with the files it loads), marked outdated.
        await cache.put(stateKey(locale), jsonResponse({ ...state, outdated: true } satisfies SavedState)).catch(() => undefined);
      } else {
        // A first save that failed frees what it wrote.
        await caches.delete(savedCache(locale));
      }
      await tell({ type: full ? 'full' : 'failed', locale });
    }
  })().finally(() => saving.delete(locale));
  saving.set(locale, progress);
  return progress.finished;
}

/** Removes a saved language; a save in progress stops first, and never reports "saved". */
async function remove(locale: string): Promise<void> {
  const running = saving.get(locale);
  if (running) {
    running.cancelled = true;
    await running.finished;
  }
  await caches.delete(savedCache(locale));
  await tell({ type: 'removed', locale });
}

/**
 * Brings a saved language up to date, then tells the pages how it stands: a page that asked while
 * the update ran was told only its progress, and must hear how it ended (a failure above all).
 */
const update = (locale: string) =>
  save(locale, true)
    .then(() => status(locale))
    .then(tell);

/** Brings every saved language up to date with this deploy, one after another, when online. */
async function refreshSaved(): Promise<void> {
  for (const name of (await caches.keys()).filter((n) => n.startsWith(savedPrefix))) {
    const locale = name.slice(savedPrefix.length);
    if (locale in languages && (await savedList(locale))) await update(locale);
  }
}

async function status(locale: string): Promise<SaveMessage> {
  if (!(await savedList(locale))) return { type: 'status', locale, saved: false };
  const state = await readJson<SavedState>(await caches.open(savedCache(locale)), stateKey(locale));
  return { type: 'status', locale, saved: true, ...(state ? { savedAt: state.savedAt, outdated: state.outdated === true } : {}) };
}

self.addEventListener('message', (event) => {
  // Only pages of this site, in this worker's scope: not another site on the same origin.
  if (!fromOwnPage(event.origin, event.source && 'url' in event.source ? event.source.url : undefined, self.location.origin, base)) return;
  const { type, locale } = (event.data ?? {}) as { type?: unknown; locale?: unknown };
  if (typeof locale !== 'string' || !(locale in languages)) return;
  if (type === 'save') event.waitUntil(save(locale, false));
  else if (type === 'update') event.waitUntil(update(locale));
  else if (type === 'remove') event.waitUntil(remove(locale));
  else if (type === 'status') {
    const progress = saving.get(locale);
    event.waitUntil(progress ? tell({ type: 'progress', locale, done: progress.done, count: progress.count }) : status(locale).then(tell));
  }
});
