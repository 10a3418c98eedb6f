import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { SessionTable } from '../schema-accounts.js';

export interface Session {
  readonly idHash: string;
  readonly accountId: string;
  readonly csrfHash: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
}

/**
 * Browser sessions, keyed by the SHA-256 of the cookie value (a stolen
 * database does not yield usable cookies). Deleting is revoking.
 */
export class SessionRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(s: Session): Promise<void> {
    await this.db.insertInto('session').values(toRow(s)).execute();
  }

  async byIdHash(idHash: string): Promise<Session | undefined> {
    const row = await this.db
      .selectFrom('session')
      .selectAll()
      .where('id_hash', '=', idHash)
      .executeTakeFirst();
    return row === undefined ? undefined : toSession(row);
  }

  async touch(idHash: string, at: string): Promise<void> {
    await this.db.updateTable('session').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
  }

  async delete(idHash: string): Promise<boolean> {
    const r = await this.db.deleteFrom('session').where('id_hash', '=', idHash).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** Revoke every session of an account, but the one named (if any). */
  async deleteForAccount(accountId: string, except?: string): Promise<number> {
    let q = this.db.deleteFrom('session').where('account_id', '=', accountId);
    if (except !== undefined) q = q.where('id_hash', '!=', except);
    const r = await q.executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async deleteExpired(now: string): Promise<number> {
    const r = await this.db.deleteFrom('session').where('expires_at', '<=', now).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async countForAccount(accountId: string): Promise<number> {
    const r = await this.db
      .selectFrom('session')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('account_id', '=', accountId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}

function toRow(s: Session): SessionTable {
  return {
    id_hash: s.idHash,
    account_id: s.accountId,
    csrf_hash: s.csrfHash,
    created_at: s.createdAt,
    last_seen_at: s.lastSeenAt,
    expires_at: s.expiresAt,
    ip: s.ip,
    user_agent: s.userAgent,
  };
}

function toSession(r: SessionTable): Session {
  return {
    idHash: r.id_hash,
    accountId: r.account_id,
    csrfHash: r.csrf_hash,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    ip: r.ip,
    userAgent: r.user_agent,
  };
}
