/**
 * TOTP second factor (core/auth/totp.ts): enrol (a new secret, shown once
 * as base32 and an otpauth URI), confirm with a first code (which turns it
 * on), and check codes at sign-in. Each accepted code's time step is
 * consumed atomically, so a code cannot be replayed within its step.
 */
import {
  TOTP_SECRET_BYTES,
  authErrors,
  base32Decode,
  base32Encode,
  otpauthUri,
  verifyTotp,
} from '../../core/auth/index.js';
import type { Principal } from '../../core/auth/index.js';
import type { SaksiError } from '../../core/errors/index.js';
import type { Account } from '../../store/index.js';
import type { AuthDeps } from './deps.js';
import { accountErrors } from './errors.js';
import { auditInput } from './origin.js';
import type { Origin } from './origin.js';
import { loadAccount } from './update.js';
import { randomSecretBytes } from './secrets.js';

export const TOTP_ISSUER = 'Saksi';

export async function enrolTotp(
  deps: AuthDeps,
  principal: Principal,
  ip: string | null,
): Promise<{ secret: string; uri: string }> {
  const account = await loadAccount(deps, principal.accountId);
  if (account.totpEnabled) throw accountErrors.totpAlreadyEnabled();
  const secret = randomSecretBytes(TOTP_SECRET_BYTES);
  const now = deps.clock();
  await deps.store.auth.transaction(async (tx) => {
    await tx.accounts.update(account.id, {
      totpSecret: base32Encode(secret, false),
      totpLastStep: null,
      updatedAt: now.toISOString(),
    });
    await tx.audit.append(
      auditInput(origin(principal, ip), now, {
        action: 'auth.totp.enrol',
        targetType: 'account',
        targetId: account.id,
        region: account.scope,
      }),
    );
  });
  return { secret: base32Encode(secret, false), uri: otpauthUri(TOTP_ISSUER, account.username, secret) };
}

export async function confirmTotp(
  deps: AuthDeps,
  principal: Principal,
  ip: string | null,
  code: string,
): Promise<void> {
  const account = await loadAccount(deps, principal.accountId);
  if (account.totpEnabled) throw accountErrors.totpAlreadyEnabled();
  if (account.totpSecret === null) throw accountErrors.totpNotEnrolling();
  const now = deps.clock();
  const check = verifyTotp(base32Decode(account.totpSecret), code, now.getTime() / 1000, {
    lastStep: account.totpLastStep,
  });
  if (!check.ok) throw accountErrors.totpCodeInvalid();
  await deps.store.auth.transaction(async (tx) => {
    if (!(await tx.accounts.consumeTotpStep(account.id, check.step, now.toISOString())))
      throw accountErrors.totpCodeInvalid();
    await tx.accounts.update(account.id, { totpEnabled: true, updatedAt: now.toISOString() });
    await tx.audit.append(
      auditInput(origin(principal, ip), now, {
        action: 'auth.totp.enable',
        targetType: 'account',
        targetId: account.id,
        region: account.scope,
        before: { totpEnabled: false },
        after: { totpEnabled: true },
      }),
    );
  });
}

/** At sign-in: null when the code is good (its step is now used), else the error to report. */
export async function checkLoginTotp(
  deps: AuthDeps,
  account: Account,
  code: string | undefined,
): Promise<SaksiError | null> {
  if (code === undefined || code.length === 0) return authErrors.totpRequired();
  if (account.totpSecret === null) return authErrors.totpInvalid(false);
  const now = deps.clock();
  const check = verifyTotp(base32Decode(account.totpSecret), code, now.getTime() / 1000, {
    lastStep: account.totpLastStep,
  });
  if (!check.ok) return authErrors.totpInvalid(check.reason === 'replayed');
  const fresh = await deps.store.auth.accounts.consumeTotpStep(account.id, check.step, now.toISOString());
  return fresh ? null : authErrors.totpInvalid(true);
}

function origin(principal: Principal, ip: string | null): Origin {
  return { actor: { kind: 'account', principal }, ip };
}
