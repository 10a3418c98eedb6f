/** The shapes the supervision API answers with (src/server/presenters/supervision.ts). */
import type { CaseAction, Dispute, Reporter, ViolationCase } from '../../../src/core/supervision/index.js';

export type { RecapReport, RecapRow } from '../../../src/core/supervision/index.js';

export interface Data<T> {
  readonly data: T;
}

export interface TimelineEvent {
  readonly seq: number;
  readonly at: string;
  readonly action: string;
  readonly from: string | null;
  readonly to: string;
  readonly actorRole: string;
  readonly note: string | null;
}

/** A case as officers see it; `reporter` only for authorised staff. */
export interface CaseView extends Omit<ViolationCase, 'reporter'> {
  readonly dueOn: string;
  readonly overdue: boolean;
  readonly reporter: Reporter | null;
  readonly reporterHidden: boolean;
  readonly allowedActions: readonly CaseAction[];
  readonly timeline?: readonly TimelineEvent[];
}

export interface DisputeView extends Dispute {
  readonly dueOn: string;
  readonly timeline?: readonly TimelineEvent[];
}

export interface DueLists {
  readonly overdue: { readonly cases: readonly CaseView[]; readonly disputes: readonly DisputeView[] };
  readonly dueSoon: { readonly cases: readonly CaseView[]; readonly disputes: readonly DisputeView[] };
}

/** What anyone holding the tracking code sees: never the reporter, description or evidence. */
export interface PublicCase {
  readonly trackingCode: string;
  readonly category: ViolationCase['category'];
  readonly region: string;
  readonly state: ViolationCase['state'];
  readonly outcome: ViolationCase['outcome'];
  readonly registerNumber: string | null;
  readonly receivedOn: string;
  readonly dueOn: string;
  readonly late: boolean;
  readonly evidenceFiles: number;
  readonly timeline: ReadonlyArray<{
    readonly at: string;
    readonly action: string;
    readonly state: string;
    readonly note: string | null;
  }>;
}

export interface EvidenceAck {
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: string;
}

/** The answer to a public report: the tracking code, late flag and due date. */
export interface IntakeAck {
  readonly trackingCode: string;
  readonly receivedAt: string;
  readonly late: boolean;
  readonly dueOn: string;
  readonly evidence: readonly EvidenceAck[];
}

export interface RegionView {
  readonly code: string;
  readonly dotted: string;
  readonly level: string;
  readonly name: string;
}
