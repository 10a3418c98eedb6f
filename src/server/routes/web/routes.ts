/**
 * The web UI: the portal and console (web/, built into dist/web). Hashed
 * assets are cached for a year; every other GET path that is not an API,
 * log or Sirekap address answers with the app's index.html, so each view
 * has a permalink. Without a build, `/` shows the plain landing page.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SaksiError, msg } from '../../../core/errors/index.js';
import type { AppContext } from '../../context.js';
import { landingPage } from './landing.js';
import { defaultWebDir, loadWebFiles } from './files.js';
import type { WebFile } from './files.js';

/** The app's scripts and styles are its own files; ECharts sets inline styles; images may be blob:/data:. */
export const WEB_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

const NOT_APP = /^\/(api|log|sirekap|healthz|readyz)(\/|$)/;

export function webRoutes(app: FastifyInstance, ctx: AppContext, webDir: string = defaultWebDir()): void {
  const files = loadWebFiles(webDir);
  app.get('/teks', { schema: { hide: true } }, async (_req, reply) => landingPage(ctx, reply));
  if (files === null) {
    app.get('/', { schema: { hide: true } }, async (_req, reply) => landingPage(ctx, reply));
    return;
  }
  const index = files.get('/index.html');
  app.get('/*', { schema: { hide: true } }, async (req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    const file = files.get(path);
    if (file !== undefined && path !== '/index.html') return send(req, reply, file);
    if (NOT_APP.test(path) || path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path)) throw notFound(req);
    reply.header('content-security-policy', WEB_CSP);
    return send(req, reply, index as WebFile);
  });
}

function send(req: FastifyRequest, reply: FastifyReply, file: WebFile): FastifyReply {
  reply.type(file.type);
  reply.header('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  reply.header('vary', 'accept-encoding');
  const gzip = file.gzip !== null && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) reply.header('content-encoding', 'gzip');
  // Scripts get the app's CSP too: for a worker script (sw.js) it is the worker's own policy, and the
  // API's `default-src 'none'` would forbid the service worker every fetch.
  if (file.type.startsWith('text/html') || file.type.startsWith('text/javascript'))
    reply.header('content-security-policy', WEB_CSP);
  return reply.send(gzip ? file.gzip : file.body);
}

function notFound(req: FastifyRequest): SaksiError {
  return new SaksiError(
    'ROUTE_NOT_FOUND',
    msg(
      `Alamat ${req.method} ${req.url.slice(0, 200)} tidak ada.`,
      `No such address: ${req.method} ${req.url.slice(0, 200)}.`,
    ),
  );
}
