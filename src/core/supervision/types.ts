/**
 * The records of supervision (docs/DOMAIN.md §6, §9 names). Region codes are
 * canonical; instants are ISO-8601 UTC; `…On` fields are calendar dates
 * (YYYY-MM-DD) in the region's own time zone.
 */
import type { ElectionKind } from '../elections/index.js';
import type { RegionCode } from '../regions/index.js';
import type { CaseOutcome, CaseState } from './case-machine.js';
import type { Activity, ReporterKind, Stage, SupervisorRole, ViolationCategory } from './categories.js';
import type { DisputeKind, DisputeState } from './dispute-machine.js';

/** Who wrote a record: the account and its role, or the public intake. */
export interface RecordedBy {
  readonly accountId: string | null;
  readonly role: SupervisorRole | 'public';
}

/** Details of a suspected violation, as Formulir Model A records them. */
export interface SuspectedViolation {
  readonly event: string;
  readonly place: string;
  readonly time: string;
  readonly actor: string;
  readonly witnesses: readonly string[];
  readonly evidence: readonly string[];
  readonly analysis: string;
  readonly article: string;
}

/** Formulir Model A, "Laporan Hasil Pengawasan". */
export interface SupervisionReport {
  readonly id: string;
  readonly region: RegionCode;
  readonly stage: Stage;
  readonly supervisorRole: SupervisorRole;
  readonly supervisorName: string;
  readonly assignmentLetter: string;
  readonly activity: Activity;
  readonly goal: string;
  readonly target: string;
  readonly place: string;
  readonly startedAt: string;
  readonly occurredOn: string;
  readonly summary: string;
  readonly violation: SuspectedViolation | null;
  readonly dispute: string | null;
  readonly createdAt: string;
  readonly createdBy: string | null;
}

/** A letter of appeal (surat imbauan) or another prevention action. */
export interface PreventionAction {
  readonly id: string;
  readonly region: RegionCode;
  readonly stage: Stage;
  readonly kind: 'letter' | 'action';
  readonly addressee: string;
  readonly subject: string;
  readonly occurredOn: string;
  readonly createdAt: string;
  readonly createdBy: string | null;
}

/** Campaign props (APK) removed or ordered down; `count` props in one action. */
export interface ApkEnforcement {
  readonly id: string;
  readonly region: RegionCode;
  readonly stage: Stage;
  readonly kind: 'removed' | 'ordered-down';
  readonly place: string;
  readonly count: number;
  readonly pairOrParty: string;
  /** SHA-256 (hex) of each photo. */
  readonly photos: readonly string[];
  readonly occurredOn: string;
  readonly createdAt: string;
  readonly createdBy: string | null;
}

/** The reporter of a laporan: visible only to authorised Bawaslu staff. */
export interface Reporter {
  readonly kind: ReporterKind;
  readonly name: string;
  readonly contact: string;
  readonly address: string;
}

/** An evidence file, stored content-addressed outside the database. */
export interface EvidenceRef {
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: string;
}

/** A temuan (finding, from supervision) or a laporan (report, from the public). */
export interface ViolationCase {
  readonly id: string;
  readonly origin: 'finding' | 'report';
  readonly trackingCode: string | null;
  readonly region: RegionCode;
  readonly electionKind: ElectionKind;
  readonly category: ViolationCategory;
  readonly stage: Stage;
  readonly state: CaseState;
  readonly outcome: CaseOutcome | null;
  readonly registerNumber: string | null;
  readonly title: string;
  readonly description: string;
  readonly place: string;
  readonly reportedParty: string;
  /** The date the violation became known (the 7-day clock starts here). */
  readonly knownOn: string;
  readonly receivedAt: string;
  readonly receivedOn: string;
  readonly late: boolean;
  readonly dueAt: string;
  readonly extended: boolean;
  readonly reporter: Reporter | null;
  readonly evidence: readonly EvidenceRef[];
  /** For a temuan: the Model A report it came from. */
  readonly sourceReportId: string | null;
  readonly agency: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly createdBy: string | null;
}

/** Between participants (PSAP, fast track) or against a KPU decision. */
export interface Dispute {
  readonly id: string;
  readonly kind: DisputeKind;
  readonly region: RegionCode;
  readonly electionKind: ElectionKind;
  readonly state: DisputeState;
  readonly registerNumber: string | null;
  readonly applicant: string;
  readonly respondent: string;
  readonly subject: string;
  /** For a petition against KPU: the date of the contested decision. */
  readonly decisionOn: string | null;
  /** PSAP in special conditions: up to 3 days instead of the same day. */
  readonly special: boolean;
  readonly receivedAt: string;
  readonly receivedOn: string;
  readonly late: boolean;
  readonly dueAt: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly createdBy: string | null;
}

/** One step of a case's or dispute's timeline; `note` is shown to the reporter. */
export interface SupervisionEvent {
  readonly subjectId: string;
  readonly seq: number;
  readonly at: string;
  readonly action: string;
  readonly fromState: string | null;
  readonly toState: string;
  readonly actorRole: string;
  readonly note: string | null;
}

/** A case as stored, with the check's result (not part of the public record). */
export type StoredCase = ViolationCase & { readonly requirementsMet: boolean | null };
