import { ROLES } from '../../core/auth/index.js';
import type { Account, ApiToken } from '../../store/index.js';

/** An account as the API shows it: never the password hash or the TOTP secret. */
export function presentAccount(a: Account, now: Date) {
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    scope: a.scope,
    pairId: a.pairId,
    permissions: [...a.permissions],
    totpEnabled: a.totpEnabled,
    totpRequired: ROLES[a.role].totpRequired,
    disabled: a.disabled,
    lockedUntil: a.lockedUntil !== null && Date.parse(a.lockedUntil) > now.getTime() ? a.lockedUntil : null,
    demoExempt: a.demoExempt,
    createdBy: a.createdBy,
    createdAt: a.createdAt,
  };
}

export function presentToken(t: ApiToken) {
  return {
    id: t.id,
    name: t.name,
    createdAt: t.createdAt,
    expiresAt: t.expiresAt,
    revokedAt: t.revokedAt,
    lastUsedAt: t.lastUsedAt,
  };
}
