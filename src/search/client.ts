/**
 * The search page's script: Pagefind's own JavaScript API (pagefind.js and its WebAssembly,
 * loaded on the first query), with a small accessible form and result list around it. Kept
 * this small so a first search stays within its byte budget; the form works without it.
 * Results come five at a time: each one shown costs a download of its page's text.
 */
import {
  diacriticSimilarity,
  dictionary,
  keepsMarks,
  needsSplitting,
  queryForms,
  removeWordBreaks,
  WORDS_FILE,
  type Dictionary,
} from './text.ts';
import { resultsShown } from './paths.ts';
import { fill } from '../i18n/fill.ts';
import { latinRuns } from '../i18n/latin-runs.ts';

/** `import(url)` once built: see src/integrations/runtime-import.ts. */
declare function __runtimeImport(url: string): Promise<unknown>;

/** Characters of the query the status line repeats at most. */
const QUERY_SHOWN = 40;
/** Milliseconds after the last search before the address shows it. */
const ADDRESS_DELAY = 1000;

type Result = { url: string; excerpt: string; meta: { title?: string; language?: string }; filters: { type?: string[] } };
type Found = { results: { data: () => Promise<Result> }[]; filters: { type?: Record<string, number> } };
type Pagefind = {
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<Found | null>;
  filters: () => Promise<unknown>;
  options: (options: { exactDiacritics: boolean }) => Promise<void>;
};
type Messages = {
  none: string;
  results: Record<string, string>;
  loading: string;
  failed: string;
  offline: string;
  offlineLink: string;
  missing: Record<string, string>;
  types: Record<string, string>;
};

