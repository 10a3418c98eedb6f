/** Request schemas of the supervision routes (zod, shared with the console). */
import { z } from 'zod';
import {
  ACTIVITIES,
  CASE_ACTIONS,
  DISPUTE_ACTIONS,
  DISPUTE_KINDS,
  REPORTER_KINDS,
  STAGES,
  VIOLATION_CATEGORIES,
} from '../../../core/supervision/index.js';
import {
  DataResult,
  EXPORT_QUERY,
  IdParams,
  ListResult,
  PAGE_QUERY,
  PageQuery,
} from '../../records/index.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).default('');
const region = z.string().min(1).max(32).describe('Region or TPS code, either spelling');
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('Local date YYYY-MM-DD');
const electionKind = z.enum(['pilkada', 'pemilu']);
const sha256 = z.string().regex(/^[0-9a-fA-F]{64}$/);

export const CodeParams = z.object({ code: z.string().min(1).max(32) }).strict();

const page = PAGE_QUERY;
export { PageQuery };
const caseFilters = {
  origin: z.enum(['finding', 'report']).optional(),
  state: z.string().max(40).optional(),
  category: z.enum(VIOLATION_CATEGORIES).optional(),
};
const disputeFilters = { kind: z.enum(DISPUTE_KINDS).optional(), state: z.string().max(40).optional() };
const recordFilters = { stage: z.enum(STAGES).optional() };
export const RecordQuery = z.object({ ...page, ...recordFilters }).strict();
export const RecordExportQuery = z.object({ ...EXPORT_QUERY, ...recordFilters }).strict();
export const CaseExportQuery = z.object({ ...EXPORT_QUERY, ...caseFilters }).strict();
export const DisputeExportQuery = z.object({ ...EXPORT_QUERY, ...disputeFilters }).strict();
export const CaseQuery = z.object({ ...page, ...caseFilters }).strict();
export const DisputeQuery = z.object({ ...page, ...disputeFilters }).strict();
export const DueQuery = z
  .object({
    region: region.optional(),
    hours: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 14)
      .default(24),
    limit: z.coerce.number().int().min(1).max(500).default(200),
    lang: z.enum(['id', 'en']).optional(),
  })
  .strict();
export const RecapQuery = z
  .object({
    region: region.optional().describe('Region (default: your scope; "national" for the country)'),
    from: date,
    to: date,
    format: z.enum(['json', 'csv', 'xlsx', 'pdf']).default('json'),
    lang: z.enum(['id', 'en']).optional(),
  })
  .strict();
export const PublicStatsQuery = RecapQuery.omit({ format: true });

const Violation = z
  .object({
    event: text(2000),
    place: optionalText(500),
    time: optionalText(100),
    actor: optionalText(500),
    witnesses: z.array(text(200)).max(20).default([]),
    evidence: z.array(text(500)).max(20).default([]),
    analysis: optionalText(4000),
    article: optionalText(500),
  })
  .strict();

export const SupervisionReportBody = z
  .object({
    region,
    stage: z.enum(STAGES),
    supervisorName: text(200),
    assignmentLetter: text(100).describe('Nomor surat tugas'),
    activity: z.enum(ACTIVITIES),
    goal: optionalText(2000),
    target: optionalText(2000),
    place: optionalText(500),
    startedAt: z.iso.datetime({ offset: true }),
    occurredOn: date,
    summary: optionalText(4000),
    violation: Violation.nullable().default(null),
    dispute: z.string().trim().max(4000).nullable().default(null),
  })
  .strict();

export const PreventionBody = z
  .object({
    region,
    stage: z.enum(STAGES),
    kind: z.enum(['letter', 'action']),
    addressee: text(500),
    subject: text(1000),
    occurredOn: date,
  })
  .strict();

export const ApkBody = z
  .object({
    region,
    stage: z.enum(STAGES).default('campaign'),
    kind: z.enum(['removed', 'ordered-down']),
    place: text(500),
    count: z.number().int().min(1).max(100_000),
    pairOrParty: text(200),
    photos: z.array(sha256).max(50).default([]).describe('SHA-256 of each photo'),
    occurredOn: date,
  })
  .strict();

const caseFields = {
  region,
  electionKind: electionKind.default('pilkada'),
  category: z.enum(VIOLATION_CATEGORIES),
  stage: z.enum(STAGES).default('other'),
  title: text(300),
  description: text(8000),
  place: optionalText(500),
  reportedParty: optionalText(500),
  knownOn: date.describe('The date the violation became known'),
};

export const Reporter = z
  .object({
    kind: z.enum(REPORTER_KINDS),
    name: text(200),
    contact: text(200),
    address: optionalText(500),
  })
  .strict();

export const CaseBody = z
  .object({
    ...caseFields,
    origin: z.enum(['finding', 'report']),
    reporter: Reporter.nullable().default(null),
    sourceReportId: z.string().max(64).nullable().default(null),
  })
  .strict();

export const IntakeBody = z
  .object({
    ...caseFields,
    reporter: Reporter,
    evidence: z
      .array(z.object({ mediaType: z.string().max(100), data: z.string() }).strict())
      .default([])
      .describe('Files as base64 (JPEG, PNG, PDF, MP4; at most 4 of 1 MiB)'),
  })
  .strict();

const transitionFields = {
  formalMet: z.boolean().optional(),
  materialMet: z.boolean().optional(),
  registerNumber: z.string().trim().max(100).optional(),
  reasons: z.string().trim().max(4000).optional(),
  note: z.string().trim().max(4000).optional(),
  agency: z.string().trim().max(200).optional(),
};
export const CaseTransitionBody = z.object({ action: z.enum(CASE_ACTIONS), ...transitionFields }).strict();
export const DisputeTransitionBody = z
  .object({ action: z.enum(DISPUTE_ACTIONS), ...transitionFields })
  .strict();

export const DisputeBody = z
  .object({
    kind: z.enum(DISPUTE_KINDS),
    region,
    electionKind: electionKind.default('pilkada'),
    applicant: text(300),
    respondent: text(300),
    subject: text(4000),
    decisionOn: date
      .nullable()
      .default(null)
      .describe('For kpu-decision: the date of the contested decision'),
    special: z.boolean().default(false).describe('PSAP in special conditions (up to 3 days)'),
  })
  .strict();

/** Answers are documented loosely; the presenters (presenters.ts) define their shape. */
export { DataResult, IdParams, ListResult };
