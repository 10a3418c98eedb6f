/**
 * Sign in with a password (and a TOTP code once enrolled), and sign out.
 * Every failure answers the same LOGIN_FAILED whether the account exists or
 * not, and takes the time of one argon2id verification either way. Failures
 * in a row make the username cool down, known or not, with the same answer
 * (lockout.ts); a cool-down of a real account and each success are audited. A successful sign-in always opens a new session and revokes the
 * one the client presented (no session fixation).
 */
import { authErrors, normaliseUsername } from '../../core/auth/index.js';
import type { Principal } from '../../core/auth/index.js';
import type { Account } from '../../store/index.js';
import type { AuthDeps } from './deps.js';
import { auditInput } from './origin.js';
import type { Origin } from './origin.js';
import { openSession } from './principal.js';
import type { NewSession } from './principal.js';
import { hashSecret } from './secrets.js';
import { checkLoginTotp } from './totp.js';
import { coolDownMs, phantomsOf } from './lockout.js';

export interface LoginInput {
  readonly username: string;
  readonly password: string;
  readonly totp?: string;
  /** The session cookie the client sent, if any: revoked on success. */
  readonly presentedSession?: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

export async function login(deps: AuthDeps, input: LoginInput): Promise<{ account: Account } & NewSession> {
  const username = normaliseUsername(input.username);
  const account = await deps.store.auth.accounts.byUsername(username);
  const now = deps.clock();
  if (account === undefined || account.passwordHash === null)
    throw await unknownFailure(deps, username, input.password, now);
  if (account.lockedUntil !== null && Date.parse(account.lockedUntil) > now.getTime())
    throw authErrors.locked(account.lockedUntil);
  const passwordOk = await deps.hasher.verify(account.passwordHash, input.password);
  if (!passwordOk || account.disabled) throw await registerFailure(deps, account, input.ip, 'password');
  if (account.totpEnabled) {
    const failure = await checkLoginTotp(deps, account, input.totp);
    if (failure !== null) {
      if (failure.code === 'LOGIN_TOTP_REQUIRED_UNAUTHENTICATED') throw failure;
      throw await registerFailure(deps, account, input.ip, 'totp', failure);
    }
  }
  return deps.store.auth.transaction(async (tx) => {
    if (input.presentedSession !== undefined) await tx.sessions.delete(hashSecret(input.presentedSession));
    await tx.sessions.deleteExpired(now.toISOString());
    await tx.accounts.update(account.id, {
      failedLogins: 0,
      lockedUntil: null,
      updatedAt: now.toISOString(),
    });
    const opened = await openSession(deps, tx, account.id, input);
    await tx.audit.append(
      auditInput(loginOrigin(account, input.ip), now, {
        action: 'auth.login',
        targetType: 'session',
        targetId: null,
        region: account.scope,
        after: { via: 'password', totp: account.totpEnabled },
      }),
    );
    return { account, ...opened };
  });
}

/** An unknown username fails exactly as a known one would: same time, same answers, same cool-down. */
async function unknownFailure(deps: AuthDeps, username: string, password: string, now: Date): Promise<Error> {
  const book = phantomsOf(deps);
  const locked = book.lockedUntil(username, now.getTime());
  if (locked !== null) return authErrors.locked(new Date(locked).toISOString());
  await deps.hasher.burn(password);
  const until = book.fail(username, now.getTime(), deps.settings);
  return until === null ? authErrors.loginFailed() : authErrors.locked(new Date(until).toISOString());
}

/** Count a failure; past the threshold the account cools down (audited). Returns the error to throw. */
async function registerFailure(
  deps: AuthDeps,
  account: Account,
  ip: string | null,
  factor: 'password' | 'totp',
  error: Error = authErrors.loginFailed(),
): Promise<Error> {
  const now = deps.clock();
  let lockedUntil = '';
  const locked = await deps.store.auth.transaction(async (tx) => {
    const failures = await tx.accounts.addFailedLogin(account.id, now.toISOString());
    const ms = coolDownMs(deps.settings, failures);
    if (ms === 0) return false;
    lockedUntil = new Date(now.getTime() + ms).toISOString();
    await tx.accounts.update(account.id, { lockedUntil, updatedAt: now.toISOString() });
    await tx.audit.append(
      auditInput(loginOrigin(account, ip), now, {
        action: 'auth.lockout',
        targetType: 'account',
        targetId: account.id,
        region: account.scope,
        after: { lockedUntil, failures, factor },
      }),
    );
    return true;
  });
  if (!locked) return error;
  return authErrors.locked(lockedUntil);
}

/** A sign-in is recorded as the account it concerns, from the client's address. */
function loginOrigin(a: Account, ip: string | null): Origin {
  const principal: Principal = {
    accountId: a.id,
    username: a.username,
    role: a.role,
    scope: a.scope,
    pairId: a.pairId,
    permissions: a.permissions,
    totpEnabled: a.totpEnabled,
    demoExempt: a.demoExempt,
    via: 'session',
    credentialId: '',
  };
  return { actor: { kind: 'account', principal }, ip };
}

/** End the session that made the request. */
export async function logout(deps: AuthDeps, p: Principal, ip: string | null): Promise<void> {
  const origin: Origin = { actor: { kind: 'account', principal: p }, ip };
  const now = deps.clock();
  await deps.store.auth.transaction(async (tx) => {
    if (p.via === 'session') await tx.sessions.delete(p.credentialId);
    await tx.audit.append(
      auditInput(origin, now, {
        action: 'auth.logout',
        targetType: 'session',
        targetId: null,
        region: p.scope,
      }),
    );
  });
}
