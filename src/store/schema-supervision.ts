/**
 * Tables of supervision (migration 0003_supervision). Sections of a Model A
 * report, a reporter's identity, photo and evidence hashes are JSON text;
 * flags are 0/1 integers; instants ISO-8601 UTC; `*_on` local dates.
 */
export interface SupervisionReportTable {
  id: string;
  region: string;
  stage: string;
  supervisor_role: string;
  supervisor_name: string;
  assignment_letter: string;
  activity: string;
  started_at: string;
  occurred_on: string;
  /** JSON: goal, target, place, summary, violation, dispute. */
  body: string;
  created_at: string;
  created_by: string | null;
}

export interface PreventionActionTable {
  id: string;
  region: string;
  stage: string;
  kind: string;
  addressee: string;
  subject: string;
  occurred_on: string;
  created_at: string;
  created_by: string | null;
}

export interface ApkEnforcementTable {
  id: string;
  region: string;
  stage: string;
  kind: string;
  place: string;
  count: number;
  pair_or_party: string;
  /** JSON array of SHA-256 hex. */
  photos: string;
  occurred_on: string;
  created_at: string;
  created_by: string | null;
}

export interface ViolationCaseTable {
  id: string;
  origin: string;
  tracking_code: string | null;
  region: string;
  election_kind: string;
  category: string;
  stage: string;
  state: string;
  outcome: string | null;
  register_number: string | null;
  requirements_met: number | null;
  title: string;
  description: string;
  place: string;
  reported_party: string;
  known_on: string;
  received_at: string;
  received_on: string;
  late: number;
  due_at: string;
  extended: number;
  /** JSON of the reporter's identity (laporan only); never shown publicly. */
  reporter: string | null;
  /** JSON array of { sha256, size, mediaType }. */
  evidence: string;
  source_report_id: string | null;
  agency: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
}

export interface DisputeTable {
  id: string;
  kind: string;
  region: string;
  election_kind: string;
  state: string;
  register_number: string | null;
  applicant: string;
  respondent: string;
  subject: string;
  decision_on: string | null;
  special: number;
  received_at: string;
  received_on: string;
  late: number;
  due_at: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
}

/** The timeline of a case or dispute (seq 1, 2, … per subject). */
export interface SupervisionEventTable {
  subject_id: string;
  seq: number;
  at: string;
  action: string;
  from_state: string | null;
  to_state: string;
  actor_role: string;
  note: string | null;
}

export interface SupervisionDatabase {
  supervision_report: SupervisionReportTable;
  prevention_action: PreventionActionTable;
  apk_enforcement: ApkEnforcementTable;
  violation_case: ViolationCaseTable;
  dispute: DisputeTable;
  supervision_event: SupervisionEventTable;
}
