/**
 * Change one's own password (knowing the current one), or set a new one with
 * a one-time reset token issued by a higher authority. Either way every
 * other session of the account ends; a change made from a session rotates
 * that session too.
 */
import { assertPasswordAcceptable, authErrors } from '../../core/auth/index.js';
import type { Principal } from '../../core/auth/index.js';
import type { AuthDeps } from './deps.js';
import { accountErrors } from './errors.js';
import { auditInput } from './origin.js';
import type { Origin } from './origin.js';
import { openSession } from './principal.js';
import type { NewSession } from './principal.js';
import { hashSecret } from './secrets.js';
import { loadAccount } from './update.js';

export async function changePassword(
  deps: AuthDeps,
  principal: Principal,
  client: { ip: string | null; userAgent: string | null },
  input: { currentPassword: string; newPassword: string },
): Promise<NewSession | null> {
  const account = await loadAccount(deps, principal.accountId);
  if (
    account.passwordHash === null ||
    !(await deps.hasher.verify(account.passwordHash, input.currentPassword))
  )
    throw authErrors.loginFailed();
  assertPasswordAcceptable(input.newPassword, account.username, 'newPassword');
  if (input.newPassword === input.currentPassword) throw accountErrors.passwordUnchanged();
  const passwordHash = await deps.hasher.hash(input.newPassword);
  const now = deps.clock();
  const origin: Origin = { actor: { kind: 'account', principal }, ip: client.ip };
  return deps.store.auth.transaction(async (tx) => {
    await tx.accounts.update(account.id, { passwordHash, updatedAt: now.toISOString() });
    await tx.sessions.deleteForAccount(account.id);
    await tx.resets.voidForAccount(account.id, now.toISOString());
    await tx.audit.append(
      auditInput(origin, now, {
        action: 'auth.password.change',
        targetType: 'account',
        targetId: account.id,
        region: account.scope,
      }),
    );
    return principal.via === 'session' ? openSession(deps, tx, account.id, client) : null;
  });
}

export async function resetPassword(
  deps: AuthDeps,
  ip: string | null,
  input: { token: string; newPassword: string },
): Promise<void> {
  const now = deps.clock();
  const tokenHash = hashSecret(input.token);
  await deps.store.auth.transaction(async (tx) => {
    const accountId = await tx.resets.consume(tokenHash, now.toISOString());
    if (accountId === undefined) throw accountErrors.resetInvalid();
    const account = await tx.accounts.byId(accountId);
    if (account === undefined || account.disabled) throw accountErrors.resetInvalid();
    assertPasswordAcceptable(input.newPassword, account.username, 'newPassword');
    await tx.accounts.update(account.id, {
      passwordHash: await deps.hasher.hash(input.newPassword),
      failedLogins: 0,
      lockedUntil: null,
      updatedAt: now.toISOString(),
    });
    await tx.sessions.deleteForAccount(account.id);
    await tx.audit.append(
      auditInput({ actor: { kind: 'anonymous' }, ip }, now, {
        action: 'auth.password.reset',
        targetType: 'account',
        targetId: account.id,
        region: account.scope,
      }),
    );
  });
}
