/**
 * Violation cases: an officer records a temuan (any supervisor, from a Model
 * A report or directly) or receives a laporan at the office (Panwascam and
 * up); cases move through the table of core/supervision/case-machine.ts.
 * Every step is one transaction: the case, its timeline event, the audit entry.
 */
import {
  SUPERVISOR_ROLES,
  applyCaseTransition,
  caseDeadlines,
  supervisionErrors,
  transitionFor,
} from '../../core/supervision/index.js';
import type { CaseAction, Reporter, TransitionInput, ViolationCase } from '../../core/supervision/index.js';
import type { StoredCase } from '../../store/repos/supervision/index.js';
import type { Origin } from '../accounts/index.js';
import type { SupervisionDeps } from './deps.js';
import { serviceErrors } from './errors.js';
import { accountOf, audit, knownRegion, pastDate, roleOf } from './shared.js';

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
    (await deps.store.supervision.records.report(input.sourceReportId)) === undefined
  )
    throw serviceErrors.regionUnknown(input.sourceReportId, 'sourceReportId');
  const c = await newCase(deps, origin, input, null, []);
  await deps.store.supervision.transaction(async (tx) => {
    await tx.cases.insert(c);
    await tx.events.append(firstEvent(c, role));
    await audit(tx, deps, origin, {
      action: 'supervision.case.create',
      targetType: 'violation-case',
      targetId: c.id,
      region: c.region,
      after: caseSnapshot(c),
    });
  });
  return c;
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

export async function loadCase(deps: SupervisionDeps, id: string): Promise<StoredCase> {
  const c = await deps.store.supervision.cases.byId(id);
  if (c === undefined) throw serviceErrors.caseNotFound();
  return c;
}

export async function transitionCase(
  deps: SupervisionDeps,
  origin: Origin,
  id: string,
  action: CaseAction,
  input: TransitionInput,
): Promise<StoredCase> {
  const role = roleOf(origin);
  return deps.store.supervision.transaction(async (tx) => {
    const c = await tx.cases.byId(id);
    if (c === undefined) throw serviceErrors.caseNotFound();
    const change = applyCaseTransition(c, action, role, input, deps.deadlines);
    const now = deps.clock().toISOString();
    const moved = await tx.cases.update(c.id, c.state, {
      state: change.state,
      updated_at: now,
      ...(change.outcome === undefined ? {} : { outcome: change.outcome }),
      ...(change.registerNumber === undefined ? {} : { register_number: change.registerNumber }),
      ...(change.requirementsMet === undefined ? {} : { requirements_met: change.requirementsMet ? 1 : 0 }),
      ...(change.extended === undefined ? {} : { extended: change.extended ? 1 : 0 }),
      ...(change.dueAt === undefined ? {} : { due_at: change.dueAt }),
      ...(change.agency === undefined ? {} : { agency: change.agency }),
    });
    if (!moved) throw serviceErrors.movedMeanwhile();
    const after = (await tx.cases.byId(c.id)) as StoredCase;
    await tx.events.append({
      subjectId: c.id,
      at: now,
      action,
      fromState: c.state,
      toState: change.state,
      actorRole: role,
      note: change.note,
    });
    await audit(tx, deps, origin, {
      action: 'supervision.case.transition',
      targetType: 'violation-case',
      targetId: c.id,
      region: c.region,
      before: caseSnapshot(c),
      after: { ...caseSnapshot(after), action, note: change.note, to: transitionFor(action).to },
    });
    return after;
  });
}

export function firstEvent(c: StoredCase, role: string) {
  return {
    subjectId: c.id,
    at: c.receivedAt,
    action: 'receive',
    fromState: null,
    toState: c.state,
    actorRole: role,
    note: null,
  };
}

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
