/**
 * Reads of the recap state. They never change it: a contest the log has not
 * touched yet reads as empty.
 */
import type { Problem } from '../errors/index.js';
import type { Ledger } from '../statements/index.js';
import { NATIONAL, lockingRegion, recapState } from './state.js';
import type { DHasilRecord, FormKind, HistoryEntry, TpsRecord } from './types.js';

/** A TPS whose effective form has warnings or import flags. */
export interface Anomaly {
  readonly tps: string;
  readonly index: number;
  readonly kind: FormKind;
  readonly warnings: readonly Problem[];
  readonly flags: readonly Problem[];
}

export function tpsRecord(ledger: Ledger, contestId: string, tps: string): TpsRecord | undefined {
  return recapState(ledger).contests.get(contestId)?.records.get(tps);
}

/** Every version of the TPS's form, oldest first (the last is effective). */
export function history(ledger: Ledger, contestId: string, tps: string): readonly HistoryEntry[] {
  return tpsRecord(ledger, contestId, tps)?.history ?? [];
}

export function effectiveEntry(record: TpsRecord | undefined): HistoryEntry | undefined {
  return record?.history.at(-1);
}

/** TPS records of a contest inside `region` (`national`: all), in TPS code order. */
export function tpsRecords(ledger: Ledger, contestId: string, region = NATIONAL): TpsRecord[] {
  const records = recapState(ledger).contests.get(contestId)?.records;
  return [...(records?.values() ?? [])]
    .filter((r) => region === NATIONAL || r.tps.startsWith(region))
    .sort((a, b) => (a.tps < b.tps ? -1 : 1));
}

/** Effective forms with warnings or import flags, in TPS code order. */
export function anomalies(ledger: Ledger, contestId: string, region = NATIONAL): Anomaly[] {
  const out: Anomaly[] = [];
  for (const record of tpsRecords(ledger, contestId, region)) {
    const e = effectiveEntry(record);
    if (e === undefined || e.warnings.length + e.flags.length === 0) continue;
    out.push({ tps: record.tps, index: e.index, kind: e.kind, warnings: e.warnings, flags: e.flags });
  }
  return out;
}

/** The signed D.Hasil of a region (`national` for the national level). */
export function dhasilOf(ledger: Ledger, contestId: string, region: string): DHasilRecord | undefined {
  return recapState(ledger).contests.get(contestId)?.dhasil.get(region);
}

/** The D.Hasil that locks a TPS or region, if any (its own or an ancestor's). */
export function lockOf(ledger: Ledger, contestId: string, code: string): DHasilRecord | undefined {
  const cr = recapState(ledger).contests.get(contestId);
  if (cr === undefined) return undefined;
  const region = lockingRegion(cr, code);
  return region === null ? undefined : cr.dhasil.get(region);
}
