/**
 * The recap's feature state on the ledger (`ledger.feature('recap', …)`) and
 * the few ways handlers change it. Every change to a TPS record goes through
 * `addVersion`, `touch` or `lock`, which keep the tally in step, so replaying
 * the log rebuilds records and tally exactly.
 */
import { genesisOf } from '../statements/index.js';
import type { Ledger } from '../statements/index.js';
import { Tally } from '../tally/tally.js';
import type { TpsContribution } from '../tally/row.js';
import { recapError } from './errors.js';
import { statusOf } from './status.js';
import type { ContestRecap, HistoryEntry, TpsRecord } from './types.js';
import type { CHasilLike } from '../forms/index.js';
import { StoredVersion } from './stored-version.js';

export const RECAP_FEATURE = 'recap';
const NONE: readonly never[] = Object.freeze([]);

/**
 * A record's list with one more item: a new array while it is the shared
 * empty one (most TPS never get an attestation or an incident), pushed to
 * after that (a list may grow long: no copy per item).
 */
export function appended<T>(list: readonly T[], item: T): readonly T[] {
  if (list === NONE) return [item];
  (list as T[]).push(item);
  return list;
}
export const NATIONAL = 'national';

export interface RecapState {
  readonly contests: Map<string, ContestRecap>;
  readonly tally: Tally;
}

export function recapState(ledger: Ledger): RecapState {
  return ledger.feature<RecapState>(RECAP_FEATURE, () => ({ contests: new Map(), tally: new Tally() }));
}

/** The recap of a contest named in the genesis (created on first use). */
export function contestRecap(ledger: Ledger, contestId: string, field = 'contestId'): ContestRecap {
  const state = recapState(ledger);
  const existing = state.contests.get(contestId);
  if (existing !== undefined) return existing;
  const genesis = genesisOf(ledger);
  if (genesis === undefined)
    throw recapError(
      'RECAP_GENESIS_MISSING',
      field,
      'belum ada entri genesis pemilihan',
      'the election genesis entry is not on the log yet',
    );
  const contest = genesis.contests.find((c) => c.id === contestId);
  if (contest === undefined)
    throw recapError(
      'RECAP_CONTEST_UNKNOWN',
      field,
      `pemilihan "${contestId}" tidak ada di genesis`,
      `contest "${contestId}" is not in the genesis`,
    );
  const pairIds = contest.pairs.map((p) => p.id);
  const recap: ContestRecap = {
    contest,
    pairIds,
    records: new Map(),
    byDistrict: new Map(),
    dhasil: new Map(),
  };
  state.contests.set(contestId, recap);
  state.tally.register(contestId, pairIds);
  return recap;
}

/** The TPS's record, created (and locked if its region already is) on first use. */
export function ensureRecord(cr: ContestRecap, tps: string): TpsRecord {
  const existing = cr.records.get(tps);
  if (existing !== undefined) return existing;
  const record: TpsRecord = {
    contestId: cr.contest.id,
    tps,
    history: [],
    attestations: NONE,
    incidents: NONE,
    lockedBy: lockingRegion(cr, tps),
  };
  cr.records.set(tps, record);
  const district = tps.slice(0, 6);
  const list = cr.byDistrict.get(district);
  if (list === undefined) cr.byDistrict.set(district, [record]);
  else list.push(record);
  return record;
}

/** Append a version of the form: it becomes the effective form. */
export function addVersion(ledger: Ledger, cr: ContestRecap, tps: string, entry: HistoryEntry): void {
  const record = ensureRecord(cr, tps);
  const keyId = ledger.keys.intern(entry.keyId);
  record.history.push(new StoredVersion(keyId === entry.keyId ? entry : { ...entry, keyId }, !ledger.lean));
  touch(ledger, cr, record, entry.form);
}

/**
 * Bring the tally in step with a record after a change: with the new
 * effective form when the history changed, or without one when only the
 * status did (a lock, an incident) — the tally keeps the figures.
 */
export function touch(ledger: Ledger, cr: ContestRecap, record: TpsRecord, effectiveForm?: CHasilLike): void {
  recapState(ledger).tally.contest(cr.contest.id).set(record.tps, contributionOf(record, effectiveForm));
}

/** Lock every TPS record inside `region` (a D.Hasil was signed for it). */
export function lock(ledger: Ledger, cr: ContestRecap, region: string): void {
  for (const [district, records] of cr.byDistrict) {
    if (region !== NATIONAL && !district.startsWith(region)) continue;
    for (const record of records) {
      if (record.lockedBy !== null) continue;
      record.lockedBy = region;
      touch(ledger, cr, record);
    }
  }
}

/** The region (a D.Hasil level) whose signed D.Hasil covers `code`, strictly above it or equal. */
export function lockingRegion(cr: ContestRecap, code: string): string | null {
  for (const region of recapAncestors(code)) if (cr.dhasil.has(region)) return region;
  return null;
}

/** `national`, then each recap level's code that contains `code` (itself included). */
export function recapAncestors(code: string): string[] {
  if (code === NATIONAL) return [NATIONAL];
  return [NATIONAL, ...[2, 4, 6].filter((n) => n <= code.length).map((n) => code.slice(0, n))];
}

/**
 * What a record adds to the tally: `effectiveForm` when the effective
 * version just changed; otherwise its figures stay as the tally has them.
 */
export function contributionOf(record: TpsRecord, effectiveForm?: CHasilLike): TpsContribution {
  const effective = record.history.at(-1);
  return {
    form: effectiveForm ?? (effective === undefined ? null : undefined),
    imported: effective?.kind === 'import',
    status: statusOf(record),
    warnings: effective?.warnings.length ?? 0,
    flags: effective?.flags.length ?? 0,
  };
}
