/**
 * Authorization as data: each entity has a table of actions, and each action
 * a table of role → rule. A role missing from an action's table is refused
 * (deny by default). Rules:
 * - `in-scope`: the target region lies within the account's region scope;
 * - `own`: the target belongs to the account itself;
 * - `own-pair`: in scope, and the target concerns the pair a saksi represents;
 * - `anywhere`: no target check (national reading, system checks).
 * On top of the rule: writes by roles that need TOTP are refused until it is
 * enabled (except the few self-service actions that set it up), and an
 * action may require an explicit right on the account (`relay`).
 */
import { ROLES, authErrors, inScope } from '../../core/auth/index.js';
import type { Permission, Principal, Role, Scope } from '../../core/auth/index.js';
import type { SaksiError } from '../../core/errors/index.js';

export type Rule = 'in-scope' | 'own' | 'own-pair' | 'anywhere';

export interface ActionPolicy {
  /** A write: CSRF-checked for cookies, rate-limited, and needs TOTP where the role requires it. */
  readonly write: boolean;
  /** Allowed before TOTP is enabled (signing out, changing one's password, enrolling TOTP). */
  readonly beforeTotp?: boolean;
  /** An explicit right the account must hold, on top of its role. */
  readonly permission?: Permission;
  readonly roles: Readonly<Partial<Record<Role, Rule>>>;
}

/** What a request acts on, derived from it by the route. */
export interface Target {
  /** The region concerned (canonical code or 'national'); null or absent: none. */
  readonly region?: Scope | null;
  /** The account that owns the target (for `own`). */
  readonly ownerId?: string | null;
  /** The candidate pair concerned (for `own-pair`). */
  readonly pairId?: string | null;
}

export interface DecideOptions {
  /** The server runs with --demo: demo-exempt accounts may write without TOTP. */
  readonly demo: boolean;
}

/** Null when allowed; otherwise the error that says why not. */
export function decide(
  action: string,
  policy: ActionPolicy,
  principal: Principal,
  target: Target,
  options: DecideOptions,
): SaksiError | null {
  const rule = policy.roles[principal.role];
  if (rule === undefined) return authErrors.roleForbidden(action);
  if (policy.write && policy.beforeTotp !== true && needsTotp(principal, options))
    return authErrors.totpEnrolmentRequired();
  if (policy.permission !== undefined && !principal.permissions.includes(policy.permission))
    return authErrors.permissionForbidden(action, policy.permission);
  return checkRule(action, rule, principal, target);
}

function needsTotp(p: Principal, options: DecideOptions): boolean {
  if (!ROLES[p.role].totpRequired || p.totpEnabled) return false;
  return !(options.demo && p.demoExempt);
}

function checkRule(action: string, rule: Rule, p: Principal, target: Target): SaksiError | null {
  switch (rule) {
    case 'anywhere':
      return null;
    case 'own':
      return target.ownerId === p.accountId ? null : authErrors.ownerForbidden(action);
    case 'in-scope':
      return regionAllowed(p, target) ? null : authErrors.scopeForbidden(action);
    case 'own-pair':
      if (!regionAllowed(p, target)) return authErrors.scopeForbidden(action);
      return p.pairId !== null && target.pairId === p.pairId ? null : authErrors.pairForbidden(action);
  }
}

/** A target without a region is only in a national scope. */
function regionAllowed(p: Principal, target: Target): boolean {
  const region = target.region ?? 'national';
  return inScope(region, p.scope);
}

/** Every role with the same rule: for self-service actions. */
export function everyRole(rule: Rule, roles: readonly Role[]): Partial<Record<Role, Rule>> {
  return Object.fromEntries(roles.map((r) => [r, rule]));
}
