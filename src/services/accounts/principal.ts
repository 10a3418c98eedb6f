/**
 * Turn a presented credential — a session cookie or a bearer token, both
 * attacker-controlled — into the principal acting, or nothing. Only the
 * SHA-256 of a credential is looked up; expired, revoked or disabled ones
 * resolve to nothing.
 */
import type { Principal } from '../../core/auth/index.js';
import type { Account, AuthRepos, Session } from '../../store/index.js';
import type { AuthDeps } from './deps.js';
import { hashSecret, newSecret } from './secrets.js';

/** Longest credential accepted; anything longer is not one of ours. */
const MAX_CREDENTIAL = 200;
/** Write `last_seen_at` / `last_used_at` at most this often. */
const TOUCH_EVERY_MS = 60_000;

export function toPrincipal(a: Account, via: Principal['via'], credentialId: string): Principal {
  return {
    accountId: a.id,
    username: a.username,
    role: a.role,
    scope: a.scope,
    pairId: a.pairId,
    permissions: a.permissions,
    totpEnabled: a.totpEnabled,
    demoExempt: a.demoExempt,
    via,
    credentialId,
  };
}

export async function resolveSession(
  deps: AuthDeps,
  token: string,
): Promise<{ principal: Principal; session: Session } | null> {
  if (token.length === 0 || token.length > MAX_CREDENTIAL) return null;
  const idHash = hashSecret(token);
  const session = await deps.store.auth.sessions.byIdHash(idHash);
  if (session === undefined) return null;
  const now = deps.clock().getTime();
  const idleUntil = Date.parse(session.lastSeenAt) + deps.settings.sessionIdleMs;
  if (now >= Date.parse(session.expiresAt) || now >= idleUntil) {
    await deps.store.auth.sessions.delete(idHash);
    return null;
  }
  const account = await deps.store.auth.accounts.byId(session.accountId);
  if (account === undefined || account.disabled) return null;
  if (now - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS)
    await deps.store.auth.sessions.touch(idHash, new Date(now).toISOString());
  return { principal: toPrincipal(account, 'session', idHash), session };
}

export async function resolveBearer(deps: AuthDeps, token: string): Promise<Principal | null> {
  if (token.length === 0 || token.length > MAX_CREDENTIAL) return null;
  const stored = await deps.store.auth.tokens.byHash(hashSecret(token));
  if (stored === undefined || stored.revokedAt !== null) return null;
  const now = deps.clock();
  if (stored.expiresAt !== null && now.getTime() >= Date.parse(stored.expiresAt)) return null;
  const account = await deps.store.auth.accounts.byId(stored.accountId);
  if (account === undefined || account.disabled) return null;
  if (stored.lastUsedAt === null || now.getTime() - Date.parse(stored.lastUsedAt) > TOUCH_EVERY_MS)
    await deps.store.auth.tokens.touch(stored.id, now.toISOString());
  return toPrincipal(account, 'token', stored.tokenHash);
}

export interface NewSession {
  /** The cookie value: shown once, stored as SHA-256. */
  readonly token: string;
  /** Sent back in the X-CSRF-Token header on every cookie-authenticated write. */
  readonly csrfToken: string;
  readonly session: Session;
}

/** A fresh session with a fresh id and CSRF token (never one the client chose). */
export async function openSession(
  deps: AuthDeps,
  repos: AuthRepos,
  accountId: string,
  client: { ip: string | null; userAgent: string | null },
): Promise<NewSession> {
  const now = deps.clock();
  const token = newSecret();
  const csrfToken = newSecret();
  const session: Session = {
    idHash: hashSecret(token),
    accountId,
    csrfHash: hashSecret(csrfToken),
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + deps.settings.sessionTtlMs).toISOString(),
    ip: client.ip,
    userAgent: client.userAgent === null ? null : client.userAgent.slice(0, 300),
  };
  await repos.sessions.insert(session);
  return { token, csrfToken, session };
}
