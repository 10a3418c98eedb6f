/* global self, caches, fetch, URL, Response */
/**
 * Saksi's service worker: keeps the app shell so that the officer console
 * opens offline (its queue lives in IndexedDB). Navigations go to the network
 * first and fall back to the cached index; hashed assets (/assets/…, never
 * changed) come from the cache first. API, log and Sirekap requests are left
 * alone: they must fail visibly offline, and results must never be stale.
 * The page adds the assets it loaded to the same cache (console/shell-cache.ts).
 */
const SHELL_CACHE = 'saksi-shell-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.add('/'))
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== SHELL_CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    if (/^\/(api|log|sirekap|teks|healthz|readyz)(\/|$)/.test(url.pathname)) return;
    if (/\.[a-z0-9]+$/i.test(url.pathname)) return; // a file, not a view of the app
    event.respondWith(networkFirst(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  }
});

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    // Only the app's own page becomes the offline shell.
    if (response.ok && (response.headers.get('content-type') ?? '').startsWith('text/html')) {
      const cache = await caches.open(SHELL_CACHE);
      await cache.put('/', response.clone());
    }
    return response;
  } catch {
    const cached = await caches.match('/');
    return cached ?? new Response('Offline', { status: 503, headers: { 'content-type': 'text/plain' } });
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached !== undefined) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(SHELL_CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}
