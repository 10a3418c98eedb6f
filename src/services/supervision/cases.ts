/**
 * Violation cases: an officer records a temuan (any supervisor, from a Model
 * A report or directly) or receives a laporan at the office (Panwascam and
 * up); cases move through the table of core/supervision/case-machine.ts.
 * Every step is one transaction: the case, its timeline event, the audit
 * entry (services/records on CASE_KIND).
 */
import {
  CASE_KIND,
  SUPERVISOR_ROLES,
  applyCaseTransition,
  caseDeadlines,
  supervisionErrors,
} from '../../core/supervision/index.js';
import type {
  CaseAction,
  Reporter,
  StoredCase,
  TransitionInput,
  ViolationCase,
} from '../../core/supervision/index.js';
import type { Origin } from '../accounts/index.js';
import { createRecord, loadRecord, transitionRecord } from '../records/index.js';
import type { SupervisionDeps } from './deps.js';
import { serviceErrors } from './errors.js';
import { accountOf, knownRegion, pastDate, roleOf } from './shared.js';

export interface NewCase {
  readonly origin: 'finding' | 'report';
  readonly region: string;
  readonly electionKind: ViolationCase['electionKind'];
  readonly category: ViolationCase['category'];
  readonly stage: ViolationCase['stage'];
  readonly title: string;
  readonly description: string;
  readonly place: string;
  readonly reportedParty: string;
  readonly knownOn: string;
  readonly reporter?: Reporter | null;
  readonly sourceReportId?: string | null;
}

/** Roles that receive a laporan at the office; every supervisor records findings. */
const RECEIVERS = ['panwascam', 'bawaslu-kabkota', 'bawaslu-provinsi', 'bawaslu-ri'];

export async function createCase(deps: SupervisionDeps, origin: Origin, input: NewCase): Promise<StoredCase> {
  const role = roleOf(origin);
  const allowed = input.origin === 'finding' ? (SUPERVISOR_ROLES as readonly string[]) : RECEIVERS;
  if (!allowed.includes(role)) throw supervisionErrors.roleForbidden(`create-${input.origin}`, role);
  if (
    input.sourceReportId != null &&
    (await deps.store.supervision.reports.byId(input.sourceReportId)) === undefined
  )
    throw serviceErrors.regionUnknown(input.sourceReportId, 'sourceReportId');
  return createRecord(deps, CASE_KIND, origin, await newCase(deps, origin, input, null, []));
}

/** A new case in state `received`, with its deadlines computed from its dates. */
export async function newCase(
  deps: SupervisionDeps,
  origin: Origin,
  input: NewCase,
  trackingCode: string | null,
  evidence: StoredCase['evidence'],
): Promise<StoredCase> {
  const region = await knownRegion(deps, input.region);
  const now = deps.clock().toISOString();
  const knownOn = pastDate(deps, input.knownOn, region, 'knownOn');
  const d = caseDeadlines({
    ...input,
    region,
    knownOn,
    receivedAt: now,
    extended: false,
    config: deps.deadlines,
  });
  return {
    id: deps.newId(),
    origin: input.origin,
    trackingCode,
    region,
    electionKind: input.electionKind,
    category: input.category,
    stage: input.stage,
    state: 'received',
    outcome: null,
    registerNumber: null,
    requirementsMet: null,
    title: input.title,
    description: input.description,
    place: input.place,
    reportedParty: input.reportedParty,
    knownOn,
    receivedAt: now,
    receivedOn: d.receivedOn,
    late: d.late,
    dueAt: d.due.dueAt,
    extended: false,
    reporter: input.origin === 'report' ? (input.reporter ?? null) : null,
    evidence,
    sourceReportId: input.sourceReportId ?? null,
    agency: null,
    createdAt: now,
    updatedAt: now,
    createdBy: accountOf(origin),
  };
}

export function loadCase(deps: SupervisionDeps, id: string): Promise<StoredCase> {
  return loadRecord(deps, CASE_KIND, id);
}

export function transitionCase(
  deps: SupervisionDeps,
  origin: Origin,
  id: string,
  action: CaseAction,
  input: TransitionInput,
): Promise<StoredCase> {
  return transitionRecord(deps, CASE_KIND, origin, id, action, (c, role) => {
    const { state, note, ...patch } = applyCaseTransition(c, action, role, input, deps.deadlines);
    return { state, note, patch };
  });
}
