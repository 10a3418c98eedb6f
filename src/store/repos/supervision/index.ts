/**
 * The supervision repositories bound to one executor — the store's database
 * or a transaction — so that a write, its timeline event and its audit entry
 * commit together:
 *
 *   await store.supervision.transaction(async (tx) => { await tx.cases.update(…); await tx.audit.append(…); });
 *
 * `load` is the bulk path (imports, tests): multi-row inserts in chunks sized
 * to the dialect, all in one transaction, idempotent on the primary key.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.js';
import type { Dialect } from '../../driver.js';
import { insertChunked } from '../../bulk.js';
import { AuditRepo } from '../audit.js';
import type {
  ApkEnforcement,
  Dispute,
  PreventionAction,
  SupervisionReport,
} from '../../../core/supervision/index.js';
import { CaseRepo } from './cases.js';
import { DisputeRepo } from './disputes.js';
import { SupervisionEventRepo } from './events.js';
import { SupervisionRecapQueries } from './recap.js';
import { SupervisionRecordRepo } from './records.js';
import { apkRow, caseRow, disputeRow, preventionRow, reportRow } from './rows.js';
import type { StoredCase } from './rows.js';

export type { StoredCase } from './rows.js';
export type { PageFilter, PeriodFilter } from './filter.js';
export type { CaseListFilter, CasePatch, DueFilter } from './cases.js';
export type { DisputePatch } from './disputes.js';

/** Everything a bulk load may carry. */
export interface SupervisionBatch {
  readonly reports?: readonly SupervisionReport[];
  readonly prevention?: readonly PreventionAction[];
  readonly apk?: readonly ApkEnforcement[];
  readonly cases?: readonly StoredCase[];
  readonly disputes?: readonly Dispute[];
}

export class SupervisionRepos {
  readonly records: SupervisionRecordRepo;
  readonly cases: CaseRepo;
  readonly disputes: DisputeRepo;
  readonly events: SupervisionEventRepo;
  readonly recaps: SupervisionRecapQueries;
  readonly audit: AuditRepo;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
    private readonly maxParams: number,
  ) {
    this.records = new SupervisionRecordRepo(db);
    this.cases = new CaseRepo(db);
    this.disputes = new DisputeRepo(db);
    this.events = new SupervisionEventRepo(db);
    this.recaps = new SupervisionRecapQueries(db);
    this.audit = new AuditRepo(db, dialect);
  }

  /** Run `fn` in one transaction (or inside the current one), with repositories bound to it. */
  transaction<T>(fn: (tx: SupervisionRepos) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return fn(this);
    return this.db.transaction().execute((tx) => fn(new SupervisionRepos(tx, this.dialect, this.maxParams)));
  }

  /** Bulk load in one transaction: all or nothing; rows already present are kept. */
  async load(batch: SupervisionBatch): Promise<void> {
    await this.transaction(async (tx) => {
      const m = this.maxParams;
      await insertChunked(tx.db, 'supervision_report', (batch.reports ?? []).map(reportRow), ['id'], m);
      await insertChunked(tx.db, 'prevention_action', (batch.prevention ?? []).map(preventionRow), ['id'], m);
      await insertChunked(tx.db, 'apk_enforcement', (batch.apk ?? []).map(apkRow), ['id'], m);
      await insertChunked(tx.db, 'violation_case', (batch.cases ?? []).map(caseRow), ['id'], m);
      await insertChunked(tx.db, 'dispute', (batch.disputes ?? []).map(disputeRow), ['id'], m);
    });
  }
}
