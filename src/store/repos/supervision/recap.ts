/**
 * The recap report's numbers, aggregated in SQL (GROUP BY) over a region
 * prefix and a period: no record is loaded into memory. The groups are
 * folded into the report by core/supervision (recap.ts).
 */
import { foldViolations } from '../../../core/supervision/index.js';
import type {
  ApkEnforcement,
  Counts,
  Dispute,
  PreventionAction,
  RecapReport,
  StoredCase,
  SupervisionReport,
  ViolationGroup,
} from '../../../core/supervision/index.js';
import type { GroupRow, RecordRepo } from '../../records/index.js';

/** The repositories the recap counts over. */
export interface RecapSources {
  readonly reports: RecordRepo<SupervisionReport>;
  readonly prevention: RecordRepo<PreventionAction>;
  readonly apk: RecordRepo<ApkEnforcement>;
  readonly cases: RecordRepo<StoredCase>;
  readonly disputes: RecordRepo<Dispute>;
}

export interface PeriodFilter {
  /** Region code prefix; null: the whole country. */
  readonly within: string | null;
  readonly from?: string;
  readonly to?: string;
}

export class SupervisionRecapQueries {
  constructor(private readonly repos: RecapSources) {}

  async recap(f: PeriodFilter & { readonly from: string; readonly to: string }): Promise<RecapReport> {
    const r = this.repos;
    const [supervision, prevention, apk, disputes, violations] = await Promise.all([
      r.reports.groups(['stage', 'supervisorRole'], f),
      r.prevention.groups(['stage', 'kind'], f),
      r.apk.groups(['stage'], f, 'count'),
      r.disputes.groups(['kind', 'state'], f),
      this.violationGroups(f),
    ]);
    const psap = disputes.filter((g) => g.kind === 'psap');
    const kpu = disputes.filter((g) => g.kind === 'kpu-decision');
    return {
      region: f.within ?? 'national',
      from: f.from,
      to: f.to,
      supervision: {
        total: total(supervision),
        byStage: tally(supervision, 'stage'),
        byRole: tally(supervision, 'supervisorRole'),
      },
      prevention: {
        total: total(prevention),
        byStage: tally(prevention, 'stage'),
        byKind: tally(prevention, 'kind'),
      },
      apk: { total: total(apk, 'sum'), actions: total(apk), byStage: tally(apk, 'stage', 'sum') },
      psap: { total: total(psap), byState: tally(psap, 'state') },
      kpuDisputes: { total: total(kpu), byState: tally(kpu, 'state') },
      violations: foldViolations(violations),
    };
  }

  async violationGroups(f: PeriodFilter): Promise<ViolationGroup[]> {
    const rows = await this.repos.cases.groups(['origin', 'state', 'category', 'stage', 'outcome'], f);
    return rows.map((g) => ({
      origin: g.origin as ViolationGroup['origin'],
      state: String(g.state),
      category: String(g.category),
      stage: String(g.stage),
      outcome: g.outcome === null ? null : String(g.outcome),
      n: g.n,
    }));
  }
}

function total(rows: readonly GroupRow[], field: 'n' | 'sum' = 'n'): number {
  return rows.reduce((a, g) => a + Number(g[field] ?? 0), 0);
}

function tally(rows: readonly GroupRow[], key: string, field: 'n' | 'sum' = 'n'): Counts {
  const out: Record<string, number> = {};
  for (const g of rows) out[String(g[key])] = (out[String(g[key])] ?? 0) + Number(g[field] ?? 0);
  return out;
}
