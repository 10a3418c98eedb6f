import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { AccountTable } from '../schema-accounts.js';
import type { Permission, Role, Scope } from '../../core/auth/index.js';

/** An account as stored. Secrets (password hash, TOTP secret) never leave the services layer. */
export interface Account {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly scope: Scope;
  readonly pairId: string | null;
  readonly permissions: readonly Permission[];
  readonly passwordHash: string | null;
  readonly totpSecret: string | null;
  readonly totpEnabled: boolean;
  readonly totpLastStep: number | null;
  readonly failedLogins: number;
  readonly lockedUntil: string | null;
  readonly disabled: boolean;
  readonly demoExempt: boolean;
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type AccountPatch = Partial<Omit<Account, 'id' | 'username' | 'createdAt' | 'createdBy'>> & {
  readonly updatedAt: string;
};

export interface AccountFilter {
  /** Accounts whose scope lies within this prefix (a region code); omitted: all. */
  readonly within?: string;
  readonly role?: Role;
  /** Keyset pagination: usernames after this one. */
  readonly after?: string;
  readonly limit: number;
}

/**
 * Accounts. Guarantees: usernames are unique (a second insert of one MUST
 * fail, leaving the first); `consumeTotpStep` is atomic, so a TOTP step is
 * accepted at most once even under concurrent logins.
 */
export class AccountRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(a: Account): Promise<void> {
    await this.db.insertInto('account').values(toRow(a)).execute();
  }

  async byId(id: string): Promise<Account | undefined> {
    const row = await this.db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toAccount(row);
  }

  async byUsername(username: string): Promise<Account | undefined> {
    const row = await this.db
      .selectFrom('account')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    return row === undefined ? undefined : toAccount(row);
  }

  async list(filter: AccountFilter): Promise<Account[]> {
    let q = this.db.selectFrom('account').selectAll();
    if (filter.within !== undefined) q = q.where('scope', 'like', `${filter.within}%`);
    if (filter.role !== undefined) q = q.where('role', '=', filter.role);
    if (filter.after !== undefined) q = q.where('username', '>', filter.after);
    const rows = await q.orderBy('username').limit(filter.limit).execute();
    return rows.map(toAccount);
  }

  async update(id: string, patch: AccountPatch): Promise<void> {
    const row = toPatchRow(patch);
    await this.db.updateTable('account').set(row).where('id', '=', id).execute();
  }

  /** Accept TOTP step `step` for the account only if it is newer than the last one accepted. */
  async consumeTotpStep(id: string, step: number, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('account')
      .set({ totp_last_step: step, updated_at: at })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Add one failed sign-in atomically and return the new count. */
  async addFailedLogin(id: string, at: string): Promise<number> {
    await this.db
      .updateTable('account')
      .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1), updated_at: at }))
      .where('id', '=', id)
      .execute();
    const r = await this.db
      .selectFrom('account')
      .select('failed_logins')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return Number(r.failed_logins);
  }

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom('account')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}

function toRow(a: Account): AccountTable {
  return {
    id: a.id,
    username: a.username,
    display_name: a.displayName,
    role: a.role,
    scope: a.scope,
    pair_id: a.pairId,
    permissions: a.permissions.join(','),
    password_hash: a.passwordHash,
    totp_secret: a.totpSecret,
    totp_enabled: a.totpEnabled ? 1 : 0,
    totp_last_step: a.totpLastStep,
    failed_logins: a.failedLogins,
    locked_until: a.lockedUntil,
    disabled: a.disabled ? 1 : 0,
    demo_exempt: a.demoExempt ? 1 : 0,
    created_by: a.createdBy,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}

const PATCH_COLUMNS: ReadonlyArray<readonly [keyof AccountPatch, keyof AccountTable]> = [
  ['displayName', 'display_name'],
  ['role', 'role'],
  ['scope', 'scope'],
  ['pairId', 'pair_id'],
  ['passwordHash', 'password_hash'],
  ['totpSecret', 'totp_secret'],
  ['totpLastStep', 'totp_last_step'],
  ['failedLogins', 'failed_logins'],
  ['lockedUntil', 'locked_until'],
  ['updatedAt', 'updated_at'],
];

function toPatchRow(p: AccountPatch): Partial<AccountTable> {
  const row: Record<string, unknown> = {};
  for (const [key, column] of PATCH_COLUMNS) if (p[key] !== undefined) row[column] = p[key];
  if (p.permissions !== undefined) row['permissions'] = p.permissions.join(',');
  if (p.totpEnabled !== undefined) row['totp_enabled'] = p.totpEnabled ? 1 : 0;
  if (p.disabled !== undefined) row['disabled'] = p.disabled ? 1 : 0;
  if (p.demoExempt !== undefined) row['demo_exempt'] = p.demoExempt ? 1 : 0;
  return row as Partial<AccountTable>;
}

function toAccount(r: AccountTable): Account {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role as Role,
    scope: r.scope as Scope,
    pairId: r.pair_id,
    permissions: r.permissions === '' ? [] : (r.permissions.split(',') as Permission[]),
    passwordHash: r.password_hash,
    totpSecret: r.totp_secret,
    totpEnabled: Number(r.totp_enabled) === 1,
    totpLastStep: r.totp_last_step === null ? null : Number(r.totp_last_step),
    failedLogins: Number(r.failed_logins),
    lockedUntil: r.locked_until,
    disabled: Number(r.disabled) === 1,
    demoExempt: Number(r.demo_exempt) === 1,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
