/**
 * The one script on every page, and the one registration of the service worker (sw.js, written by
 * src/offline/integration.ts) for the whole site, so pages opened stay readable offline.
 * Where service workers are missing or blocked, nothing happens and the page works as before.
 * Registered after the page has loaded, so the worker's first downloads never compete with it.
 * Other scripts hear the outcome from `data-worker` on <html> ("on" or "off") and the
 * `asec:worker` event. Once it runs, the page asks whether its language's saved copy is out of
 * date, and says so.
 */
import type { SaveMessage } from './messages.ts';

const start = async () => {
  // A blocked registration may resolve to nothing.
  const registration =
    'serviceWorker' in navigator && 'caches' in window
      ? await navigator.serviceWorker
          .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
          .catch(() => undefined)
      : undefined;
  document.documentElement.dataset['worker'] = registration ? 'on' : 'off';
  document.dispatchEvent(new CustomEvent('asec:worker', { detail: Boolean(registration) }));
  const notice = document.querySelector<HTMLElement>('[data-saved-outdated]');
  if (!registration || !notice) return;
  const locale = notice.dataset['savedOutdated'];
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<SaveMessage>) => {
    const message = event.data;
    if (message.locale === locale && message.type === 'status') notice.hidden = !message.outdated;
  });
  (await navigator.serviceWorker.ready).active?.postMessage({ type: 'status', locale });
};
if (document.readyState === 'complete') void start();
else addEventListener('load', () => void start());
