/**
 * Create an account. An account may create only lower roles of its own body
 * (core/auth CREATES) within its own region scope; the CLI, run by whoever
 * holds the database, may create any account, including the first admin.
 */
import {
  assertAccountShape,
  assertPasswordAcceptable,
  authErrors,
  inScope,
  mayCreate,
  normaliseUsername,
  scopeLevel,
} from '../../core/auth/index.js';
import type { Permission, Role, Scope } from '../../core/auth/index.js';
import { isWithin } from '../../core/regions/index.js';
import type { RegionCode } from '../../core/regions/index.js';
import type { Account, Store } from '../../store/index.js';
import type { AuthDeps } from './deps.js';
import { accountErrors } from './errors.js';
import { accountSnapshot, auditInput } from './origin.js';
import type { Origin } from './origin.js';
import { newId } from './secrets.js';

export interface NewAccount {
  readonly username: string;
  readonly displayName?: string;
  readonly role: Role;
  readonly scope: Scope;
  readonly pairId?: string | null;
  readonly permissions?: readonly Permission[];
  /** Null creates an account that cannot sign in until a reset token is used. */
  readonly password: string | null;
  /** Only the demo loader sets this (honoured only on a server run with --demo). */
  readonly demoExempt?: boolean;
}

export async function createAccount(deps: AuthDeps, origin: Origin, input: NewAccount): Promise<Account> {
  const shape = {
    username: normaliseUsername(input.username),
    role: input.role,
    scope: input.scope,
    pairId: input.pairId ?? null,
    permissions: [...new Set(input.permissions ?? [])],
  };
  assertAccountShape(shape);
  assertMayManage(origin, shape.role, shape.scope);
  await assertScopeExists(deps.store, shape.scope);
  if (shape.pairId !== null) await assertPairInScope(deps.store, shape.pairId, shape.scope);
  if (input.password !== null) assertPasswordAcceptable(input.password, shape.username);
  const passwordHash = input.password === null ? null : await deps.hasher.hash(input.password);
  const now = deps.clock();
  const account: Account = {
    id: newId(),
    ...shape,
    displayName: (input.displayName ?? shape.username).trim().slice(0, 200) || shape.username,
    passwordHash,
    totpSecret: null,
    totpEnabled: false,
    totpLastStep: null,
    failedLogins: 0,
    lockedUntil: null,
    disabled: false,
    demoExempt: input.demoExempt === true,
    createdBy: origin.actor.kind === 'account' ? origin.actor.principal.accountId : null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  await deps.store.auth.transaction(async (tx) => {
    if ((await tx.accounts.byUsername(account.username)) !== undefined)
      throw accountErrors.usernameExists(account.username);
    await tx.accounts.insert(account);
    await tx.audit.append(
      auditInput(origin, now, {
        action: 'accounts.create',
        targetType: 'account',
        targetId: account.id,
        region: account.scope,
        after: accountSnapshot(account),
      }),
    );
  });
  return account;
}

/**
 * The command's own check (the route's policy checks the same scope first):
 * an account acting may manage only roles it creates, within its scope.
 */
export function assertMayManage(origin: Origin, role: Role, scope: Scope): void {
  if (origin.actor.kind !== 'account') return;
  const actor = origin.actor.principal;
  if (!mayCreate(actor.role, role)) throw authErrors.createForbidden(actor.role, role);
  if (!inScope(scope, actor.scope)) throw authErrors.scopeForbidden('accounts');
}

async function assertScopeExists(store: Store, scope: Scope): Promise<void> {
  if (scope === 'national') return;
  const found =
    scopeLevel(scope) === 'tps'
      ? (await store.tps.get(scope)) !== undefined
      : (await store.regions.get(scope)) !== undefined;
  if (!found) throw accountErrors.scopeUnknown(scope);
}

/** A saksi's pair must run in a contest decided in the saksi's region or above it. */
async function assertPairInScope(store: Store, pairId: string, scope: Scope): Promise<void> {
  if (scope === 'national') throw accountErrors.pairUnknown(pairId);
  const contests = await store.elections.contests({ region: scope });
  for (const c of contests) {
    if (c.region === 'national' || !isWithin(scope, c.region as RegionCode)) continue;
    const full = await store.elections.contest(c.id);
    if (full?.pairs.some((p) => p.id === pairId && !p.emptyColumn) === true) return;
  }
  throw accountErrors.pairUnknown(pairId);
}
