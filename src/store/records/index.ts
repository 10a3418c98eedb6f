/**
 * The record repositories bound to one executor — the store's database or a
 * transaction — so that a record, its timeline event and its audit entry
 * commit together:
 *
 *   await store.records.transaction(async (tx) => { await tx.of(KIND).insert(r); await tx.audit.append(…); });
 */
import type { Kysely } from 'kysely';
import type { RecordKind } from '../../core/records/index.js';
import type { Database } from '../schema.js';
import type { Dialect } from '../driver.js';
import { AuditRepo } from '../repos/audit.js';
import { untyped } from './dynamic.js';
import { RecordEventRepo } from './events.js';
import { RecordRepo } from './repo.js';

export { RecordRepo } from './repo.js';
export type { DueFilter, GroupRow } from './repo.js';
export { RecordEventRepo } from './events.js';
export type { RecordEvent } from './events.js';

export class RecordRepos {
  readonly audit: AuditRepo;
  private readonly repos = new Map<string, RecordRepo<object>>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    private readonly maxParams: number,
  ) {
    this.audit = new AuditRepo(db, dialect);
  }

  /** The repository of one kind. */
  of<R extends object>(kind: RecordKind<R>): RecordRepo<R> {
    let repo = this.repos.get(kind.name);
    if (repo === undefined) {
      repo = new RecordRepo(untyped(this.db), kind as unknown as RecordKind<object>, this.maxParams);
      this.repos.set(kind.name, repo);
    }
    return repo as unknown as RecordRepo<R>;
  }

  /** The timeline of a kind with a state machine. */
  events<R extends object>(kind: RecordKind<R>): RecordEventRepo {
    if (kind.machine === undefined) throw new Error(`${kind.name} has no timeline`);
    return new RecordEventRepo(untyped(this.db), kind.machine.events);
  }

  /** Run `fn` in one transaction (or inside the current one), with repositories bound to it. */
  transaction<T>(fn: (tx: RecordRepos) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return fn(this);
    return this.db.transaction().execute((tx) => fn(new RecordRepos(tx, this.dialect, this.maxParams)));
  }
}
