/**
 * One row of the tally: the totals of one region (or one TPS) as a fixed
 * vector of numbers, so that adding a TPS to every level above it is a loop
 * of additions, and a change is the difference of two vectors. Counts are
 * bounded per TPS (`MAX_TPS_COUNT`), so every sum stays below 2^53 and
 * float64 addition and subtraction are exact in any order.
 */
import type { CHasilLike, Count, Triple, TripleLike } from '../forms/index.js';
import { RECAP_STATUSES } from '../forms/recap-status.js';
import type { RecapStatus } from '../forms/recap-status.js';

/** What one TPS adds to the tally. */
export interface TpsContribution {
  /**
   * The effective form; null when the TPS has none (only incidents, say);
   * undefined when it is the one already in the tally (only the status,
   * warnings or flags changed): the row keeps its figures.
   */
  readonly form: CHasilLike | null | undefined;
  /** The effective form is a Sirekap import. */
  readonly imported: boolean;
  readonly status: RecapStatus;
  /** Warnings and import flags of the effective form. */
  readonly warnings: number;
  readonly flags: number;
}

/** Slots of a row; the pairs' votes follow `PAIRS`, in genesis order. */
export const SLOT = {
  forms: 0,
  imported: 1,
  valid: 2,
  invalid: 3,
  total: 4,
  users: 5,
  dpt: 8,
  anomalous: 11,
  warnings: 12,
  flags: 13,
  status: 14,
} as const;
export const PAIRS = SLOT.status + RECAP_STATUSES.length;

const STATUS_SLOT = new Map<RecapStatus, number>(RECAP_STATUSES.map((s, i) => [s, SLOT.status + i]));

/**
 * The row of one TPS, written into `out` (its length is the row's width).
 * Unknown (null) numbers add nothing; votes for ids outside the contest are
 * ignored. With `form: undefined` the figures are copied from `current`.
 */
export function rowOf(
  c: TpsContribution,
  pairSlot: ReadonlyMap<string, number>,
  current: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  if (c.form === undefined) return restatused(current, c, out);
  out.fill(0);
  out[STATUS_SLOT.get(c.status) as number] = 1;
  if (c.form === null) return out;
  const f = c.form;
  out[SLOT.forms] = 1;
  out[SLOT.imported] = c.imported ? 1 : 0;
  out[SLOT.valid] = n(f.valid);
  out[SLOT.invalid] = n(f.invalid);
  out[SLOT.total] = n(f.total);
  putTriple(out, SLOT.users, f.voters.users.total);
  putTriple(out, SLOT.dpt, f.voters.dpt);
  out[SLOT.anomalous] = c.warnings + c.flags > 0 ? 1 : 0;
  out[SLOT.warnings] = c.warnings;
  out[SLOT.flags] = c.flags;
  const votes = f.votes ?? {};
  for (const id in votes) {
    const slot = pairSlot.get(id);
    if (slot !== undefined && Object.hasOwn(votes, id)) out[slot] = n(votes[id] as Count);
  }
  return out;
}

/** `current` with the status, warnings and flags of `c`; the figures (forms, votes, voters…) as they are. */
function restatused(current: ArrayLike<number>, c: TpsContribution, out: Float64Array): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] = current[i] as number;
  for (const slot of STATUS_SLOT.values()) out[slot] = 0;
  out[STATUS_SLOT.get(c.status) as number] = 1;
  if (out[SLOT.forms] === 0) return out;
  out[SLOT.imported] = c.imported ? 1 : 0;
  out[SLOT.anomalous] = c.warnings + c.flags > 0 ? 1 : 0;
  out[SLOT.warnings] = c.warnings;
  out[SLOT.flags] = c.flags;
  return out;
}

export function statusCounts(data: ArrayLike<number>, at: number): Record<RecapStatus, number> {
  return Object.fromEntries(RECAP_STATUSES.map((s, i) => [s, data[at + SLOT.status + i] ?? 0])) as Record<
    RecapStatus,
    number
  >;
}

export function tripleAt(data: ArrayLike<number>, at: number): Triple {
  return { male: data[at] ?? 0, female: data[at + 1] ?? 0, total: data[at + 2] ?? 0 };
}

function putTriple(row: Float64Array, at: number, t: TripleLike): void {
  row[at] = n(t.male);
  row[at + 1] = n(t.female);
  row[at + 2] = n(t.total);
}

function n(v: Count): number {
  return v ?? 0;
}
