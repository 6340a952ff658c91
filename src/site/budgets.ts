/**
 * Byte budgets, gzip-compressed as GitHub Pages serves them. A text page must arrive in the first
 * round trip (about 14 KB: TCP's initial window of 10 packets); scripts have budgets of their own.
 */
export const budgets = {
  /** Any page's HTML with its inlined CSS and SVG. */
  pageBytes: 14 * 1024,
  /** Requests to show a text page, the HTML included (the favicon counts). */
  pageRequests: 3,
  /** The search page's own script. */
  searchScriptBytes: 4 * 1024,
  /** The service worker's registration, the one script on every page. */
  registrationScriptBytes: 1024,
  /** Everything a first search downloads after the search page: script, Pagefind, index, results. */
  firstSearchBytes: 100 * 1024,
  /** Everything a second search downloads: only the index and text it did not have yet. */
  secondSearchBytes: 20 * 1024,
} as const;
