import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { ApiTokenTable } from '../schema-accounts.js';

export interface ApiToken {
  readonly id: string;
  readonly tokenHash: string;
  readonly accountId: string;
  readonly name: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
}

/** Bearer tokens for the CLI, stored by SHA-256; revoking keeps the row (audit), sets revoked_at. */
export class TokenRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(t: ApiToken): Promise<void> {
    await this.db.insertInto('api_token').values(toRow(t)).execute();
  }

  async byHash(tokenHash: string): Promise<ApiToken | undefined> {
    const row = await this.db
      .selectFrom('api_token')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row === undefined ? undefined : toToken(row);
  }

  async byId(id: string): Promise<ApiToken | undefined> {
    const row = await this.db.selectFrom('api_token').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toToken(row);
  }

  async forAccount(accountId: string): Promise<ApiToken[]> {
    const rows = await this.db
      .selectFrom('api_token')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toToken);
  }

  /** Revoke once; false when already revoked or unknown. */
  async revoke(id: string, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('api_token')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async revokeForAccount(accountId: string, at: string): Promise<number> {
    const r = await this.db
      .updateTable('api_token')
      .set({ revoked_at: at })
      .where('account_id', '=', accountId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  async touch(id: string, at: string): Promise<void> {
    await this.db.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute();
  }
}

function toRow(t: ApiToken): ApiTokenTable {
  return {
    id: t.id,
    token_hash: t.tokenHash,
    account_id: t.accountId,
    name: t.name,
    created_at: t.createdAt,
    expires_at: t.expiresAt,
    revoked_at: t.revokedAt,
    last_used_at: t.lastUsedAt,
  };
}

function toToken(r: ApiTokenTable): ApiToken {
  return {
    id: r.id,
    tokenHash: r.token_hash,
    accountId: r.account_id,
    name: r.name,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
  };
}
