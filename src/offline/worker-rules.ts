/**
 * The service worker's rules of trust, kept apart from it so the tests can hold them to account:
 * which caches are its own, and which pages may ask it to save or remove. Other sites can share
 * the origin (GitHub Pages project sites all live on <owner>.github.io), and with it Cache
 * Storage and the right to message this worker.
 */

/** Cache names of a site: "asec <base> " then the deploy's version, or "saved <language>". */
export const cachePrefix = (base: string) => `asec ${base} `;

/**
 * The caches the worker may answer from, in the order it looks: this deploy's pages and files,
 * then saved languages. Never a cache of another site, nor an older deploy's.
 */
export function ownCaches(names: readonly string[], base: string, version: string): string[] {
  const site = cachePrefix(base);
  const current = [`${site}${version} pages`, `${site}${version} files`];
  const saved = names.filter((name) => name.startsWith(`${site}saved `)).sort();
  return [...current, ...saved].filter((name) => names.includes(name));
}

/** Whether a message comes from a page of this site, within the worker's scope. */
export function fromOwnPage(origin: string, sourceUrl: string | undefined, selfOrigin: string, base: string): boolean {
  if (origin !== selfOrigin || !sourceUrl) return false;
  const url = new URL(sourceUrl);
  return url.origin === selfOrigin && url.pathname.startsWith(base);
}
