/** Rows ↔ supervision records. JSON columns are parsed here, once. */
import type { RegionCode } from '../../../core/regions/index.js';
import type {
  ApkEnforcement,
  CaseOutcome,
  CaseState,
  Dispute,
  DisputeKind,
  DisputeState,
  EvidenceRef,
  PreventionAction,
  Reporter,
  Stage,
  SupervisionEvent,
  SupervisionReport,
  SupervisorRole,
  Activity,
  ViolationCase,
  ViolationCategory,
  SuspectedViolation,
} from '../../../core/supervision/index.js';
import type { ElectionKind } from '../../../core/elections/index.js';
import type {
  ApkEnforcementTable,
  DisputeTable,
  PreventionActionTable,
  SupervisionEventTable,
  SupervisionReportTable,
  ViolationCaseTable,
} from '../../schema-supervision.js';

/** A case as stored, with the check's result (not part of the public record). */
export type StoredCase = ViolationCase & { readonly requirementsMet: boolean | null };

export function reportRow(r: SupervisionReport): SupervisionReportTable {
  const { goal, target, place, summary, violation, dispute } = r;
  return {
    id: r.id,
    region: r.region,
    stage: r.stage,
    supervisor_role: r.supervisorRole,
    supervisor_name: r.supervisorName,
    assignment_letter: r.assignmentLetter,
    activity: r.activity,
    started_at: r.startedAt,
    occurred_on: r.occurredOn,
    body: JSON.stringify({ goal, target, place, summary, violation, dispute }),
    created_at: r.createdAt,
    created_by: r.createdBy,
  };
}

export function toReport(row: SupervisionReportTable): SupervisionReport {
  const body = JSON.parse(row.body) as {
    goal: string;
    target: string;
    place: string;
    summary: string;
    violation: SuspectedViolation | null;
    dispute: string | null;
  };
  return {
    id: row.id,
    region: row.region as RegionCode,
    stage: row.stage as Stage,
    supervisorRole: row.supervisor_role as SupervisorRole,
    supervisorName: row.supervisor_name,
    assignmentLetter: row.assignment_letter,
    activity: row.activity as Activity,
    startedAt: row.started_at,
    occurredOn: row.occurred_on,
    ...body,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export function preventionRow(p: PreventionAction): PreventionActionTable {
  return {
    id: p.id,
    region: p.region,
    stage: p.stage,
    kind: p.kind,
    addressee: p.addressee,
    subject: p.subject,
    occurred_on: p.occurredOn,
    created_at: p.createdAt,
    created_by: p.createdBy,
  };
}

export function toPrevention(r: PreventionActionTable): PreventionAction {
  return {
    id: r.id,
    region: r.region as RegionCode,
    stage: r.stage as Stage,
    kind: r.kind as PreventionAction['kind'],
    addressee: r.addressee,
    subject: r.subject,
    occurredOn: r.occurred_on,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

export function apkRow(a: ApkEnforcement): ApkEnforcementTable {
  return {
    id: a.id,
    region: a.region,
    stage: a.stage,
    kind: a.kind,
    place: a.place,
    count: a.count,
    pair_or_party: a.pairOrParty,
    photos: JSON.stringify(a.photos),
    occurred_on: a.occurredOn,
    created_at: a.createdAt,
    created_by: a.createdBy,
  };
}

export function toApk(r: ApkEnforcementTable): ApkEnforcement {
  return {
    id: r.id,
    region: r.region as RegionCode,
    stage: r.stage as Stage,
    kind: r.kind as ApkEnforcement['kind'],
    place: r.place,
    count: Number(r.count),
    pairOrParty: r.pair_or_party,
    photos: JSON.parse(r.photos) as string[],
    occurredOn: r.occurred_on,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

export function caseRow(c: StoredCase): ViolationCaseTable {
  return {
    id: c.id,
    origin: c.origin,
    tracking_code: c.trackingCode,
    region: c.region,
    election_kind: c.electionKind,
    category: c.category,
    stage: c.stage,
    state: c.state,
    outcome: c.outcome,
    register_number: c.registerNumber,
    requirements_met: c.requirementsMet === null ? null : c.requirementsMet ? 1 : 0,
    title: c.title,
    description: c.description,
    place: c.place,
    reported_party: c.reportedParty,
    known_on: c.knownOn,
    received_at: c.receivedAt,
    received_on: c.receivedOn,
    late: c.late ? 1 : 0,
    due_at: c.dueAt,
    extended: c.extended ? 1 : 0,
    reporter: c.reporter === null ? null : JSON.stringify(c.reporter),
    evidence: JSON.stringify(c.evidence),
    source_report_id: c.sourceReportId,
    agency: c.agency,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    created_by: c.createdBy,
  };
}

export function toCase(r: ViolationCaseTable): StoredCase {
  return {
    id: r.id,
    origin: r.origin as ViolationCase['origin'],
    trackingCode: r.tracking_code,
    region: r.region as RegionCode,
    electionKind: r.election_kind as ElectionKind,
    category: r.category as ViolationCategory,
    stage: r.stage as Stage,
    state: r.state as CaseState,
    outcome: r.outcome as CaseOutcome | null,
    registerNumber: r.register_number,
    requirementsMet: r.requirements_met === null ? null : Number(r.requirements_met) === 1,
    title: r.title,
    description: r.description,
    place: r.place,
    reportedParty: r.reported_party,
    knownOn: r.known_on,
    receivedAt: r.received_at,
    receivedOn: r.received_on,
    late: Number(r.late) === 1,
    dueAt: r.due_at,
    extended: Number(r.extended) === 1,
    reporter: r.reporter === null ? null : (JSON.parse(r.reporter) as Reporter),
    evidence: JSON.parse(r.evidence) as EvidenceRef[],
    sourceReportId: r.source_report_id,
    agency: r.agency,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
  };
}

export function disputeRow(d: Dispute): DisputeTable {
  return {
    id: d.id,
    kind: d.kind,
    region: d.region,
    election_kind: d.electionKind,
    state: d.state,
    register_number: d.registerNumber,
    applicant: d.applicant,
    respondent: d.respondent,
    subject: d.subject,
    decision_on: d.decisionOn,
    special: d.special ? 1 : 0,
    received_at: d.receivedAt,
    received_on: d.receivedOn,
    late: d.late ? 1 : 0,
    due_at: d.dueAt,
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    created_by: d.createdBy,
  };
}

export function toDispute(r: DisputeTable): Dispute {
  return {
    id: r.id,
    kind: r.kind as DisputeKind,
    region: r.region as RegionCode,
    electionKind: r.election_kind as ElectionKind,
    state: r.state as DisputeState,
    registerNumber: r.register_number,
    applicant: r.applicant,
    respondent: r.respondent,
    subject: r.subject,
    decisionOn: r.decision_on,
    special: Number(r.special) === 1,
    receivedAt: r.received_at,
    receivedOn: r.received_on,
    late: Number(r.late) === 1,
    dueAt: r.due_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
  };
}

export function toEvent(r: SupervisionEventTable): SupervisionEvent {
  return {
    subjectId: r.subject_id,
    seq: Number(r.seq),
    at: r.at,
    action: r.action,
    fromState: r.from_state,
    toState: r.to_state,
    actorRole: r.actor_role,
    note: r.note,
  };
}
