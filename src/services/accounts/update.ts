/**
 * Manage an existing account: rename, disable or enable, grant or withdraw
 * rights (`relay`), unlock after a lockout, reset a lost TOTP device, or
 * issue a one-time password reset token. Same rule as creation: only lower
 * roles, only within one's own scope.
 */
import { assertAccountShape } from '../../core/auth/index.js';
import type { Permission } from '../../core/auth/index.js';
import type { Account, AccountPatch } from '../../store/index.js';
import { assertMayManage } from './create.js';
import type { AuthDeps } from './deps.js';
import { accountErrors } from './errors.js';
import { accountSnapshot, auditInput } from './origin.js';
import type { Origin } from './origin.js';
import { hashSecret, newSecret } from './secrets.js';

export interface AccountChanges {
  readonly displayName?: string;
  readonly disabled?: boolean;
  readonly permissions?: readonly Permission[];
  /** Clear a lockout and the failed sign-in count. */
  readonly unlock?: boolean;
  /** Forget the TOTP secret: the owner enrols again (a lost phone). */
  readonly resetTotp?: boolean;
}

export async function loadAccount(deps: AuthDeps, id: string): Promise<Account> {
  const a = await deps.store.auth.accounts.byId(id);
  if (a === undefined) throw accountErrors.notFound();
  return a;
}

export async function updateAccount(
  deps: AuthDeps,
  origin: Origin,
  id: string,
  changes: AccountChanges,
): Promise<Account> {
  const before = await loadAccount(deps, id);
  assertMayManage(origin, before.role, before.scope);
  const now = deps.clock();
  const patch = patchFor(before, changes, now);
  const after: Account = { ...before, ...patch };
  assertAccountShape(after);
  await deps.store.auth.transaction(async (tx) => {
    await tx.accounts.update(id, patch);
    if (after.disabled && !before.disabled) {
      await tx.sessions.deleteForAccount(id);
      await tx.tokens.revokeForAccount(id, now.toISOString());
    }
    await tx.audit.append(
      auditInput(origin, now, {
        action: 'accounts.update',
        targetType: 'account',
        targetId: id,
        region: before.scope,
        before: accountSnapshot(before),
        after: accountSnapshot(after),
      }),
    );
  });
  return after;
}

function patchFor(before: Account, c: AccountChanges, now: Date): AccountPatch {
  return {
    updatedAt: now.toISOString(),
    ...(c.displayName === undefined
      ? {}
      : { displayName: c.displayName.trim().slice(0, 200) || before.username }),
    ...(c.disabled === undefined ? {} : { disabled: c.disabled }),
    ...(c.permissions === undefined ? {} : { permissions: [...new Set(c.permissions)] }),
    ...(c.unlock === true ? { failedLogins: 0, lockedUntil: null } : {}),
    ...(c.resetTotp === true ? { totpSecret: null, totpEnabled: false, totpLastStep: null } : {}),
  };
}

/** Issue a one-time reset token for another account; shown once, stored as SHA-256. */
export async function issuePasswordReset(
  deps: AuthDeps,
  origin: Origin,
  id: string,
): Promise<{ token: string; expiresAt: string; account: Account }> {
  const account = await loadAccount(deps, id);
  assertMayManage(origin, account.role, account.scope);
  const now = deps.clock();
  const token = newSecret('saksi_reset_');
  const expiresAt = new Date(now.getTime() + deps.settings.resetTtlMs).toISOString();
  await deps.store.auth.transaction(async (tx) => {
    await tx.resets.insert({
      tokenHash: hashSecret(token),
      accountId: id,
      createdBy: origin.actor.kind === 'account' ? origin.actor.principal.accountId : null,
      createdAt: now.toISOString(),
      expiresAt,
    });
    await tx.audit.append(
      auditInput(origin, now, {
        action: 'accounts.password-reset',
        targetType: 'account',
        targetId: id,
        region: account.scope,
        after: { expiresAt },
      }),
    );
  });
  return { token, expiresAt, account };
}
