/**
 * The recap report's numbers, aggregated in SQL (GROUP BY) over a region
 * prefix and a period: no record is loaded into memory. The groups are
 * folded into the report by core/supervision (recap.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.js';
import { foldViolations } from '../../../core/supervision/index.js';
import type { Counts, RecapReport, ViolationGroup } from '../../../core/supervision/index.js';
import { likePrefix } from './filter.js';
import type { PeriodFilter } from './filter.js';
import { period } from './records.js';

export class SupervisionRecapQueries {
  constructor(private readonly db: Kysely<Database>) {}

  async recap(f: PeriodFilter & { readonly from: string; readonly to: string }): Promise<RecapReport> {
    const [supervision, prevention, apk, disputes, violations] = await Promise.all([
      this.supervision(f),
      this.prevention(f),
      this.apk(f),
      this.disputes(f),
      this.violationGroups(f),
    ]);
    return {
      region: f.within ?? 'national',
      from: f.from,
      to: f.to,
      supervision,
      prevention,
      apk,
      psap: disputes.psap,
      kpuDisputes: disputes.kpu,
      violations: foldViolations(violations),
    };
  }

  async violationGroups(f: PeriodFilter): Promise<ViolationGroup[]> {
    let q = this.db
      .selectFrom('violation_case')
      .select(['origin', 'state', 'category', 'stage', 'outcome', (eb) => eb.fn.countAll<number>().as('n')]);
    if (f.within !== null) q = q.where('region', 'like', likePrefix(f.within));
    if (f.from !== undefined) q = q.where('received_on', '>=', f.from);
    if (f.to !== undefined) q = q.where('received_on', '<=', f.to);
    const rows = await q.groupBy(['origin', 'state', 'category', 'stage', 'outcome']).execute();
    return rows.map((r) => ({ ...r, origin: r.origin as ViolationGroup['origin'], n: Number(r.n) }));
  }

  private async supervision(f: PeriodFilter): Promise<RecapReport['supervision']> {
    const rows = await period(
      this.db
        .selectFrom('supervision_report')
        .select(['stage', 'supervisor_role', (eb) => eb.fn.countAll<number>().as('n')]),
      f,
    )
      .groupBy(['stage', 'supervisor_role'])
      .execute();
    return {
      total: sum(rows.map((r) => r.n)),
      byStage: tally(rows.map((r) => [r.stage, r.n])),
      byRole: tally(rows.map((r) => [r.supervisor_role, r.n])),
    };
  }

  private async prevention(f: PeriodFilter): Promise<RecapReport['prevention']> {
    const rows = await period(
      this.db
        .selectFrom('prevention_action')
        .select(['stage', 'kind', (eb) => eb.fn.countAll<number>().as('n')]),
      f,
    )
      .groupBy(['stage', 'kind'])
      .execute();
    return {
      total: sum(rows.map((r) => r.n)),
      byStage: tally(rows.map((r) => [r.stage, r.n])),
      byKind: tally(rows.map((r) => [r.kind, r.n])),
    };
  }

  private async apk(f: PeriodFilter): Promise<RecapReport['apk']> {
    const rows = await period(
      this.db
        .selectFrom('apk_enforcement')
        .select([
          'stage',
          (eb) => eb.fn.sum<number>('count').as('props'),
          (eb) => eb.fn.countAll<number>().as('n'),
        ]),
      f,
    )
      .groupBy('stage')
      .execute();
    return {
      total: sum(rows.map((r) => r.props)),
      actions: sum(rows.map((r) => r.n)),
      byStage: tally(rows.map((r) => [r.stage, r.props])),
    };
  }

  private async disputes(
    f: PeriodFilter,
  ): Promise<{ psap: RecapReport['psap']; kpu: RecapReport['kpuDisputes'] }> {
    let q = this.db.selectFrom('dispute').select(['kind', 'state', (eb) => eb.fn.countAll<number>().as('n')]);
    if (f.within !== null) q = q.where('region', 'like', likePrefix(f.within));
    if (f.from !== undefined) q = q.where('received_on', '>=', f.from);
    if (f.to !== undefined) q = q.where('received_on', '<=', f.to);
    const rows = await q.groupBy(['kind', 'state']).execute();
    const of = (kind: string) => {
      const mine = rows.filter((r) => r.kind === kind);
      return { total: sum(mine.map((r) => r.n)), byState: tally(mine.map((r) => [r.state, r.n])) };
    };
    return { psap: of('psap'), kpu: of('kpu-decision') };
  }
}

/** Drivers return counts as numbers, strings (pg bigint) or null: normalise. */
function sum(values: ReadonlyArray<number | string | null>): number {
  return values.reduce<number>((a, v) => a + Number(v ?? 0), 0);
}

function tally(pairs: ReadonlyArray<readonly [string, number | string | null]>): Counts {
  const out: Record<string, number> = {};
  for (const [k, v] of pairs) out[k] = (out[k] ?? 0) + Number(v ?? 0);
  return out;
}
