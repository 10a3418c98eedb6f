/**
 * The shapes of the public API's answers that the portal reads
 * (src/server/routes/{results,contests,elections,regions,timetable}).
 */
import type { Message } from '../../../src/core/errors/index.js';
import type { CHasilLike } from '../../../src/core/forms/index.js';
import type { Timetable, TimetablePosition } from '../../../src/core/elections/index.js';

export interface RegionRef {
  readonly code: string;
  readonly dotted: string;
  readonly name: string;
  readonly level: string;
}

export interface Triple {
  readonly male: number;
  readonly female: number;
  readonly total: number;
}

export interface StatusCounts {
  readonly missing: number;
  readonly submitted: number;
  readonly attested: number;
  readonly objected: number;
  readonly corrected: number;
  readonly locked: number;
}

export interface Figures {
  readonly votes: Readonly<Record<string, number>>;
  readonly valid: number;
  readonly invalid: number;
  readonly total: number;
  readonly users: Triple;
  readonly dpt: Triple;
  readonly progress: { readonly reported: number; readonly total: number };
  readonly status: StatusCounts;
  readonly anomalies: { readonly tps: number; readonly warnings: number; readonly flags: number };
}

export interface ResultPair {
  readonly id: string;
  readonly ballotNumber: number;
  readonly name: string;
  readonly emptyColumn: boolean;
  readonly color: string | null;
}

export interface ResultsView {
  readonly contest: { id: string; name: string; kind: string; region: string };
  readonly region: RegionRef;
  readonly parents: readonly RegionRef[];
  readonly pairs: readonly ResultPair[];
  readonly totals: Figures;
  readonly children: ReadonlyArray<RegionRef & { totals: Figures }>;
  readonly outcome: { kind: string; winner?: string; reason: Message } | null;
  readonly logSize: number;
}

export interface Election {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly votingDay: string;
}

export interface ContestSummary {
  readonly id: string;
  readonly electionId: string;
  readonly kind: string;
  readonly region: string;
  readonly name: string;
  readonly sirekapType: 'pkwkp' | 'pkwkk' | 'ppwp';
}

export interface CandidatePair {
  readonly id: string;
  readonly ballotNumber: number;
  readonly name: string;
  readonly head: string;
  readonly deputy: string;
  readonly color: string;
  readonly emptyColumn: boolean;
}

export interface ContestDetail extends ContestSummary {
  readonly singlePair: boolean;
  readonly pairs: readonly CandidatePair[];
}

export interface HistoryEntry {
  readonly index: number;
  readonly hash: string;
  readonly kind: 'chasil' | 'import' | 'correction';
  readonly keyId: string;
  readonly form: CHasilLike;
  readonly warnings: ReadonlyArray<{ code: string; message: Message }>;
  readonly flags: ReadonlyArray<{ code: string; message: Message }>;
  readonly supersedes?: { index: number; hash: string };
  readonly reason?: string;
  readonly plenary?: string;
}

export interface AttestationRecord {
  readonly index: number;
  readonly hash: string;
  readonly keyId: string;
  readonly role: 'saksi' | 'ptps';
  readonly pair?: string;
  readonly subject: { index: number; hash: string };
  readonly verdict: 'agree' | 'object';
  readonly reason?: string;
}

export interface TpsContest {
  readonly contest: { id: string; name: string; kind: string; pairs: readonly Omit<ResultPair, 'color'>[] };
  readonly status: string;
  readonly history: readonly HistoryEntry[];
  readonly attestations: readonly AttestationRecord[];
  readonly incidents: ReadonlyArray<{ index: number; description: string; at: string }>;
  readonly lockedBy: string | null;
}

export interface TpsView {
  readonly tps: { code: string; name: string; address: string | null; dpt: Triple | null };
  readonly parents: readonly RegionRef[];
  readonly contests: readonly TpsContest[];
}

export interface TimetableView extends Timetable {
  readonly at: string;
  readonly position: TimetablePosition;
}
