/**
 * Bearer tokens for the CLI and scripts: `saksi_pat_…`, shown once, stored as
 * SHA-256, revocable. A token acts as its account (same role, scope and
 * TOTP requirement); it needs no CSRF token because browsers never send it
 * on their own.
 */
import type { ApiToken } from '../../store/index.js';
import type { AuthDeps } from './deps.js';
import { accountErrors } from './errors.js';
import { auditInput } from './origin.js';
import type { Origin } from './origin.js';
import { hashSecret, newId, newSecret } from './secrets.js';
import { loadAccount } from './update.js';

export const TOKEN_PREFIX = 'saksi_pat_';

export async function createToken(
  deps: AuthDeps,
  origin: Origin,
  input: { accountId: string; name: string; expiresInDays?: number },
): Promise<{ token: string; record: ApiToken }> {
  const account = await loadAccount(deps, input.accountId);
  const now = deps.clock();
  const token = newSecret(TOKEN_PREFIX);
  const record: ApiToken = {
    id: newId(),
    tokenHash: hashSecret(token),
    accountId: account.id,
    name: input.name.trim().slice(0, 100) || 'token',
    createdAt: now.toISOString(),
    expiresAt:
      input.expiresInDays === undefined
        ? null
        : new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString(),
    revokedAt: null,
    lastUsedAt: null,
  };
  await deps.store.auth.transaction(async (tx) => {
    await tx.tokens.insert(record);
    await tx.audit.append(
      auditInput(origin, now, {
        action: 'tokens.create',
        targetType: 'token',
        targetId: record.id,
        region: account.scope,
        after: { account: account.username, name: record.name, expiresAt: record.expiresAt },
      }),
    );
  });
  return { token, record };
}

export async function loadToken(deps: AuthDeps, id: string): Promise<ApiToken> {
  const t = await deps.store.auth.tokens.byId(id);
  if (t === undefined) throw accountErrors.tokenNotFound();
  return t;
}

export async function revokeToken(deps: AuthDeps, origin: Origin, id: string): Promise<ApiToken> {
  const token = await loadToken(deps, id);
  const account = await loadAccount(deps, token.accountId);
  const now = deps.clock();
  await deps.store.auth.transaction(async (tx) => {
    await tx.tokens.revoke(id, now.toISOString());
    await tx.audit.append(
      auditInput(origin, now, {
        action: 'tokens.revoke',
        targetType: 'token',
        targetId: id,
        region: account.scope,
        before: { revokedAt: token.revokedAt },
        after: { revokedAt: token.revokedAt ?? now.toISOString() },
      }),
    );
  });
  return { ...token, revokedAt: token.revokedAt ?? now.toISOString() };
}
