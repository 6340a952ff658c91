/**
 * The one script on every page: registers the service worker (sw.js, written by
 * src/integrations/service-worker.ts) for the whole site, so pages opened stay readable offline.
 * Where service workers are missing or blocked, nothing happens and the page works as before.
 * Registered after the page has loaded, so the worker's first downloads never compete with it.
 */
if ('serviceWorker' in navigator) {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const register = () => navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  if (document.readyState === 'complete') void register();
  else addEventListener('load', () => void register());
}
