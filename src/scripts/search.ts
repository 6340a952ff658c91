/**
 * The search page's script: Pagefind's own JavaScript API (pagefind.js and its WebAssembly,
 * loaded on the first query), with a small accessible form and result list around it. Kept
 * this small so a first search stays within its byte budget; the form works without it.
 * Results come five at a time: each one shown costs a download of its page's text.
 */
const PAGE_SIZE = 5;

type Result = { url: string; excerpt: string; meta: { title?: string } };
type Pagefind = {
  search: (term: string) => Promise<{ results: { data: () => Promise<Result> }[] } | null>;
};

const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const { bundle, base, none, one, many, loading, failed } = form.dataset as Record<string, string>;
  const say = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

  let pagefind: Promise<Pagefind> | undefined;
  let loaded = false;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(
      (module: { createInstance: (o: object) => Pagefind }) => {
        loaded = true;
        return module.createInstance({ basePath: bundle, baseUrl: base, noWorker: true, excerptLength: 24 });
      },
      (error: unknown) => {
        // Forget a failed download (a dropped connection), so the next search tries again.
        pagefind = undefined;
        throw error;
      },
    ));

  /** Pagefind marks matches with <mark> in escaped text; rebuild that without parsing HTML. */
  const excerptNodes = (excerpt: string) =>
    excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
      const match = /^<mark>(.*)<\/mark>$/.exec(part);
      // An inert <template> decodes the entities (&amp; ...) and keeps the spaces around them.
      const decoder = document.createElement('template');
      decoder.innerHTML = match ? match[1]! : part;
      const text = decoder.content.textContent ?? '';
      if (!match) return document.createTextNode(text);
      const mark = document.createElement('mark');
      mark.textContent = text;
      return mark;
    });

  const render = (result: Result) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(link, excerpt);
    return item;
  };

  let pending: { data: () => Promise<Result> }[] = [];
  /** Shows the next results; false when a newer search has replaced this one meanwhile. */
  const showMore = async (ticket: number, replace: boolean) => {
    more.disabled = true;
    const batch = pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (ticket !== latest) return false;
    if (replace) list.replaceChildren(...data.map(render));
    else list.append(...data.map(render));
    more.hidden = pending.length === 0;
    more.disabled = false;
    return true;
  };
  more.addEventListener('click', () => {
    if (more.disabled) return;
    const ticket = latest;
    const first = list.children.length;
    showMore(ticket, false).then(
      (current) => current && (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus(),
      () => ticket === latest && (status.textContent = failed!),
    );
  });

  let latest = 0;
  const run = async (query: string) => {
    const ticket = ++latest;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    more.hidden = true;
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    // Announce the wait only while Pagefind downloads; later searches answer at once.
    if (!loaded) status.textContent = loading!;
    try {
      const found = await (await load()).search(query);
      if (ticket !== latest) return;
      pending = [...(found?.results ?? [])];
      const count = pending.length;
      await showMore(ticket, true);
      if (ticket === latest) status.textContent = say(count === 0 ? none! : count === 1 ? one! : many!, { count, query });
    } catch {
      if (ticket === latest) status.textContent = failed!;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
