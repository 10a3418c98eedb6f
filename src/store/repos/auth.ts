/**
 * The account repositories bound to one executor — the store's database or a
 * transaction — so that a write and its audit entry share a transaction:
 *
 *   await store.auth.transaction(async (tx) => { await tx.accounts.insert(a); await tx.audit.append(e); });
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Dialect } from '../driver.js';
import { AccountRepo } from './accounts.js';
import { AuditRepo } from './audit.js';
import { PasswordResetRepo } from './password-resets.js';
import { SessionRepo } from './sessions.js';
import { TokenRepo } from './tokens.js';

export class AuthRepos {
  readonly accounts: AccountRepo;
  readonly sessions: SessionRepo;
  readonly tokens: TokenRepo;
  readonly resets: PasswordResetRepo;
  readonly audit: AuditRepo;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {
    this.accounts = new AccountRepo(db);
    this.sessions = new SessionRepo(db);
    this.tokens = new TokenRepo(db);
    this.resets = new PasswordResetRepo(db);
    this.audit = new AuditRepo(db, dialect);
  }

  /** Run `fn` in one transaction (or inside the current one), with repositories bound to it. */
  transaction<T>(fn: (tx: AuthRepos) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return fn(this);
    return this.db.transaction().execute((tx) => fn(new AuthRepos(tx, this.dialect)));
  }
}
