/**
 * Model A reports, prevention actions and APK enforcement as record kinds
 * (core/records): append-only, filed under a region and the local date of
 * the activity, newest first.
 */
import { msg } from '../errors/index.js';
import { defineKind, f, notFound } from '../records/index.js';
import type { ApkEnforcement, PreventionAction, SupervisionReport } from './types.js';

const created = { createdAt: f.text(), createdBy: f.textOrNull() } as const;
const newestFirst = [{ key: 'occurredOn', desc: true }] as const;

export const SUPERVISION_REPORT_KIND = defineKind<SupervisionReport>({
  name: 'supervision-report',
  title: msg('Laporan hasil pengawasan (Model A)', 'Supervision reports (Model A)'),
  source: 'api',
  table: 'supervision_report',
  fields: {
    id: f.text(),
    region: f.text(),
    stage: f.text(),
    supervisorRole: f.text(),
    supervisorName: f.text(),
    assignmentLetter: f.text(),
    activity: f.text(),
    startedAt: f.text(),
    occurredOn: f.text(),
    goal: f.text({ packedIn: 'body' }),
    target: f.text({ packedIn: 'body' }),
    place: f.text({ packedIn: 'body' }),
    summary: f.text({ packedIn: 'body' }),
    violation: f.jsonOrNull({ packedIn: 'body' }),
    dispute: f.textOrNull({ packedIn: 'body' }),
    ...created,
  },
  region: 'region',
  period: 'occurredOn',
  order: newestFirst,
  filters: ['stage'],
  personal: [],
  audit: {
    create: 'supervision.report.create',
    snapshot: (r) => ({ stage: r.stage, activity: r.activity, occurredOn: r.occurredOn }),
  },
  actions: { read: 'supervision.read', create: 'supervision.report.create' },
  exports: [
    { key: 'occurredOn', label: msg('Tanggal', 'Date') },
    { key: 'region', label: msg('Wilayah', 'Region') },
    { key: 'stage', label: msg('Tahapan', 'Stage') },
    { key: 'activity', label: msg('Kegiatan', 'Activity') },
    { key: 'supervisorRole', label: msg('Pengawas', 'Supervisor') },
    { key: 'supervisorName', label: msg('Nama pengawas', 'Supervisor name') },
    { key: 'place', label: msg('Tempat', 'Place') },
    { key: 'summary', label: msg('Uraian', 'Summary') },
    {
      key: 'violation',
      label: msg('Dugaan pelanggaran', 'Suspected violation'),
      value: (r) => (r.violation === null ? null : r.violation.event),
    },
  ],
  notFound: notFound('SUPERVISION_REPORT_NOT_FOUND', msg('Laporan pengawasan', 'supervision report')),
});

export const PREVENTION_KIND = defineKind<PreventionAction>({
  name: 'prevention-action',
  title: msg('Pencegahan', 'Prevention'),
  source: 'api',
  table: 'prevention_action',
  fields: {
    id: f.text(),
    region: f.text(),
    stage: f.text(),
    kind: f.text(),
    addressee: f.text(),
    subject: f.text(),
    occurredOn: f.text(),
    ...created,
  },
  region: 'region',
  period: 'occurredOn',
  order: newestFirst,
  filters: ['stage'],
  personal: [],
  audit: {
    create: 'supervision.prevention.create',
    snapshot: (p) => ({ kind: p.kind, stage: p.stage, addressee: p.addressee, subject: p.subject }),
  },
  actions: { read: 'supervision.read', create: 'supervision.prevention.create' },
  exports: [
    { key: 'occurredOn', label: msg('Tanggal', 'Date') },
    { key: 'region', label: msg('Wilayah', 'Region') },
    { key: 'stage', label: msg('Tahapan', 'Stage') },
    { key: 'kind', label: msg('Jenis', 'Kind') },
    { key: 'addressee', label: msg('Ditujukan kepada', 'Addressee') },
    { key: 'subject', label: msg('Perihal', 'Subject') },
  ],
  notFound: notFound('PREVENTION_NOT_FOUND', msg('Tindakan pencegahan', 'prevention action')),
});

export const APK_KIND = defineKind<ApkEnforcement>({
  name: 'apk-enforcement',
  title: msg('Penertiban APK', 'Campaign props (APK) enforcement'),
  source: 'api',
  table: 'apk_enforcement',
  fields: {
    id: f.text(),
    region: f.text(),
    stage: f.text(),
    kind: f.text(),
    place: f.text(),
    count: f.int(),
    pairOrParty: f.text(),
    photos: f.json(),
    occurredOn: f.text(),
    ...created,
  },
  region: 'region',
  period: 'occurredOn',
  order: newestFirst,
  filters: ['stage'],
  personal: [],
  audit: {
    create: 'supervision.apk.create',
    snapshot: (a) => ({ kind: a.kind, count: a.count, pairOrParty: a.pairOrParty, photos: a.photos }),
  },
  actions: { read: 'supervision.read', create: 'supervision.apk.create' },
  exports: [
    { key: 'occurredOn', label: msg('Tanggal', 'Date') },
    { key: 'region', label: msg('Wilayah', 'Region') },
    { key: 'stage', label: msg('Tahapan', 'Stage') },
    { key: 'kind', label: msg('Tindakan', 'Action') },
    { key: 'place', label: msg('Tempat', 'Place') },
    { key: 'count', label: msg('Jumlah APK', 'Props') },
    { key: 'pairOrParty', label: msg('Paslon/partai', 'Pair or party') },
  ],
  notFound: notFound('APK_NOT_FOUND', msg('Penertiban APK', 'APK enforcement')),
});
