/**
 * A TPS's needs from its registry entry and the contests held there: each
 * item once per contest (or once for the TPS), by its formula. Pure: a
 * change of DPT is a new call with the new DPT.
 */
import type { Item } from './items.js';

export interface ContestAtTps {
  readonly id: string;
  readonly pairs: number;
}

export interface Need {
  readonly item: string;
  /** The contest the item is for; null for the TPS as a whole. */
  readonly contestId: string | null;
  readonly quantity: number;
}

export function tpsNeeds(items: readonly Item[], dpt: number, contests: readonly ContestAtTps[]): Need[] {
  if (!Number.isSafeInteger(dpt) || dpt < 0)
    throw new RangeError(`DPT must be a non-negative integer, got ${dpt}`);
  const out: Need[] = [];
  for (const it of items)
    for (const c of it.perContest ? contests : [null]) {
      const f = it.formula;
      const quantity =
        f.kind === 'per-voter'
          ? Math.ceil(dpt * (1 + f.reserve) - 1e-9)
          : f.kind === 'fixed'
            ? f.n
            : (c?.pairs ?? 0) + f.plus;
      out.push({ item: it.id, contestId: c?.id ?? null, quantity });
    }
  return out;
}

/** Totals per item and contest over many TPS. */
export function totalNeeds(all: ReadonlyArray<readonly Need[]>): Need[] {
  const sum = new Map<string, Need>();
  for (const needs of all)
    for (const n of needs) {
      const key = `${n.item}|${n.contestId ?? ''}`;
      const cur = sum.get(key);
      sum.set(key, { ...n, quantity: (cur?.quantity ?? 0) + n.quantity });
    }
  return [...sum.values()];
}
