/**
 * The offline page's script: "Save {language} for offline reading". It reads the build's list of
 * the language's files and says how much the download weighs before anything starts. The service
 * worker (src/scripts/sw.ts) does the downloading, not this page: that way it goes on when the
 * visitor leaves the page, and every open offline page hears how far it got. Saved files belong
 * to one deploy: after the next one they are gone, and this page offers to save again.
 */
import type { SaveMessage } from './sw.ts';

const box = document.querySelector<HTMLElement>('[data-offline-save]');
if (box) {
  const { locale, lang, list, size: sizeForms, progress, saved, removed, failed, unsupported } = box.dataset as Record<string, string>;
  const size = document.getElementById('offline-size')!;
  const status = document.getElementById('offline-status')!;
  const bar = document.getElementById('offline-progress') as HTMLProgressElement;
  const saveButton = document.getElementById('offline-save') as HTMLButtonElement;
  const removeButton = document.getElementById('offline-remove') as HTMLButtonElement;
  const numbers = new Intl.NumberFormat(lang);
  const say = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (whole, key: string) => {
      const value = values[key];
      return value === undefined ? whole : typeof value === 'number' ? numbers.format(value) : value;
    });
  const show = (state: 'offer' | 'saving' | 'saved') => {
    // Saving is offered only with its size known (not offline, when the list cannot be had).
    size.hidden = saveButton.hidden = state !== 'offer' || !size.textContent;
    bar.hidden = state !== 'saving';
    removeButton.hidden = state !== 'saved';
  };
  /** "2.4 MB" in the page's language (decimal units, as Intl names them). */
  const amount = (bytes: number) => {
    const mega = bytes >= 1e6;
    return new Intl.NumberFormat(lang, { style: 'unit', unit: mega ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(bytes / (mega ? 1e6 : 1e3));
  };

  const start = async () => {
    // Service workers missing, refused, or blocked (a blocked registration may resolve to nothing).
    const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
    const registration = 'serviceWorker' in navigator && 'caches' in window ? await navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined) : undefined;
    if (!registration) {
      status.textContent = unsupported!;
      return;
    }
    const files = await fetch(list!).then((r) => r.json() as Promise<{ files: { bytes: number }[] }>).then((l) => l.files, () => undefined);
    if (files) {
      const forms = JSON.parse(sizeForms!) as Record<string, string>;
      size.textContent = say(forms[new Intl.PluralRules(lang).select(files.length)] ?? forms['other']!, { size: amount(files.reduce((sum, f) => sum + f.bytes, 0)), count: files.length });
    }

    const post = async (type: 'save' | 'remove' | 'status') => (await navigator.serviceWorker.ready).active?.postMessage({ type, locale });
    let announced = 0;
    let pressed = false;
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent<SaveMessage>) => {
      const message = event.data;
      if (message.locale !== locale) return;
      if (message.type === 'progress') {
        show('saving');
        bar.max = message.count;
        bar.value = message.done;
        // Told at most once a second: a polite live region, not a flood of announcements.
        if (Date.now() - announced > 1000) {
          announced = Date.now();
          status.textContent = say(progress!, { done: message.done, count: message.count });
        }
      } else if (message.type === 'status') {
        show(message.saved ? 'saved' : 'offer');
        status.textContent = message.saved ? saved! : '';
      } else {
        show(message.type === 'saved' ? 'saved' : 'offer');
        status.textContent = message.type === 'saved' ? saved! : message.type === 'removed' ? removed! : failed!;
        // The button pressed here is hidden now: the keyboard goes on from the one in its place.
        if (pressed && document.activeElement === document.body) (message.type === 'saved' ? removeButton : saveButton).focus();
        pressed = false;
      }
    });
    navigator.serviceWorker.startMessages();
    saveButton.addEventListener('click', () => {
      pressed = true;
      show('saving');
      void post('save');
    });
    removeButton.addEventListener('click', () => {
      pressed = true;
      void post('remove');
    });
    await post('status');
  };
  start().catch(() => {
    status.textContent = failed!;
  });
}