const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const filter = form.querySelector<HTMLFieldSetElement>('fieldset')!;
  const keys = document.getElementById('search-keys')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const { bundle, base, lang, offline } = form.dataset as Record<string, string>;
  const messages = JSON.parse(form.dataset['messages']!) as Messages;
  const plural = new Intl.PluralRules(lang);
  const number = new Intl.NumberFormat(lang);
  const languageNames = new Intl.DisplayNames([lang!], { type: 'language' });
  const say = (template: string, values: Record<string, string | number>) => fill(template, values, number);

  /** The query as the status line repeats it: its first words only, so a screen reader gets to the count. */
  const graphemes = new Intl.Segmenter(lang, { granularity: 'grapheme' });
  const echo = (query: string) => {
    const letters = [...graphemes.segment(query.trim().replace(/\s+/g, ' '))].map((g) => g.segment);
    return letters.length > QUERY_SHOWN ? `${letters.slice(0, QUERY_SHOWN).join('').trimEnd()}…` : letters.join('');
  };

  // The same search in another language: the links to this page's other languages (the language
  // menu) carry the query and type, so switching language keeps them.
  const alternates = new Set(
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')].map((l) => new URL(l.href).pathname),
  );
  const otherLanguages = [...document.querySelectorAll<HTMLAnchorElement>('a[hreflang]')].filter(
    (a) => alternates.has(a.pathname) && a.pathname !== location.pathname,
  );

  // Only what works with the script is offered: the type filter and the keyboard help.
  filter.hidden = false;
  keys.hidden = false;
  input.setAttribute('aria-describedby', keys.id);

  let pagefind: Promise<Pagefind> | undefined;
  let loaded = false;
  /** The index's words, which queries are split into (see splitQuery); fetched beside Pagefind. */
  let words: Promise<Dictionary | undefined> | undefined;
  const loadWords = async () => {
    if (!needsSplitting(lang!)) return undefined;
    const response = await fetch(`${bundle}${WORDS_FILE}`);
    if (!response.ok) throw new Error(`${response.status} ${response.url}`);
    return dictionary((await response.text()).split('\n'));
  };
  const load = () =>
    (pagefind ??= Promise.all([__runtimeImport(`${bundle}pagefind.js`), (words = loadWords())]).then(
      async ([module]) => {
        const { createInstance } = module as { createInstance: (o: object) => Pagefind };
        const similarity = diacriticSimilarity(lang!);
        // Pagefind reads its language from <html lang> as it starts, and splits a Thai, Chinese or
        // Japanese query again with the browser's dictionary (even under the index's code, tha:
        // Intl reads it as th). The query is split already, so in those six languages Pagefind
        // starts as for an undetermined language ("und"), and the page's is set back at once,
        // synchronously: nothing is drawn or announced meanwhile.
        const root = document.documentElement;
        const pageLang = root.lang;
        if (needsSplitting(lang!)) root.lang = 'und';
        let instance: Pagefind;
        try {
          // In a split language a query word matches the start of longer ones (印度, India, in 印度尼西亚,
          // Indonesia): a word of the query's own length ranks first (termSimilarity, default 1).
          const ranking = {
            ...(similarity ? { diacriticSimilarity: similarity } : {}),
            ...(needsSplitting(lang!) ? { termSimilarity: 10 } : {}),
          };
          instance = createInstance({
            basePath: bundle,
            baseUrl: base,
            noWorker: true,
            excerptLength: 24,
            exactDiacritics: keepsMarks(lang!),
            ranking,
          });
        } finally {
          root.lang = pageLang;
        }
        // Searches count results per type only once the filters are loaded.
        await instance.filters();
        loaded = true;
        return instance;
      },
      (error: unknown) => {
        // Forget a failed download (a dropped connection), so the next search tries again.
        pagefind = undefined;
        words = undefined;
        throw error;
      },
    ));

  /** Text as nodes; on a right-to-left page, each Latin run (a name, a title) in a <bdi>, as the built pages have them. */
  const rtl = document.documentElement.dir === 'rtl';
  const textNodes = (text: string): Node[] =>
    rtl
      ? latinRuns(text).map(({ text, latin }) => {
          if (!latin) return document.createTextNode(text);
          const bdi = document.createElement('bdi');
          bdi.textContent = text;
          return bdi;
        })
      : [document.createTextNode(text)];

  /** Pagefind marks matches with <mark> in escaped text; rebuild that without parsing HTML. */
  const excerptNodes = (excerpt: string) =>
    excerpt.split(/(<mark>.*?<\/mark>)/).flatMap((part) => {
      const match = /^<mark>(.*)<\/mark>$/.exec(part);
      // An inert <template> decodes the entities (&amp; ...) and keeps the spaces around them.
      const decoder = document.createElement('template');
      decoder.innerHTML = match ? match[1]! : part;
      const text = removeWordBreaks(decoder.content.textContent ?? '');
      if (!match) return textNodes(text);
      const mark = document.createElement('mark');
      mark.append(...textNodes(text));
      return [mark];
    });

  const render = (result: Result) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.append(...textNodes(removeWordBreaks(result.meta.title ?? result.url)));
    const type = document.createElement('span');
    type.className = 'search-type';
    // A page whose text is English (no translation yet) says so, named in the reader's language.
    const language = result.meta.language && languageNames.of(result.meta.language);
    type.textContent = [messages.types[result.filters.type?.[0] ?? 'page'] ?? '', language].filter(Boolean).join(' · ');
    if (language) link.hreflang = result.meta.language!;
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(link, type, excerpt);
    return item;
  };

  /** Offline, a failed download is a file not on this device: say so, and where to save the language. */
  const showFailure = () => {
    if (navigator.onLine) {
      status.textContent = messages.failed;
      return;
    }
    const link = document.createElement('a');
    link.href = offline!;
    link.textContent = messages.offlineLink;
    status.replaceChildren(`${messages.offline} `, link);
  };

  let pending: { data: () => Promise<Result> }[] = [];
  /** Results whose text could not be loaded (offline, not on this device), in this search. */
  let missing = 0;
  /** The status of this search without the note on missing results. */
  let counted = '';
  /** Shows the next results; false when a newer search has replaced this one meanwhile. */
  const showMore = async (ticket: number, replace: boolean) => {
    more.disabled = true;
    const batch = pending.splice(0, resultsShown);
    // Each result's text is a file of its own: show those on hand, count the rest.
    const settled = await Promise.allSettled(batch.map((r) => r.data()));
    if (ticket !== latest) return false;
    const data = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    missing += settled.length - data.length;
    if (replace) list.replaceChildren(...data.map(render));
    else list.append(...data.map(render));
    more.hidden = pending.length === 0;
    more.disabled = false;
    return true;
  };
  const missingNote = () =>
    missing ? ` ${say(messages.missing[plural.select(missing)] ?? messages.missing['other']!, { count: missing })}` : '';
  more.addEventListener('click', () => {
    if (more.disabled) return;
    const ticket = latest;
    const first = list.children.length;
    const before = missing;
    showMore(ticket, false).then(
      (current) => {
        if (current && missing > before) status.textContent = counted + missingNote();
        if (current) list.children[first]?.querySelector('a')?.focus();
      },
      () => ticket === latest && showFailure(),
    );
  });

  const selectedType = () => new FormData(form).get('type')?.toString() ?? '';
  const showCounts = (counts: Record<string, number>, total: number) => {
    for (const span of filter.querySelectorAll<HTMLElement>('[data-count]')) {
      const type = span.dataset['count']!;
      span.textContent = `(${number.format(type ? (counts[type] ?? 0) : total)})`;
    }
  };

  // The address keeps the search (for reload, Back and sharing), written once the reader pauses or
  // leaves: each history.replaceState costs the browser a same-page navigation (in Chromium about
  // 14 ms, favicon included), and Safari refuses more than 100 in 10 seconds.
  let address: URL | undefined;
  let addressTimer: ReturnType<typeof setTimeout> | undefined;
  const writeAddress = () => {
    clearTimeout(addressTimer);
    if (address && address.href !== location.href) history.replaceState(null, '', address);
    address = undefined;
  };
  list.addEventListener('click', writeAddress, true);
  addEventListener('pagehide', writeAddress);

  let latest = 0;
  const run = async (query: string) => {
    const ticket = ++latest;
    const type = selectedType();
    const url = new URL(location.href);
    url.searchParams.delete('q');
    url.searchParams.delete('type');
    if (query) url.searchParams.set('q', query);
    if (type) url.searchParams.set('type', type);
    address = url;
    clearTimeout(addressTimer);
    addressTimer = setTimeout(writeAddress, ADDRESS_DELAY);
    for (const link of otherLanguages) link.search = url.search;
    more.hidden = true;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      for (const span of filter.querySelectorAll('[data-count]')) span.textContent = '';
      return;
    }
    // Announce the wait only while Pagefind downloads; later searches answer at once.
    if (!loaded) status.textContent = messages.loading;
    try {
      const search = await load();
      // The query split into the index's words, then as typed; in Vietnamese, tones exact first (see queryForms).
      let terms = '';
      let all: Found | null = null;
      for (const form of queryForms(query, lang!, await words)) {
        terms = form.terms;
        await search.options({ exactDiacritics: form.exactDiacritics });
        // The unnarrowed search gives the count of each type; a narrowed one, the results shown.
        all = await search.search(terms);
        if (all?.results.length) break;
      }
      const found = type && all ? await search.search(terms, { filters: { type } }) : all;
      if (ticket !== latest) return;
      showCounts(all?.filters.type ?? {}, all?.results.length ?? 0);
      pending = [...(found?.results ?? [])];
      missing = 0;
      const count = pending.length;
      await showMore(ticket, true);
      if (ticket !== latest) return;
      const template = count === 0 ? messages.none : (messages.results[plural.select(count)] ?? messages.results['other']!);
      counted = say(template, { count, query: echo(query) });
      status.textContent = counted + missingNote();
    } catch {
      if (ticket === latest) showFailure();
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const runNow = () => {
    clearTimeout(timer);
    void run(input.value);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(runNow, 200);
  });
  filter.addEventListener('change', runNow);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    runNow();
  });

  // Keyboard: "/" goes to the box; arrows move between the box and the results; Escape clears.
  const links = () => [...list.querySelectorAll('a')];
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (
      event.key === '/' &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      !target.closest('input, textarea, select, [contenteditable]')
    ) {
      event.preventDefault();
      input.focus();
      input.select();
      return;
    }
    if (event.key === 'Escape' && (target === input || list.contains(target))) {
      input.value = '';
      runNow();
      input.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(target as HTMLAnchorElement);
    if (target === input && event.key === 'ArrowDown' && all.length) {
      event.preventDefault();
      all[0]!.focus();
    } else if (at !== -1) {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? all[at + 1] : at === 0 ? input : all[at - 1];
      next?.focus();
    }
  });

  const params = new URL(location.href).searchParams;
  const initialType = params.get('type');
  const radio = initialType && filter.querySelector<HTMLInputElement>(`input[value="${CSS.escape(initialType)}"]`);
  if (radio) radio.checked = true;
  const initial = params.get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
