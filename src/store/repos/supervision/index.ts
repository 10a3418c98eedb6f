/**
 * Supervision's repositories: the kernel's record repositories for its five
 * kinds (core/supervision/kinds-*.ts), their shared timeline, the audit
 * trail and the recap queries, bound to one executor — the store's database
 * or a transaction — so that a write, its timeline event and its audit
 * entry commit together:
 *
 *   await store.supervision.transaction(async (tx) => { await tx.cases.update(…); await tx.audit.append(…); });
 *
 * `load` is the bulk path (imports, tests): all in one transaction,
 * idempotent on the primary key.
 */
import {
  APK_KIND,
  CASE_KIND,
  DISPUTE_KIND,
  PREVENTION_KIND,
  SUPERVISION_REPORT_KIND,
} from '../../../core/supervision/index.js';
import type {
  ApkEnforcement,
  Dispute,
  PreventionAction,
  StoredCase,
  SupervisionReport,
} from '../../../core/supervision/index.js';
import type { AuditRepo } from '../audit.js';
import type { RecordEventRepo, RecordRepo, RecordRepos } from '../../records/index.js';
import { SupervisionRecapQueries } from './recap.js';

export type { StoredCase } from '../../../core/supervision/index.js';

/** Everything a bulk load may carry. */
export interface SupervisionBatch {
  readonly reports?: readonly SupervisionReport[];
  readonly prevention?: readonly PreventionAction[];
  readonly apk?: readonly ApkEnforcement[];
  readonly cases?: readonly StoredCase[];
  readonly disputes?: readonly Dispute[];
}

export class SupervisionRepos {
  readonly reports: RecordRepo<SupervisionReport>;
  readonly prevention: RecordRepo<PreventionAction>;
  readonly apk: RecordRepo<ApkEnforcement>;
  readonly cases: RecordRepo<StoredCase>;
  readonly disputes: RecordRepo<Dispute>;
  /** The timeline of cases and disputes (one table). */
  readonly events: RecordEventRepo;
  readonly recaps: SupervisionRecapQueries;
  readonly audit: AuditRepo;

  constructor(private readonly kernel: RecordRepos) {
    this.reports = kernel.of(SUPERVISION_REPORT_KIND);
    this.prevention = kernel.of(PREVENTION_KIND);
    this.apk = kernel.of(APK_KIND);
    this.cases = kernel.of(CASE_KIND);
    this.disputes = kernel.of(DISPUTE_KIND);
    this.events = kernel.events(CASE_KIND);
    this.recaps = new SupervisionRecapQueries(this);
    this.audit = kernel.audit;
  }

  /** Run `fn` in one transaction (or inside the current one), with repositories bound to it. */
  transaction<T>(fn: (tx: SupervisionRepos) => Promise<T>): Promise<T> {
    return this.kernel.transaction((tx) => fn(new SupervisionRepos(tx)));
  }

  /** Bulk load in one transaction: all or nothing; rows already present are kept. */
  async load(batch: SupervisionBatch): Promise<void> {
    await this.transaction(async (tx) => {
      await tx.reports.load(batch.reports ?? []);
      await tx.prevention.load(batch.prevention ?? []);
      await tx.apk.load(batch.apk ?? []);
      await tx.cases.load(batch.cases ?? []);
      await tx.disputes.load(batch.disputes ?? []);
    });
  }
}
