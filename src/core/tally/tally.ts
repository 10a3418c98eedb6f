/**
 * The tally: effective forms folded into totals at every level — national,
 * province, regency (kab/kota), district (kecamatan), village (desa) and TPS —
 * per contest. Incremental: when a TPS's contribution changes (a new form, a
 * correction, an attestation that changes its status, a lock) the difference
 * between its new and old rows is added to its own row and to each of its
 * five ancestors, so a change costs O(levels × pairs) whatever the size of
 * the election. Rows live in growable typed arrays per contest (`Rows`).
 *
 * The recap's handlers keep it inside the recap state, so replaying the log
 * rebuilds it exactly; it is never written from anywhere else.
 */
import { SaksiError, msg } from '../errors/index.js';
import type { RecapFigures } from '../forms/index.js';
import { levelOf, parseRegionCode } from '../regions/index.js';
import type { RegionCode, RegionLevel } from '../regions/index.js';
import type { RecapStatus } from '../forms/recap-status.js';
import { PAIRS, SLOT, rowOf, statusCounts, tripleAt } from './row.js';
import type { TpsContribution } from './row.js';

export type TallyLevel = 'national' | RegionLevel;

/** A region's totals for one contest. */
export interface TallySnapshot extends RecapFigures {
  readonly contestId: string;
  /** Canonical undotted code, or `national`. */
  readonly region: string;
  readonly level: TallyLevel;
  /** Valid votes of every pair of the contest (kolom kosong included), in genesis order. */
  readonly votes: Readonly<Record<string, number>>;
  /** TPS with an effective form (= TPS reported). */
  readonly forms: number;
  /** Of which the effective form is a Sirekap import. */
  readonly imported: number;
  /** TPS known to the log by status (TPS the log has never heard of are not counted as `missing`). */
  readonly status: Readonly<Record<RecapStatus, number>>;
  /** TPS whose effective form has a warning or an import flag; warnings and flags in all. */
  readonly anomalies: { readonly tps: number; readonly warnings: number; readonly flags: number };
}

const NATIONAL = 'national';
const INITIAL_ROWS = 64;
const TPS_CODE_LENGTH = 13;

/**
 * Rows of one width in one growable typed array, by code. Region rows are
 * float64 (sums of up to 10^6 TPS × 10^9 stay exact below 2^53); a TPS's own
 * row never exceeds `MAX_TPS_COUNT` (10^9 < 2^31), so TPS rows — nearly all
 * of them at national scale — are int32, half the memory.
 */
class Rows<A extends Float64Array | Int32Array> {
  readonly index = new Map<string, number>();
  data: A;
  readonly #width: number;
  readonly #make: (length: number) => A;

  constructor(width: number, make: (length: number) => A) {
    this.#width = width;
    this.#make = make;
    this.data = make(INITIAL_ROWS * width);
  }

