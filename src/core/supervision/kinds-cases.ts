/**
 * Violation cases and disputes as record kinds with state machines
 * (case-machine.ts, dispute-machine.ts): the timeline goes to
 * `supervision_event`, the deadline is `dueAt`, the reporter's identity is
 * personal (docs/DOMAIN.md §6).
 */
import { msg } from '../errors/index.js';
import { defineKind, f, movedMeanwhile, notFound } from '../records/index.js';
import { CASE_MACHINE } from './case-machine.js';
import { DISPUTE_MACHINE } from './dispute-machine.js';
import type { Dispute, StoredCase } from './types.js';

/** What the audit trail keeps of a case: never the reporter's identity. */
export function caseSnapshot(c: StoredCase): Record<string, unknown> {
  return {
    origin: c.origin,
    state: c.state,
    outcome: c.outcome,
    registerNumber: c.registerNumber,
    category: c.category,
    stage: c.stage,
    knownOn: c.knownOn,
    late: c.late,
    dueAt: c.dueAt,
    extended: c.extended,
    evidence: c.evidence.map((e) => e.sha256),
  };
}

const received = {
  receivedAt: f.text(),
  receivedOn: f.text(),
  late: f.flag(),
  dueAt: f.text(),
} as const;
const stamps = { createdAt: f.text(), updatedAt: f.text(), createdBy: f.textOrNull() } as const;
const newestFirst = [{ key: 'receivedAt', desc: true }] as const;
const timeline = {
  events: 'supervision_event',
  state: 'state',
  due: 'dueAt',
  updatedAt: 'updatedAt',
  firstEvent: { action: 'receive', at: 'receivedAt' },
} as const;

export const CASE_KIND = defineKind<StoredCase>({
  name: 'violation-case',
  title: msg('Temuan dan laporan pelanggaran', 'Findings and violation reports'),
  source: 'api',
  table: 'violation_case',
  fields: {
    id: f.text(),
    origin: f.text(),
    trackingCode: f.textOrNull(),
    region: f.text(),
    electionKind: f.text(),
    category: f.text(),
    stage: f.text(),
    state: f.text(),
    outcome: f.textOrNull(),
    registerNumber: f.textOrNull(),
    requirementsMet: f.flagOrNull(),
    title: f.text(),
    description: f.text(),
    place: f.text(),
    reportedParty: f.text(),
    knownOn: f.text(),
    ...received,
    extended: f.flag(),
    reporter: f.jsonOrNull(),
    evidence: f.json(),
    sourceReportId: f.textOrNull(),
    agency: f.textOrNull(),
    ...stamps,
  },
  region: 'region',
  period: 'receivedOn',
  order: newestFirst,
  filters: ['origin', 'state', 'category', 'stage', 'trackingCode'],
  personal: ['reporter'],
  audit: {
    create: 'supervision.case.create',
    transition: 'supervision.case.transition',
    snapshot: caseSnapshot,
  },
  actions: {
    read: 'supervision.read',
    create: 'supervision.case.create',
    transition: 'supervision.case.transition',
    personal: 'supervision.reporter.read',
    erase: 'supervision.reporter.erase',
  },
  machine: {
    machine: CASE_MACHINE,
    ...timeline,
    movedMeanwhile: () => movedMeanwhile('CASE_STATE_CONFLICT'),
  },
  exports: [
    { key: 'receivedOn', label: msg('Diterima', 'Received') },
    { key: 'registerNumber', label: msg('Nomor register', 'Register number') },
    { key: 'origin', label: msg('Asal', 'Origin') },
    { key: 'region', label: msg('Wilayah', 'Region') },
    { key: 'category', label: msg('Kategori', 'Category') },
    { key: 'stage', label: msg('Tahapan', 'Stage') },
    { key: 'title', label: msg('Judul', 'Title') },
    { key: 'state', label: msg('Status', 'State') },
    { key: 'outcome', label: msg('Hasil kajian', 'Outcome') },
    { key: 'dueAt', label: msg('Batas waktu', 'Due') },
    { key: 'late', label: msg('Terlambat', 'Late') },
  ],
  notFound: notFound('CASE_NOT_FOUND', msg('Kasus', 'case')),
});

export const DISPUTE_KIND = defineKind<Dispute>({
  name: 'dispute',
  title: msg('Sengketa proses', 'Disputes'),
  source: 'api',
  table: 'dispute',
  fields: {
    id: f.text(),
    kind: f.text(),
    region: f.text(),
    electionKind: f.text(),
    state: f.text(),
    registerNumber: f.textOrNull(),
    applicant: f.text(),
    respondent: f.text(),
    subject: f.text(),
    decisionOn: f.textOrNull(),
    special: f.flag(),
    ...received,
    ...stamps,
  },
  region: 'region',
  period: 'receivedOn',
  order: newestFirst,
  filters: ['kind', 'state'],
  personal: [],
  audit: {
    create: 'supervision.dispute.create',
    transition: 'supervision.dispute.transition',
    snapshot: (d) => ({ kind: d.kind, state: d.state, late: d.late, dueAt: d.dueAt }),
  },
  actions: {
    read: 'supervision.read',
    create: 'supervision.dispute.create',
    transition: 'supervision.dispute.transition',
  },
  machine: {
    machine: DISPUTE_MACHINE,
    ...timeline,
    movedMeanwhile: () => movedMeanwhile('DISPUTE_STATE_CONFLICT'),
  },
  exports: [
    { key: 'receivedOn', label: msg('Diterima', 'Received') },
    { key: 'registerNumber', label: msg('Nomor register', 'Register number') },
    { key: 'kind', label: msg('Jenis', 'Kind') },
    { key: 'region', label: msg('Wilayah', 'Region') },
    { key: 'applicant', label: msg('Pemohon', 'Applicant') },
    { key: 'respondent', label: msg('Termohon', 'Respondent') },
    { key: 'subject', label: msg('Pokok permohonan', 'Subject') },
    { key: 'state', label: msg('Status', 'State') },
    { key: 'dueAt', label: msg('Batas waktu', 'Due') },
  ],
  notFound: notFound('DISPUTE_NOT_FOUND', msg('Sengketa', 'dispute')),
});
