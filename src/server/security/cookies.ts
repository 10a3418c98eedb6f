/**
 * The session cookie (HttpOnly, SameSite=Strict, Secure when the request came
 * over TLS) and a readable CSRF cookie for the UI to echo in X-CSRF-Token.
 * The Cookie header is attacker-controlled: only our names are read, and
 * only values in the base64url alphabet of bounded length.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'saksi_session';
export const CSRF_COOKIE = 'saksi_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const VALUE = /^[A-Za-z0-9_-]{16,200}$/;

export function readCookie(req: FastifyRequest, name: string): string | undefined {
  const header = req.headers.cookie;
  if (typeof header !== 'string' || header.length > 8192) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    return VALUE.test(value) ? value : undefined;
  }
  return undefined;
}

export function setSessionCookies(
  req: FastifyRequest,
  reply: FastifyReply,
  session: { token: string; csrfToken: string },
  maxAgeMs: number,
): void {
  const common = `Path=/; SameSite=Strict; Max-Age=${Math.floor(maxAgeMs / 1000)}${secure(req)}`;
  reply.header('set-cookie', [
    `${SESSION_COOKIE}=${session.token}; HttpOnly; ${common}`,
    `${CSRF_COOKIE}=${session.csrfToken}; ${common}`,
  ]);
}

export function clearSessionCookies(req: FastifyRequest, reply: FastifyReply): void {
  const common = `Path=/; SameSite=Strict; Max-Age=0${secure(req)}`;
  reply.header('set-cookie', [`${SESSION_COOKIE}=; HttpOnly; ${common}`, `${CSRF_COOKIE}=; ${common}`]);
}

function secure(req: FastifyRequest): string {
  return req.protocol === 'https' ? '; Secure' : '';
}
