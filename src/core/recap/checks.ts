/**
 * Checks shared by the recap's handlers. Each throws the refusal it names;
 * none changes state, so a handler runs all of its checks before it applies
 * anything and a refused entry leaves the ledger as it was.
 */
import { problem, msg } from '../errors/index.js';
import type { Problem } from '../errors/index.js';
import { checkCHasil } from '../forms/index.js';
import type { CHasilLike, CheckResult } from '../forms/index.js';
import type { RegionCode } from '../regions/index.js';
import { genesisOf } from '../statements/index.js';
import type { Envelope, Ledger, RegisteredKey } from '../statements/index.js';
import { recapError, rulesError } from './errors.js';
import { NATIONAL, lockingRegion } from './state.js';
import type { ContestRecap } from './types.js';

/**
 * Largest count accepted at one TPS. No TPS holds a billion voters, and the
 * bound keeps every national sum (≤ 10^6 TPS × 10^9) below 2^53, where
 * float64 arithmetic is exact: incremental and from-scratch tallies agree.
 */
export const MAX_TPS_COUNT = 1_000_000_000;

/** The TPS lies inside the contest's region (or the contest is national). */
export function requireInContest(cr: ContestRecap, code: string, field: string): void {
  const region = cr.contest.region;
  if (region === NATIONAL || code.startsWith(region)) return;
  throw recapError(
    'RECAP_OUTSIDE_CONTEST',
    field,
    `${code} tidak berada di wilayah pemilihan ${cr.contest.id} (${region})`,
    `${code} is not inside the region of contest ${cr.contest.id} (${region})`,
  );
}

/** No signed D.Hasil covers the TPS (or region). */
export function requireOpen(cr: ContestRecap, code: string, field: string): void {
  const region = lockingRegion(cr, code);
  if (region === null) return;
  const entry = cr.dhasil.get(region)?.index;
  throw recapError(
    'RECAP_LOCKED',
    field,
    `${code} sudah terkunci oleh D.Hasil ${region} (entri ${entry})`,
    `${code} is locked by the D.Hasil of ${region} (entry ${entry})`,
  );
}

/** A saksi key must represent a pair of this contest. */
export function requirePairInContest(cr: ContestRecap, key: RegisteredKey): void {
  if (key.role !== 'saksi') return;
  const pair = key.scope.pair;
  if (pair !== undefined && cr.pairIds.includes(pair)) return;
  throw recapError(
    'RECAP_PAIR_NOT_IN_CONTEST',
    'keyId',
    `saksi paslon "${pair}" tidak ikut dalam ${cr.contest.id}`,
    `a saksi of pair "${pair}" has no standing in ${cr.contest.id}`,
  );
}

/**
 * Run every C.Hasil rule with the contest's pair ids and the election's
 * ballot reserve. Counts above `MAX_TPS_COUNT` refuse the entry whatever
 * its kind.
 */
export function checkForm(ledger: Ledger, cr: ContestRecap, form: CHasilLike, field: string): CheckResult {
  const oversized = oversizedCounts(form, field);
  if (oversized.length > 0)
    throw recapError(
      'FORM_COUNT_TOO_LARGE',
      oversized[0]?.fields[0] ?? field,
      `angka di atas ${MAX_TPS_COUNT} di satu TPS`,
      `a count above ${MAX_TPS_COUNT} at one TPS`,
      oversized,
    );
  const reserve = genesisOf(ledger)?.election.ballotReservePermille;
  return checkCHasil(form, {
    candidates: cr.pairIds,
    ...(reserve === undefined ? {} : { ballotReservePermille: reserve }),
  });
}

/** Refuse a complete form (C.Hasil, correction) that breaks an error rule. */
export function requireRulesPass(result: CheckResult): void {
  if (result.errors.length === 0) return;
  throw rulesError('FORM_RULES_FAILED', msg('Formulir C.Hasil', 'The C.Hasil form'), result.errors);
}

/** One initial form per (contest, TPS): a change must be a correction. */
export function requireNoForm(cr: ContestRecap, tps: string): void {
  const first = cr.records.get(tps)?.history[0];
  if (first === undefined) return;
  throw recapError(
    'FORM_ALREADY_SUBMITTED',
    'tps',
    `TPS ${tps} sudah punya formulir (entri ${first.index}); perubahan harus lewat pembetulan`,
    `TPS ${tps} already has a form (entry ${first.index}); a change must be a correction`,
  );
}

/** A body parsed once per envelope, whether `signer` or `apply` asks first. */
export function parsedBody<T>(parse: (body: unknown) => T): (envelope: Envelope) => T {
  const cache = new WeakMap<Envelope, T>();
  return (envelope) => {
    if (cache.has(envelope)) return cache.get(envelope) as T;
    const value = parse(envelope.body);
    cache.set(envelope, value);
    return value;
  };
}

export function asRegion(code: string): RegionCode {
  return code as RegionCode;
}

function oversizedCounts(form: CHasilLike, base: string): Problem[] {
  const out: Problem[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'number' && v > MAX_TPS_COUNT) {
      out.push(
        problem(
          'FORM_COUNT_TOO_LARGE',
          [path],
          msg(`${path} = ${v} melebihi ${MAX_TPS_COUNT}.`, `${path} = ${v} exceeds ${MAX_TPS_COUNT}.`),
        ),
      );
    } else if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v)) walk(x, path === '' ? k : `${path}.${k}`);
    }
  };
  walk(form, base === '$' ? '' : base);
  return out;
}
