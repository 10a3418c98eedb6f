/**
 * Model A reports, prevention actions and APK enforcement: append-only
 * records, inserted one at a time by officers or in bulk by imports.
 */
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from '../../schema.js';
import type { ApkEnforcement, PreventionAction, SupervisionReport } from '../../../core/supervision/index.js';
import { likePrefix } from './filter.js';
import type { PageFilter, PeriodFilter } from './filter.js';
import { apkRow, preventionRow, reportRow, toApk, toPrevention, toReport } from './rows.js';

type RecordTable = 'supervision_report' | 'prevention_action' | 'apk_enforcement';

export class SupervisionRecordRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insertReport(r: SupervisionReport): Promise<void> {
    await this.db.insertInto('supervision_report').values(reportRow(r)).execute();
  }

  async insertPrevention(p: PreventionAction): Promise<void> {
    await this.db.insertInto('prevention_action').values(preventionRow(p)).execute();
  }

  async insertApk(a: ApkEnforcement): Promise<void> {
    await this.db.insertInto('apk_enforcement').values(apkRow(a)).execute();
  }

  async report(id: string): Promise<SupervisionReport | undefined> {
    const row = await this.db
      .selectFrom('supervision_report')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toReport(row);
  }

  async reports(f: PageFilter): Promise<SupervisionReport[]> {
    const q = period(this.db.selectFrom('supervision_report').selectAll(), f);
    return (await page(q, f).execute()).map(toReport);
  }

  async prevention(f: PageFilter): Promise<PreventionAction[]> {
    const q = period(this.db.selectFrom('prevention_action').selectAll(), f);
    return (await page(q, f).execute()).map(toPrevention);
  }

  async apk(f: PageFilter): Promise<ApkEnforcement[]> {
    const q = period(this.db.selectFrom('apk_enforcement').selectAll(), f);
    return (await page(q, f).execute()).map(toApk);
  }
}

/** Restrict a query of a record table to a region prefix and a period of `occurred_on`. */
export function period<T extends RecordTable, O>(
  q: SelectQueryBuilder<Database, T, O>,
  f: PeriodFilter,
): SelectQueryBuilder<Database, T, O> {
  // Kysely cannot narrow the shared columns of a union of tables; all three have them.
  let out = q as unknown as SelectQueryBuilder<Database, 'prevention_action', O>;
  if (f.within !== null) out = out.where('region', 'like', likePrefix(f.within));
  if (f.from !== undefined) out = out.where('occurred_on', '>=', f.from);
  if (f.to !== undefined) out = out.where('occurred_on', '<=', f.to);
  return out as unknown as SelectQueryBuilder<Database, T, O>;
}

function page<T extends RecordTable, O>(q: SelectQueryBuilder<Database, T, O>, f: PageFilter) {
  const p = q as unknown as SelectQueryBuilder<Database, 'prevention_action', O>;
  return p
    .orderBy('occurred_on', 'desc')
    .orderBy('id')
    .limit(f.limit)
    .offset(f.offset ?? 0);
}
