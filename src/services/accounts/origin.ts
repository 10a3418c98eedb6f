/**
 * Who performs a write and from where — what the audit trail records. An
 * HTTP request acts as an account from an IP; the CLI acts as the operator
 * who holds the database; `system` is Saksi itself (the demo loader).
 */
import type { Principal } from '../../core/auth/index.js';
import type { AuditInput } from '../../store/index.js';
import type { Account } from '../../store/index.js';

export type Actor =
  | { readonly kind: 'account'; readonly principal: Principal }
  | { readonly kind: 'cli' }
  | { readonly kind: 'system' }
  | { readonly kind: 'anonymous' };

export interface Origin {
  readonly actor: Actor;
  readonly ip: string | null;
}

export const CLI: Origin = { actor: { kind: 'cli' }, ip: null };
export const SYSTEM: Origin = { actor: { kind: 'system' }, ip: null };

export function asAccount(principal: Principal, ip: string | null): Origin {
  return { actor: { kind: 'account', principal }, ip };
}

export interface AuditWhat {
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly region: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
}

export function auditInput(origin: Origin, at: Date, what: AuditWhat): AuditInput {
  const p = origin.actor.kind === 'account' ? origin.actor.principal : null;
  return {
    at: at.toISOString(),
    channel: origin.actor.kind === 'cli' ? 'cli' : origin.actor.kind === 'system' ? 'system' : 'http',
    actorId: p?.accountId ?? null,
    actorUsername: p?.username ?? null,
    actorRole: p?.role ?? null,
    ip: origin.ip,
    action: what.action,
    targetType: what.targetType,
    targetId: what.targetId,
    region: what.region,
    before: what.before ?? null,
    after: what.after ?? null,
  };
}

/** What the audit trail keeps of an account: never its password hash or TOTP secret. */
export function accountSnapshot(a: Account): Record<string, unknown> {
  return {
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    scope: a.scope,
    pairId: a.pairId,
    permissions: [...a.permissions],
    totpEnabled: a.totpEnabled,
    disabled: a.disabled,
    lockedUntil: a.lockedUntil,
    demoExempt: a.demoExempt,
  };
}
