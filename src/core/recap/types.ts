/**
 * The recap's state, rebuilt from the log by its handlers: per contest, per
 * TPS, every version of the result form (never overwritten), attestations and
 * incidents; per region, the signed D.Hasil that locks it. The tally of
 * effective forms lives beside it (`../tally/`), updated by the same handlers.
 */
import type { Problem } from '../errors/index.js';
import type { CHasilLike, DHasil, EntryRef, Verdict } from '../forms/index.js';
import type { GenesisContest } from '../statements/index.js';

/** How a version of a TPS's form reached the log. */
export type FormKind = 'chasil' | 'import' | 'correction';

/** One version of a TPS's result form. The last one of a history is the effective form. */
export interface HistoryEntry {
  /** Log index and leaf hash (lowercase hex) of the entry. */
  readonly index: number;
  readonly hash: string;
  readonly kind: FormKind;
  /** Key that signed the entry. */
  readonly keyId: string;
  /** A `CHasil` for `chasil` and `correction`; possibly partial for `import`. */
  readonly form: CHasilLike;
  /** Plausibility warnings (rule 8 of docs/DOMAIN.md §4). */
  readonly warnings: readonly Problem[];
  /** Imports only: every failed error rule; the record is kept, flagged. */
  readonly flags: readonly Problem[];
  /** Imports only: codes of rules the record cannot express (null inputs). */
  readonly notCheckable: readonly string[];
  /** Corrections: the entry superseded, why, and which plenary decided it. */
  readonly supersedes?: EntryRef;
  readonly reason?: string;
  readonly plenary?: string;
  /** Imports: where the record came from. */
  readonly source?: ImportSource;
}

export interface ImportSource {
  /** Path of the Sirekap record, e.g. `pkwkk/35/3579/357901/3579011001/3579011001001.json`. */
  readonly path: string;
  /** Sirekap's `ts` as published ("YYYY-MM-DD HH:MM:SS", WIB). */
  readonly ts?: string;
}

export interface AttestationRecord {
  readonly index: number;
  readonly hash: string;
  readonly keyId: string;
  readonly role: 'saksi' | 'ptps';
  /** The pair a saksi represents. */
  readonly pair?: string;
  readonly subject: EntryRef;
  readonly verdict: Verdict;
  readonly reason?: string;
}

export interface IncidentRecord {
  readonly index: number;
  readonly hash: string;
  readonly keyId: string;
  readonly description: string;
  readonly at: string;
}

export interface TpsRecord {
  readonly contestId: string;
  readonly tps: string;
  /** Every version, oldest first; the last is effective. Empty: no form yet. */
  readonly history: HistoryEntry[];
  /** Replaced, not pushed to: most TPS have none, and share one empty list (memory at national scale). */
  attestations: readonly AttestationRecord[];
  incidents: readonly IncidentRecord[];
  /** The region whose D.Hasil locks this TPS (null while open). */
  lockedBy: string | null;
}

export interface DHasilRecord {
  readonly index: number;
  readonly hash: string;
  readonly keyId: string;
  readonly dhasil: DHasil;
}

export interface ContestRecap {
  readonly contest: GenesisContest;
  /** The contest's pair ids (the kolom kosong included), in genesis order. */
  readonly pairIds: readonly string[];
  readonly records: Map<string, TpsRecord>;
  /** TPS records by kecamatan code, to lock a region without a scan. */
  readonly byDistrict: Map<string, TpsRecord[]>;
  /** Signed D.Hasil by region code (`national` for the national level); each locks its region. */
  readonly dhasil: Map<string, DHasilRecord>;
}
