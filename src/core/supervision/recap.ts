/**
 * The recap report in Bawaslu's categories (what Bawaslu Batang published for
 * Pemilu 2024, docs/DOMAIN.md §6): prevention, supervision (Model A reports), APK,
 * PSAP, disputes against KPU decisions and violations — findings, registered
 * reports, reports not registered — broken down by category, stage, state
 * and outcome. The store aggregates in SQL; this folds its groups and lays
 * the report out as rows for every export format.
 */
import type { Message } from '../errors/index.js';
import { CASE_OUTCOMES, REGISTERED_CASE_STATES } from './case-machine.js';
import type { CaseState } from './case-machine.js';
import { CATEGORY_LABELS, STAGE_LABELS, VIOLATION_CATEGORIES } from './categories.js';
import type { Stage, ViolationCategory } from './categories.js';

export type Counts = Readonly<Record<string, number>>;

/** One GROUP BY row of violation cases. */
export interface ViolationGroup {
  readonly origin: 'finding' | 'report';
  readonly state: string;
  readonly category: string;
  readonly stage: string;
  readonly outcome: string | null;
  readonly n: number;
}

export interface ViolationRecap {
  readonly findings: number;
  readonly reportsRegistered: number;
  readonly reportsNotRegistered: number;
  /** Reports received and not yet checked or registered. */
  readonly reportsPending: number;
  readonly byCategory: Counts;
  readonly byStage: Counts;
  readonly byState: Counts;
  readonly byOutcome: Counts;
}

export interface RecapReport {
  readonly region: string;
  readonly from: string;
  readonly to: string;
  readonly prevention: { readonly total: number; readonly byStage: Counts; readonly byKind: Counts };
  readonly supervision: { readonly total: number; readonly byStage: Counts; readonly byRole: Counts };
  readonly apk: { readonly total: number; readonly actions: number; readonly byStage: Counts };
  readonly psap: { readonly total: number; readonly byState: Counts };
  readonly kpuDisputes: { readonly total: number; readonly byState: Counts };
  readonly violations: ViolationRecap;
}

export function foldViolations(groups: readonly ViolationGroup[]): ViolationRecap {
  const byCategory: Record<string, number> = {};
  const byStage: Record<string, number> = {};
  const byState: Record<string, number> = {};
  const byOutcome: Record<string, number> = {};
  let findings = 0;
  let registered = 0;
  let notRegistered = 0;
  let pending = 0;
  for (const g of groups) {
    if (g.origin === 'finding') findings += g.n;
    else if (g.state === 'not-registered') notRegistered += g.n;
    else if (REGISTERED_CASE_STATES.includes(g.state as CaseState)) registered += g.n;
    else pending += g.n;
    add(byCategory, g.category, g.n);
    add(byStage, g.stage, g.n);
    add(byState, g.state, g.n);
    if (g.outcome !== null) add(byOutcome, g.outcome, g.n);
  }
  return {
    findings,
    reportsRegistered: registered,
    reportsNotRegistered: notRegistered,
    reportsPending: pending,
    byCategory,
    byStage,
    byState,
    byOutcome,
  };
}

/** One line of the report as laid out for CSV, XLSX and PDF. */
export interface RecapRow {
  readonly section: string;
  readonly item: string;
  readonly label: Message;
  readonly value: number;
}

/** The report as rows: the headline table first, then each breakdown. */
export function recapRows(r: RecapReport): RecapRow[] {
  const v = r.violations;
  const rows: RecapRow[] = [
    row('summary', 'prevention', 'Pencegahan', 'Prevention', r.prevention.total),
    row('summary', 'supervision', 'Pengawasan (Form A)', 'Supervision (Form A)', r.supervision.total),
    row('summary', 'apk', 'Penertiban APK', 'APK removed', r.apk.total),
    row(
      'summary',
      'psap',
      'Sengketa antarpeserta (PSAP)',
      'Disputes between participants (PSAP)',
      r.psap.total,
    ),
    row(
      'summary',
      'kpu-disputes',
      'Sengketa keputusan KPU',
      'Disputes against KPU decisions',
      r.kpuDisputes.total,
    ),
    row('summary', 'findings', 'Temuan', 'Findings', v.findings),
    row('summary', 'reports-registered', 'Laporan diregistrasi', 'Reports registered', v.reportsRegistered),
    row(
      'summary',
      'reports-not-registered',
      'Laporan tidak diregistrasi',
      'Reports not registered',
      v.reportsNotRegistered,
    ),
    row('summary', 'reports-pending', 'Laporan dalam pemeriksaan', 'Reports being checked', v.reportsPending),
  ];
  for (const c of VIOLATION_CATEGORIES)
    rows.push({
      section: 'violations.category',
      item: c,
      label: CATEGORY_LABELS[c as ViolationCategory],
      value: v.byCategory[c] ?? 0,
    });
  for (const [stage, n] of sorted(v.byStage))
    rows.push({ section: 'violations.stage', item: stage, label: stageLabel(stage), value: n });
  for (const [state, n] of sorted(v.byState))
    rows.push({ section: 'violations.state', item: state, label: { id: state, en: state }, value: n });
  for (const o of CASE_OUTCOMES)
    rows.push({
      section: 'violations.outcome',
      item: o,
      label: { id: o, en: o },
      value: v.byOutcome[o] ?? 0,
    });
  for (const [stage, n] of sorted(r.supervision.byStage))
    rows.push({ section: 'supervision.stage', item: stage, label: stageLabel(stage), value: n });
  for (const [stage, n] of sorted(r.prevention.byStage))
    rows.push({ section: 'prevention.stage', item: stage, label: stageLabel(stage), value: n });
  return rows;
}

function row(section: string, item: string, id: string, en: string, value: number): RecapRow {
  return { section, item, label: { id, en }, value };
}

function stageLabel(stage: string): Message {
  return STAGE_LABELS[stage as Stage] ?? { id: stage, en: stage };
}

function sorted(c: Counts): Array<[string, number]> {
  return Object.entries(c).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function add(into: Record<string, number>, key: string, n: number): void {
  into[key] = (into[key] ?? 0) + n;
}
