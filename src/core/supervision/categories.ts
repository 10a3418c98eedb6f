/**
 * The closed vocabularies of supervision (docs/DOMAIN.md §6), each with its
 * Indonesian and English label: violation categories (the public intake
 * form's list), stages (tahapan) and supervision activities (Formulir Model A).
 * Stages are configuration in law; this is the default list Saksi ships.
 */
import type { Message } from '../errors/index.js';

export const VIOLATION_CATEGORIES = [
  'money-politics',
  'neutrality',
  'hoax',
  'hate-speech',
  'sara',
  'intimidation',
  'campaign-rules',
  'other',
] as const;
export type ViolationCategory = (typeof VIOLATION_CATEGORIES)[number];

export const CATEGORY_LABELS: Readonly<Record<ViolationCategory, Message>> = {
  'money-politics': { id: 'Politik uang', en: 'Money politics' },
  neutrality: {
    id: 'Netralitas ASN/TNI/Polri/kepala desa',
    en: 'Neutrality of civil servants, TNI, Polri or village heads',
  },
  hoax: { id: 'Hoaks', en: 'Hoax' },
  'hate-speech': { id: 'Ujaran kebencian', en: 'Hate speech' },
  sara: { id: 'Politisasi SARA/politik identitas', en: 'SARA / identity politics' },
  intimidation: { id: 'Intimidasi', en: 'Intimidation' },
  'campaign-rules': { id: 'Pelanggaran aturan kampanye', en: 'Campaign rules' },
  other: { id: 'Lainnya', en: 'Other' },
};

export const STAGES = [
  'planning',
  'voter-data',
  'candidacy',
  'campaign',
  'campaign-funds',
  'logistics',
  'quiet-period',
  'voting',
  'recap',
  'results',
  'other',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Readonly<Record<Stage, Message>> = {
  planning: { id: 'Perencanaan dan penyelenggaraan', en: 'Planning and organisation' },
  'voter-data': { id: 'Pemutakhiran data pemilih', en: 'Voter list update' },
  candidacy: { id: 'Pencalonan', en: 'Candidacy' },
  campaign: { id: 'Kampanye', en: 'Campaign' },
  'campaign-funds': { id: 'Dana kampanye', en: 'Campaign funds' },
  logistics: { id: 'Logistik', en: 'Logistics' },
  'quiet-period': { id: 'Masa tenang', en: 'Quiet period' },
  voting: { id: 'Pemungutan dan penghitungan suara', en: 'Voting and counting' },
  recap: { id: 'Rekapitulasi', en: 'Recap' },
  results: { id: 'Penetapan hasil', en: 'Results' },
  other: { id: 'Lainnya', en: 'Other' },
};

/** Formulir Model A: the kind of activity a supervision report records. */
export const ACTIVITIES = ['direct', 'prevention', 'analysis', 'enforcement', 'dispute'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** Who reports a laporan (a voter, a monitor or a candidate team) or, for a temuan, the supervisor. */
export const REPORTER_KINDS = ['voter', 'monitor', 'candidate-team'] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];

/** The supervisory roles (docs/DOMAIN.md §1) that write supervision records. */
export const SUPERVISOR_ROLES = [
  'ptps',
  'pkd',
  'panwascam',
  'bawaslu-kabkota',
  'bawaslu-provinsi',
  'bawaslu-ri',
] as const;
export type SupervisorRole = (typeof SUPERVISOR_ROLES)[number];

export function isSupervisorRole(role: string): role is SupervisorRole {
  return (SUPERVISOR_ROLES as readonly string[]).includes(role);
}
