/** Vulnerability entries as a record kind (core/records): append-only, filed under the region assessed. */
import { msg } from '../errors/index.js';
import { defineKind, f, notFound } from '../records/index.js';
import type { KerawananEntry } from './entry.js';

export const KERAWANAN_ENTRY_KIND = defineKind<KerawananEntry>({
  name: 'kerawanan-entry',
  title: msg('Pemetaan kerawanan', 'Vulnerability mapping'),
  source: 'api',
  table: 'kerawanan_entry',
  fields: {
    id: f.text(),
    instrumentId: f.text(),
    instrumentVersion: f.int(),
    region: f.text(),
    level: f.text(),
    answers: f.json(),
    score: f.real(),
    band: f.text(),
    flagged: f.json(),
    evidence: f.text(),
    photos: f.json(),
    assessedOn: f.text(),
    extraSupervision: f.flag(),
    createdAt: f.text(),
    createdBy: f.textOrNull(),
    createdRole: f.text(),
  },
  region: 'region',
  period: 'assessedOn',
  order: [
    { key: 'assessedOn', desc: true },
    { key: 'createdAt', desc: true },
  ],
  filters: ['instrumentId', 'band', 'level'],
  personal: [],
  audit: {
    create: 'kerawanan.entry.create',
    snapshot: (e) => ({
      instrument: `${e.instrumentId}@${e.instrumentVersion}`,
      score: e.score,
      band: e.band,
      flagged: e.flagged,
      photos: e.photos,
      extraSupervision: e.extraSupervision,
    }),
  },
  actions: { read: 'kerawanan.read', create: 'kerawanan.entry.create' },
  exports: [
    { key: 'assessedOn', label: msg('Tanggal', 'Date') },
    { key: 'region', label: msg('Wilayah/TPS', 'Region/TPS') },
    { key: 'instrumentId', label: msg('Instrumen', 'Instrument') },
    { key: 'instrumentVersion', label: msg('Versi', 'Version') },
    { key: 'score', label: msg('Skor', 'Score') },
    { key: 'band', label: msg('Tingkat', 'Band') },
    { key: 'flagged', label: msg('Indikator', 'Indicators'), value: (e) => e.flagged.join('; ') },
    { key: 'extraSupervision', label: msg('Pengawasan khusus', 'Extra supervision') },
    { key: 'createdRole', label: msg('Diisi oleh', 'Entered by') },
  ],
  notFound: notFound('KERAWANAN_ENTRY_NOT_FOUND', msg('Entri kerawanan', 'vulnerability entry')),
});
