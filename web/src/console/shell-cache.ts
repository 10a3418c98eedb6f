/**
 * Put the app shell in the service worker's cache (web/public/sw.js) from the
 * page: the index and every script and style this page has loaded so far —
 * the lazily loaded console chunks included, which the service worker never
 * saw if they loaded before it took control. With them cached, a reload
 * while offline still opens the console and its queue.
 */
export const SHELL_CACHE = 'saksi-shell-v1';

export function cacheAppShell(): void {
  if (!('caches' in window) || !navigator.onLine) return;
  const assets = performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((u) => u.origin === window.location.origin && u.pathname.startsWith('/assets/'))
    .map((u) => u.pathname);
  const urls = [...new Set(['/', ...assets])];
  void caches
    .open(SHELL_CACHE)
    .then((cache) => cache.addAll(urls))
    .catch(() => undefined);
}