  /** Offset of a code's row, created (zeros) on first use. */
  place(code: string): { readonly at: number; readonly created: boolean } {
    const existing = this.index.get(code);
    if (existing !== undefined) return { at: existing * this.#width, created: false };
    const row = this.index.size;
    if ((row + 1) * this.#width > this.data.length) {
      // 1.5×, not 2×: at national scale the spare half of a doubled tally is ≈ 100 MB (bench/RESULTS.md).
      const grown = this.#make(Math.ceil((this.data.length * 1.5) / this.#width) * this.#width);
      grown.set(this.data);
      this.data = grown;
    }
    this.index.set(code, row);
    return { at: row * this.#width, created: true };
  }

  offset(code: string): number | undefined {
    const row = this.index.get(code);
    return row === undefined ? undefined : row * this.#width;
  }
}

export class ContestTally {
  readonly contestId: string;
  readonly pairIds: readonly string[];
  readonly #pairSlot: ReadonlyMap<string, number>;
  readonly #width: number;
  readonly #regions: Rows<Float64Array>;
  readonly #tps: Rows<Int32Array>;
  readonly #children = new Map<string, string[]>();
  /** Scratch rows of `set`: the TPS's row before (then the change), and after. */
  readonly #current: Float64Array;
  readonly #next: Float64Array;

  constructor(contestId: string, pairIds: readonly string[]) {
    this.contestId = contestId;
    this.pairIds = [...pairIds];
    this.#pairSlot = new Map(pairIds.map((id, i) => [id, PAIRS + i]));
    this.#width = PAIRS + pairIds.length;
    this.#regions = new Rows(this.#width, (n) => new Float64Array(n));
    this.#tps = new Rows(this.#width, (n) => new Int32Array(n));
    this.#current = new Float64Array(this.#width);
    this.#next = new Float64Array(this.#width);
  }

  /** Rows held (regions and TPS). */
  get rows(): number {
    return this.#regions.index.size + this.#tps.index.size;
  }

  /**
   * Set what a TPS (13-digit code) contributes, replacing what it contributed
   * before. Runs once per accepted form: it works in two scratch rows rather
   * than allocating (the tally was 9 % of the ingest's main thread at
   * national scale, bench/RESULTS.md).
   */
  set(tps: string, contribution: TpsContribution): void {
    const at = this.#place(tps);
    const own = this.#tps.data;
    const current = this.#current;
    for (let i = 0; i < this.#width; i++) current[i] = own[at + i] as number;
    const next = rowOf(contribution, this.#pairSlot, current, this.#next);
    let changed = false;
    for (let i = 0; i < this.#width; i++) {
      const d = (next[i] as number) - (current[i] as number);
      current[i] = d; // now the delta
      if (d !== 0) changed = true;
    }
    if (!changed) return;
    own.set(next, at);
    for (const code of pathOf(tps)) {
      const base = this.#place(code);
      const d = this.#regions.data;
      for (let i = 0; i < this.#width; i++) d[base + i] = (d[base + i] as number) + (current[i] as number);
    }
  }

  /** Totals of a region (either spelling) or `national`; zeros where nothing was reported. */
  snapshot(region: string): TallySnapshot {
    const code = canonical(region);
    return this.#snapshotAt(code, this.#view(code));
  }

  /** Totals of each child region (or TPS) the log knows of, by code. */
  children(region: string): TallySnapshot[] {
    const codes = [...(this.#children.get(canonical(region)) ?? [])].sort();
    return codes.map((c) => this.#snapshotAt(c, this.#view(c)));
  }

  #view(code: string): { readonly d: Float64Array | Int32Array; readonly o: number } | null {
    const rows = code.length === TPS_CODE_LENGTH ? this.#tps : this.#regions;
    const o = rows.offset(code);
    return o === undefined ? null : { d: rows.data, o };
  }

  #snapshotAt(
    code: string,
    view: { readonly d: Float64Array | Int32Array; readonly o: number } | null,
  ): TallySnapshot {
    const d = view?.d ?? new Float64Array(this.#width);
    const o = view?.o ?? 0;
    const get = (slot: number) => d[o + slot] as number;
    return {
      contestId: this.contestId,
      region: code,
      level: code === NATIONAL ? 'national' : levelOf(code as RegionCode),
      votes: Object.fromEntries(this.pairIds.map((id, i) => [id, get(PAIRS + i)])),
      valid: get(SLOT.valid),
      invalid: get(SLOT.invalid),
      total: get(SLOT.total),
      users: tripleAt(d, o + SLOT.users),
      dpt: tripleAt(d, o + SLOT.dpt),
      forms: get(SLOT.forms),
      imported: get(SLOT.imported),
      status: statusCounts(d, o),
      anomalies: { tps: get(SLOT.anomalous), warnings: get(SLOT.warnings), flags: get(SLOT.flags) },
    };
  }

  /** The row offset of a code (in the TPS or the region rows), created with its place under its parent on first use. */
  #place(code: string): number {
    const { at, created } = (code.length === TPS_CODE_LENGTH ? this.#tps : this.#regions).place(code);
    if (created) {
      const parent = parentKey(code);
      if (parent !== null) {
        this.#place(parent);
        const siblings = this.#children.get(parent);
        if (siblings === undefined) this.#children.set(parent, [code]);
        else siblings.push(code);
      }
    }
    return at;
  }
}

/** The tallies of every contest of an election. */
export class Tally {
  readonly #contests = new Map<string, ContestTally>();

  /** Add a contest (idempotent). */
  register(contestId: string, pairIds: readonly string[]): ContestTally {
    let t = this.#contests.get(contestId);
    if (t === undefined) {
      t = new ContestTally(contestId, pairIds);
      this.#contests.set(contestId, t);
    }
    return t;
  }

  contest(contestId: string): ContestTally {
    const t = this.#contests.get(contestId);
    if (t === undefined) {
      throw new SaksiError(
        'TALLY_CONTEST_UNKNOWN',
        msg(`Pemilihan "${contestId}" tidak dikenal.`, `Unknown contest "${contestId}".`),
        { field: 'contestId' },
      );
    }
    return t;
  }

  contestIds(): string[] {
    return [...this.#contests.keys()];
  }

  snapshot(contestId: string, region: string): TallySnapshot {
    return this.contest(contestId).snapshot(region);
  }

  children(contestId: string, region: string): TallySnapshot[] {
    return this.contest(contestId).children(region);
  }
}

/** The regions a TPS adds to: `national`, then its province, regency, district and village. */
function pathOf(tps: string): string[] {
  return [NATIONAL, tps.slice(0, 2), tps.slice(0, 4), tps.slice(0, 6), tps.slice(0, 10)];
}

function parentKey(code: string): string | null {
  if (code === NATIONAL) return null;
  if (code.length === 2) return NATIONAL;
  return code.slice(0, code.length === 13 ? 10 : code.length === 10 ? 6 : code.length - 2);
}

function canonical(region: string): string {
  return region === NATIONAL ? NATIONAL : parseRegionCode(region, 'region');
}
