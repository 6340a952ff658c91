/**
 * The offline page's script: "Save {language} for offline reading". It reads the build's list of
 * the language's files and says how much the download weighs before anything starts. The service
 * worker (src/offline/worker.ts) does the downloading, not this page: that way it goes on when the
 * visitor leaves the page, and every open offline page hears how far it got. A saved language
 * outlives deploys (the worker brings it up to date); when that failed, this page says so and
 * offers to update it now. Removing it during a save stops the save.
 */
import type { SaveMessage } from './messages.ts';
import { fill } from '../i18n/fill.ts';

/** Whether the page's registration script (src/offline/register.ts) got the service worker running. */
const workerRegistered = () =>
  new Promise<boolean>((resolve) => {
    const state = document.documentElement.dataset['worker'];
    if (state) resolve(state === 'on');
    else document.addEventListener('asec:worker', (event) => resolve((event as CustomEvent<boolean>).detail), { once: true });
  });

const box = document.querySelector<HTMLElement>('[data-offline-save]');
if (box) {
  const m = box.dataset as Record<string, string>;
  const { locale, lang, list } = m;
  const size = document.getElementById('offline-size')!;
  const status = document.getElementById('offline-status')!;
  const bar = document.getElementById('offline-progress') as HTMLProgressElement;
  const saveButton = document.getElementById('offline-save') as HTMLButtonElement;
  const removeButton = document.getElementById('offline-remove') as HTMLButtonElement;
  const saveLabel = saveButton.textContent ?? '';
  const numbers = new Intl.NumberFormat(lang);
  const say = (template: string, values: Record<string, string | number>) => fill(template, values, numbers);
  let outdated = false;
  const show = (state: 'offer' | 'saving' | 'saved') => {
    // Saving is offered only with its size known (not offline, when the list cannot be had); an
    // out-of-date saved copy is offered an update.
    saveButton.textContent = outdated ? m['update']! : saveLabel;
    size.hidden = state !== 'offer' || !size.textContent;
    saveButton.hidden = !((state === 'offer' && size.textContent) || (state === 'saved' && outdated));
    bar.hidden = state !== 'saving';
    // During a save, Remove stops it and frees what it wrote.
    removeButton.hidden = state === 'offer';
  };
  /** "2.4 MB" in the page's language (decimal units, as Intl names them). */
  const amount = (bytes: number) => {
    const mega = bytes >= 1e6;
    return new Intl.NumberFormat(lang, { style: 'unit', unit: mega ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(
      bytes / (mega ? 1e6 : 1e3),
    );
  };

  const start = async () => {
    if (!(await workerRegistered())) {
      status.textContent = m['unsupported']!;
      return;
    }
    const files = await fetch(list!)
      .then((r) => r.json() as Promise<{ files: { bytes: number }[] }>)
      .then(
        (l) => l.files,
        () => undefined,
      );
    if (files) {
      const forms = JSON.parse(m['size']!) as Record<string, string>;
      size.textContent = say(forms[new Intl.PluralRules(lang).select(files.length)] ?? forms['other']!, {
        size: amount(files.reduce((sum, f) => sum + f.bytes, 0)),
        count: files.length,
      });
    }

    const post = async (type: 'save' | 'update' | 'remove' | 'status') =>
      (await navigator.serviceWorker.ready).active?.postMessage({ type, locale });
    let announced = 0;
    let pressed = false;
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent<SaveMessage>) => {
      const message = event.data;
      if (message.locale !== locale) return;
      if (message.type === 'progress') {
        show('saving');
        // Told at most once a second (and at the start and the end): a polite live region, not a
        // flood of announcements. The bar moves with its text, so the two never disagree.
        if (message.done === 0 || message.done === message.count || Date.now() - announced > 1000) {
          announced = Date.now();
          bar.max = message.count;
          bar.value = message.done;
          status.textContent = say(m['progress']!, { done: message.done, count: message.count });
        }
      } else if (message.type === 'status') {
        outdated = message.saved && message.outdated === true;
        show(message.saved ? 'saved' : 'offer');
        status.textContent = message.saved ? (outdated ? m['outdated']! : m['saved']!) : '';
      } else {
        if (message.type === 'saved') outdated = false;
        show(message.type === 'saved' ? 'saved' : 'offer');
        status.textContent = m[message.type]!;
        // The button pressed here is hidden now: the keyboard goes on from the one in its place.
        if (pressed && (document.activeElement === document.body || document.activeElement?.hasAttribute('hidden')))
          (message.type === 'saved' ? removeButton : saveButton).focus();
        pressed = false;
      }
    });
    navigator.serviceWorker.startMessages();
    saveButton.addEventListener('click', () => {
      pressed = true;
      // Saved pages should stay until the reader removes them: ask the browser not to evict them.
      void navigator.storage?.persist?.().catch(() => false);
      if (outdated) {
        void post('update');
        return;
      }
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
    status.textContent = m['failed']!;
  });
}
