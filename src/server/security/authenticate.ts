/**
 * Who is calling: a bearer token (`Authorization: Bearer saksi_pat_…`, the
 * CLI) or the session cookie (browsers). When an Authorization header is
 * present it alone counts — a bad one never falls back to the cookie.
 */
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../../core/auth/index.js';
import { resolveBearer, resolveSession, secretMatches } from '../../services/accounts/index.js';
import type { AuthDeps } from '../../services/accounts/index.js';
import { CSRF_HEADER, SESSION_COOKIE, readCookie } from './cookies.js';

export interface Authenticated {
  readonly principal: Principal;
  /** The session's CSRF token hash; null for bearer tokens (no CSRF check). */
  readonly csrfHash: string | null;
}

const BEARER = /^Bearer[ ]+([A-Za-z0-9_-]{1,200})$/i;

export async function authenticate(deps: AuthDeps, req: FastifyRequest): Promise<Authenticated | null> {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const m = BEARER.exec(header.trim());
    if (m === null || m[1] === undefined) return null;
    const principal = await resolveBearer(deps, m[1]);
    return principal === null ? null : { principal, csrfHash: null };
  }
  const cookie = readCookie(req, SESSION_COOKIE);
  if (cookie === undefined) return null;
  const resolved = await resolveSession(deps, cookie);
  return resolved === null ? null : { principal: resolved.principal, csrfHash: resolved.session.csrfHash };
}

/** The X-CSRF-Token header must match the session's token (synchroniser token pattern). */
export function csrfOk(req: FastifyRequest, csrfHash: string): boolean {
  const sent = req.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || sent.length === 0 || sent.length > 200) return false;
  return secretMatches(sent, csrfHash);
}
