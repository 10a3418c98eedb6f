import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface PasswordReset {
  readonly tokenHash: string;
  readonly accountId: string;
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** One-time password reset tokens, stored by SHA-256. `consume` is atomic: a token works once. */
export class PasswordResetRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(r: PasswordReset): Promise<void> {
    await this.db
      .insertInto('password_reset')
      .values({
        token_hash: r.tokenHash,
        account_id: r.accountId,
        created_by: r.createdBy,
        created_at: r.createdAt,
        expires_at: r.expiresAt,
        used_at: null,
      })
      .execute();
  }

  /** Mark the token used and return its account, if it is unused and not expired at `now`. */
  async consume(tokenHash: string, now: string): Promise<string | undefined> {
    const r = await this.db
      .updateTable('password_reset')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return undefined;
    const row = await this.db
      .selectFrom('password_reset')
      .select('account_id')
      .where('token_hash', '=', tokenHash)
      .executeTakeFirstOrThrow();
    return row.account_id;
  }

  /** Void every open reset of an account (after a password change). */
  async voidForAccount(accountId: string, now: string): Promise<void> {
    await this.db
      .updateTable('password_reset')
      .set({ used_at: now })
      .where('account_id', '=', accountId)
      .where('used_at', 'is', null)
      .execute();
  }
}
