/**
 * Builders of C.Hasil forms for tests (also for other modules' tests).
 * `makeValidCHasil()` gives one fixed form that passes every rule with no
 * warning; `randomValidCHasil(rng)` gives a random form that passes every
 * error rule. Overrides are merged deeply, except `votes` and `images`,
 * which replace the defaults whole.
 */
import type { Rng } from '../random/index.js';
import type { CHasil, Triple } from './chasil.js';

/** Deep partial of a C.Hasil; `votes` and `images` are given whole. */
export type CHasilOverrides = {
  readonly [K in keyof CHasil]?: K extends 'votes' | 'images' ? CHasil[K] : DeepPartial<CHasil[K]>;
};
type DeepPartial<T> = T extends object ? { readonly [K in keyof T]?: DeepPartial<T[K]> } : T;

/** The candidate ids of `makeValidCHasil()`'s contest. */
export const VALID_CANDIDATES: readonly string[] = ['1', '2', '3'];

/**
 * A consistent TPS form: DPT 300 (140 L, 160 P), 308 ballots (2.5% reserve),
 * 227 voters, votes 120 / 70 / 30, 7 invalid.
 */
export function makeValidCHasil(overrides: CHasilOverrides = {}): CHasil {
  const base: CHasil = {
    contestId: 'pilkada2024-pkwkk-3579',
    tps: '3579011001001',
    status: 'reguler',
    countedAt: '2024-11-27T07:30:00Z',
    voters: {
      dpt: t(140, 160),
      users: { dpt: t(100, 120), dptb: t(3, 2), dpk: t(1, 1), total: t(104, 123) },
    },
    ballots: { received: 308, damaged: 1, unused: 80, used: 227 },
    disability: { registered: t(2, 3), voted: t(1, 2) },
    votes: { '1': 120, '2': 70, '3': 30 },
    valid: 220,
    invalid: 7,
    total: 227,
    images: ['a'.repeat(64), 'b'.repeat(64)],
  };
  return merge(base, overrides) as CHasil;
}

/**
 * A random form that passes every error rule for `candidates` (warnings,
 * e.g. high turnout, may occur). Reserve per mille as in `CheckOptions`.
 */
export function randomValidCHasil(
  rng: Rng,
  candidates: readonly string[] = VALID_CANDIDATES,
  reservePermille = 25,
): CHasil {
  const dpt = t(rng.int(0, 300), rng.int(0, 300));
  const fromDpt = t(rng.int(0, dpt.male), rng.int(0, dpt.female));
  const dptb = t(rng.int(0, 10), rng.int(0, 10));
  const dpk = t(rng.int(0, 5), rng.int(0, 5));
  const users = t(fromDpt.male + dptb.male + dpk.male, fromDpt.female + dptb.female + dpk.female);
  const invalid = rng.int(0, users.total);
  const votes = split(rng, users.total - invalid, candidates);
  const reserve = Math.floor((dpt.total * reservePermille + 999) / 1000);
  const received = Math.max(dpt.total + reserve, users.total + rng.int(0, 5));
  const damaged = rng.int(0, received - users.total);
  const registered = t(rng.int(0, 5), rng.int(0, 5));
  const voted = t(
    rng.int(0, Math.min(registered.male, users.male)),
    rng.int(0, Math.min(registered.female, users.female)),
  );
  return {
    ...makeValidCHasil(),
    voters: { dpt, users: { dpt: fromDpt, dptb, dpk, total: users } },
    ballots: { received, damaged, unused: received - users.total - damaged, used: users.total },
    disability: { registered, voted },
    votes,
    valid: users.total - invalid,
    invalid,
    total: users.total,
  };
}

function t(male: number, female: number): Triple {
  return { male, female, total: male + female };
}

/** `n` split at random over the ids. */
function split(rng: Rng, n: number, ids: readonly string[]): Record<string, number> {
  const cuts = ids
    .slice(1)
    .map(() => rng.int(0, n))
    .sort((a, b) => a - b);
  const bounds = [0, ...cuts, n];
  return Object.fromEntries(ids.map((id, i) => [id, (bounds[i + 1] ?? n) - (bounds[i] ?? 0)]));
}

function merge(base: unknown, patch: unknown): unknown {
  if (!isRecord(base) || !isRecord(patch)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    out[k] = k === 'votes' || k === 'images' ? v : merge(base[k], v);
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
