/**
 * Security headers on every response. A route may set its own
 * Content-Security-Policy (the landing page does); otherwise JSON answers
 * get one that allows nothing, and the API documentation (swagger-ui, which
 * loads its own scripts and styles from /api/docs/static) one that allows
 * only same-origin scripts, styles and fetches. HSTS is sent only on
 * requests that came over TLS (directly, or through a trusted proxy).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** swagger-ui: no inline scripts; its React components set inline styles; icons are data: URIs. */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

export const HSTS = 'max-age=31536000; includeSubDomains';

export const DOCS_PREFIX = '/api/docs';

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply) => applySecurityHeaders(req, reply));
}

/** The headers every answer carries, whoever writes it (also errors/client-error.ts, below Fastify). */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Also called directly where Fastify answers without running hooks (errors/framework.ts). */
export function applySecurityHeaders(req: FastifyRequest, reply: FastifyReply): void {
  for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) reply.header(name, value);
  if (!reply.hasHeader('content-security-policy'))
    reply.header('content-security-policy', req.url.startsWith(DOCS_PREFIX) ? DOCS_CSP : API_CSP);
  if (req.protocol === 'https') reply.header('strict-transport-security', HSTS);
}
