/**
 * Supervision records for tests, made in bulk from counts: a region, a
 * period and how many of each record. Dates are spread over the period,
 * regions over the codes given (kab/kota, kecamatan, desa, TPS), categories
 * and stages round-robin — so a recap must filter by prefix and period, and
 * count, to get the numbers back.
 */
import type { RegionCode } from '../../src/core/regions/index.js';
import { STAGES, VIOLATION_CATEGORIES } from '../../src/core/supervision/index.js';
import type {
  ApkEnforcement,
  CaseState,
  Dispute,
  PreventionAction,
  SupervisionReport,
} from '../../src/core/supervision/index.js';
import type { StoredCase } from '../../src/core/supervision/index.js';
import type { SupervisionBatch } from '../../src/store/repos/supervision/index.js';

export interface RecordCounts {
  readonly prevention: number;
  readonly supervision: number;
  /** Props removed, spread over `apkActions` rows. */
  readonly apk: number;
  readonly apkActions: number;
  readonly psap: number;
  readonly kpuDisputes: number;
  readonly findings: number;
  readonly reportsRegistered: number;
  readonly reportsNotRegistered: number;
  readonly reportsPending: number;
}

export interface Spec {
  readonly tag: string;
  readonly regions: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly counts: Partial<RecordCounts>;
}

const DAY = 86_400_000;
const T = '2024-01-01T00:00:00.000Z';

export function batchFor(specs: readonly Spec[]): Required<SupervisionBatch> {
  const out = { reports: [], prevention: [], apk: [], cases: [], disputes: [] } as {
    reports: SupervisionReport[];
    prevention: PreventionAction[];
    apk: ApkEnforcement[];
    cases: StoredCase[];
    disputes: Dispute[];
  };
  for (const s of specs) {
    const c = s.counts;
    const days = (Date.parse(s.to) - Date.parse(s.from)) / DAY + 1;
    const on = (i: number, n: number) =>
      new Date(Date.parse(s.from) + Math.floor((i * days) / Math.max(1, n)) * DAY).toISOString().slice(0, 10);
    const region = (i: number) => s.regions[i % s.regions.length] as RegionCode;
    const stage = (i: number) => STAGES[i % STAGES.length] as (typeof STAGES)[number];
    for (let i = 0; i < (c.prevention ?? 0); i++)
      out.prevention.push({
        id: `${s.tag}-p-${i}`,
        region: region(i),
        stage: stage(i),
        kind: i % 3 === 0 ? 'letter' : 'action',
        addressee: 'Tim kampanye',
        subject: 'Imbauan',
        occurredOn: on(i, c.prevention ?? 0),
        createdAt: T,
        createdBy: null,
      });
    for (let i = 0; i < (c.supervision ?? 0); i++)
      out.reports.push(report(`${s.tag}-a-${i}`, region(i), stage(i), on(i, c.supervision ?? 0)));
    const actions = c.apkActions ?? 0;
    for (let i = 0; i < actions; i++) {
      const share = Math.floor((c.apk ?? 0) / actions) + (i < (c.apk ?? 0) % actions ? 1 : 0);
      out.apk.push({
        id: `${s.tag}-k-${i}`,
        region: region(i),
        stage: 'campaign',
        kind: i % 2 === 0 ? 'removed' : 'ordered-down',
        place: 'Jalan raya',
        count: share,
        pairOrParty: 'Partai X',
        photos: ['a'.repeat(64)],
        occurredOn: on(i, actions),
        createdAt: T,
        createdBy: null,
      });
    }
    const kinds: Array<['psap' | 'kpu-decision', number]> = [
      ['psap', c.psap ?? 0],
      ['kpu-decision', c.kpuDisputes ?? 0],
    ];
    for (const [kind, n] of kinds)
      for (let i = 0; i < n; i++)
        out.disputes.push(dispute(`${s.tag}-d-${kind}-${i}`, kind, region(i), on(i, n)));
    const cases: Array<['finding' | 'report', CaseState, number]> = [
      ['finding', 'study', c.findings ?? 0],
      ['report', 'recommended-kpu', c.reportsRegistered ?? 0],
      ['report', 'not-registered', c.reportsNotRegistered ?? 0],
      ['report', 'received', c.reportsPending ?? 0],
    ];
    for (const [origin, state, n] of cases)
      for (let i = 0; i < n; i++)
        out.cases.push(
          violation(`${s.tag}-v-${origin}-${state}-${i}`, origin, state, region(i), on(i, n), i),
        );
  }
  return out;
}

export function report(
  id: string,
  region: RegionCode,
  stage: SupervisionReport['stage'],
  on: string,
): SupervisionReport {
  return {
    id,
    region,
    stage,
    supervisorRole: 'ptps',
    supervisorName: 'Pengawas',
    assignmentLetter: 'ST-1',
    activity: 'direct',
    goal: 'Memastikan',
    target: 'KPPS',
    place: 'TPS',
    startedAt: `${on}T02:00:00.000Z`,
    occurredOn: on,
    summary: 'Nihil',
    violation: null,
    dispute: null,
    createdAt: T,
    createdBy: null,
  };
}

export function dispute(id: string, kind: Dispute['kind'], region: RegionCode, on: string): Dispute {
  return {
    id,
    kind,
    region,
    electionKind: 'pemilu',
    state: 'settled',
    registerNumber: null,
    applicant: 'Peserta A',
    respondent: 'Peserta B',
    subject: 'Sengketa',
    decisionOn: null,
    special: false,
    receivedAt: `${on}T03:00:00.000Z`,
    receivedOn: on,
    late: false,
    dueAt: `${on}T17:00:00.000Z`,
    createdAt: T,
    createdBy: null,
    updatedAt: T,
  };
}

export function violation(
  id: string,
  origin: StoredCase['origin'],
  state: CaseState,
  region: RegionCode,
  on: string,
  i = 0,
): StoredCase {
  return {
    id,
    origin,
    trackingCode: null,
    region,
    electionKind: 'pemilu',
    category: VIOLATION_CATEGORIES[i % VIOLATION_CATEGORIES.length] as StoredCase['category'],
    stage: 'campaign',
    state,
    outcome: state === 'recommended-kpu' ? 'administrative' : null,
    registerNumber: state === 'recommended-kpu' ? `REG-${id}` : null,
    requirementsMet: null,
    title: 'Dugaan pelanggaran',
    description: 'Uraian',
    place: 'Desa',
    reportedParty: 'Terlapor',
    knownOn: on,
    receivedAt: `${on}T03:00:00.000Z`,
    receivedOn: on,
    late: false,
    dueAt: `${on}T17:00:00.000Z`,
    extended: false,
    reporter:
      origin === 'report' ? { kind: 'voter', name: 'Pelapor', contact: '08123', address: 'Batang' } : null,
    evidence: [],
    sourceReportId: null,
    agency: null,
    createdAt: T,
    updatedAt: T,
    createdBy: null,
  };
}
