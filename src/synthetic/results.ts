/**
 * Simulated results: for every TPS and contest a consistent C.Hasil (the
 * truth), and what the KPPS first signs — usually the truth, sometimes not:
 *
 * | scenario     | first form                                  | then                                      |
 * |--------------|---------------------------------------------|-------------------------------------------|
 * | `ok`         | the truth                                   | —                                         |
 * | `error`      | a pair's votes raised, valid not: refused   | nothing: the TPS stays out of the truth   |
 * | `misread`    | a pair's votes with a leading 9 (36 → 936), | the KPPS signs the truth again: accepted  |
 * |              | refused by the arithmetic rules             |                                           |
 * | `correction` | a few votes moved between two pairs         | a `form.correction` with the truth        |
 * | `objection`  | the truth                                   | a saksi's attestation with verdict object |
 *
 * Everything is drawn from seeded PRNGs keyed by (seed, contest, region), so
 * one seed gives the same election whatever the order of generation. Pair
 * shares vary by kab/kota, kecamatan and TPS around a contest-wide base;
 * turnout is 60–85% (a kecamatan level plus TPS noise); invalid votes 1–4%.
 */
import { createHash } from 'node:crypto';
import type { CHasil, Triple } from '../core/forms/index.js';
import { apportion } from '../core/registry/index.js';
import type { Tps } from '../core/registry/index.js';
import { seededRng } from '../core/random/index.js';
import type { Rng } from '../core/random/index.js';
import type { GenesisContest } from '../core/statements/index.js';

export const SCENARIOS = ['ok', 'error', 'misread', 'correction', 'objection'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** Share of forms per scenario (the rest are `ok`). */
export interface ScenarioRates {
  readonly error: number;
  readonly misread: number;
  readonly correction: number;
  readonly objection: number;
}

export const DEFAULT_RATES: ScenarioRates = {
  error: 0.005,
  misread: 0.005,
  correction: 0.005,
  objection: 0.01,
};
export const NO_INCIDENTS: ScenarioRates = { error: 0, misread: 0, correction: 0, objection: 0 };

type VoterPart = Pick<CHasil, 'voters' | 'ballots' | 'disability' | 'countedAt'>;

export class ResultModel {
  readonly #seed: string;
  readonly #reservePermille: number;
  readonly #turnout = new Map<string, number>();
  readonly #weights = new Map<string, number[]>();
  readonly #voters = new Map<string, VoterPart>();

  constructor(seed: string, reservePermille: number) {
    this.#seed = seed;
    this.#reservePermille = reservePermille;
  }

  /** The true, consistent form of `contest` at `tps`. */
  truth(contest: GenesisContest, tps: Tps): CHasil {
    const voters = this.#votersOf(tps);
    const users = voters.voters.users.total.total;
    const r = this.#rng('c', contest.id, tps.code);
    const invalid = Math.round(users * (0.01 + 0.03 * r.next()));
    const valid = users - invalid;
    const base = this.#regionWeights(contest, tps.code.slice(0, 6));
    const weights = base.map((w) => w * Math.exp(0.1 * normal(r)));
    const seats = apportion(valid, weights);
    const votes = Object.fromEntries(contest.pairs.map((p, i) => [p.id, seats[i] ?? 0]));
    return {
      contestId: contest.id,
      tps: tps.code,
      status: 'reguler',
      countedAt: voters.countedAt,
      voters: voters.voters,
      ballots: voters.ballots,
      disability: voters.disability,
      votes,
      valid,
      invalid,
      total: users,
      images: [imageHash(contest.id, tps.code, 1), imageHash(contest.id, tps.code, 2)],
    };
  }

  /** Which scenario a (contest, TPS) plays. */
  scenario(contest: GenesisContest, tps: string, rates: ScenarioRates): Scenario {
    const u = this.#rng('x', contest.id, tps).next();
    let edge = rates.error;
    if (u < edge) return 'error';
    if (u < (edge += rates.misread)) return 'misread';
    if (u < (edge += rates.correction) && contest.pairs.length > 1) return 'correction';
    if (u < (edge += rates.objection)) return 'objection';
    return 'ok';
  }

  /** The form the KPPS first signs for a scenario. */
  firstForm(truth: CHasil, scenario: Scenario): CHasil {
    const ids = Object.keys(truth.votes);
    const r = this.#rng('f', truth.contestId, truth.tps);
    const top = ids.reduce((a, b) => ((truth.votes[b] ?? 0) > (truth.votes[a] ?? 0) ? b : a));
    const votes = { ...truth.votes };
    switch (scenario) {
      case 'error':
        votes[top] = (votes[top] ?? 0) + r.int(1, 9);
        return { ...truth, votes };
      case 'misread': {
        const pair = ids[r.int(0, ids.length - 1)] as string;
        votes[pair] = Number(`9${votes[pair] ?? 0}`);
        return { ...truth, votes };
      }
      case 'correction': {
        const other = ids.filter((id) => id !== top)[r.int(0, ids.length - 2)] as string;
        const moved = Math.min(votes[top] ?? 0, r.int(1, 5));
        votes[top] = (votes[top] ?? 0) - moved;
        votes[other] = (votes[other] ?? 0) + moved;
        return { ...truth, votes };
      }
      default:
        return truth;
    }
  }

  /** The pair whose saksi objects (for `objection`), drawn per TPS; the kolom kosong has no saksi. */
  objector(contest: GenesisContest, tps: string): string {
    const r = this.#rng('o', contest.id, tps);
    const pairs = contest.pairs.filter((p) => !p.emptyColumn);
    return (pairs[r.int(0, pairs.length - 1)] as { id: string }).id;
  }

  /** Voters, ballots and disability figures of a TPS: the same for every contest held there. */
  #votersOf(tps: Tps): VoterPart {
    const hit = this.#voters.get(tps.code);
    if (hit !== undefined) return hit;
    const r = this.#rng('v', tps.code);
    const dpt = tps.dpt;
    const turnout = clamp(this.#turnoutOf(tps.code.slice(0, 6)) + (r.next() - 0.5) * 0.08, 0.6, 0.85);
    const users = Math.round(dpt.total * turnout);
    const moved = Math.round(users * 0.015 * r.next());
    const unlisted = Math.round(users * 0.008 * r.next());
    const male = dpt.total === 0 ? 0.5 : dpt.male / dpt.total;
    const fromDpt = splitWithin(users - moved - unlisted, male, dpt);
    const dptb = split(moved, male);
    const dpk = split(unlisted, male);
    const total = tri(fromDpt.male + dptb.male + dpk.male, fromDpt.female + dptb.female + dpk.female);
    const received = dpt.total + Math.ceil((dpt.total * this.#reservePermille) / 1000);
    const damaged = Math.min(r.int(0, 3), received - users);
    const registered = tri(r.int(0, 3), r.int(0, 3));
    const voted = tri(r.int(0, registered.male), r.int(0, registered.female));
    const minutes = r.int(0, 239);
    const part: VoterPart = {
      countedAt: `2024-11-27T${pad(6 + Math.floor(minutes / 60))}:${pad(minutes % 60)}:00Z`,
      voters: { dpt, users: { dpt: fromDpt, dptb, dpk, total } },
      ballots: { received, damaged, unused: received - users - damaged, used: users },
      disability: { registered, voted },
    };
    // Both contests of a TPS are generated one after the other: a small cache is enough.
    if (this.#voters.size > 4096) this.#voters.clear();
    this.#voters.set(tps.code, part);
    return part;
  }

  #turnoutOf(district: string): number {
    let t = this.#turnout.get(district);
    if (t === undefined) {
      t = 0.64 + 0.16 * this.#rng('t', district).next();
      this.#turnout.set(district, t);
    }
    return t;
  }

  /** The pair weights of a contest in a kecamatan: base × kab/kota swing × kecamatan swing. */
  #regionWeights(contest: GenesisContest, district: string): number[] {
    const key = `${contest.id}|${district}`;
    let w = this.#weights.get(key);
    if (w === undefined) {
      const base = this.#baseWeights(contest);
      const regency = this.#swing(contest, district.slice(0, 4), 0.3);
      const local = this.#swing(contest, district, 0.15);
      w = base.map((b, i) => b * (regency[i] ?? 1) * (local[i] ?? 1));
      this.#weights.set(key, w);
    }
    return w;
  }

  #baseWeights(contest: GenesisContest): number[] {
    const r = this.#rng('s', contest.id);
    return contest.pairs.map((p) => (0.2 - Math.log(1 - r.next())) * (p.emptyColumn ? 0.35 : 1));
  }

  #swing(contest: GenesisContest, region: string, sigma: number): number[] {
    const r = this.#rng('w', contest.id, region);
    return contest.pairs.map(() => Math.exp(sigma * normal(r)));
  }

  #rng(...parts: string[]): Rng {
    return seededRng(`${this.#seed}|${parts.join('|')}`);
  }
}

function normal(r: Rng): number {
  const u = 1 - r.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.next());
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function tri(male: number, female: number): Triple {
  return { male, female, total: male + female };
}

function split(n: number, maleShare: number): Triple {
  const male = Math.round(n * maleShare);
  return tri(male, n - male);
}

/** Split `n` voters by sex without exceeding the DPT of either (n ≤ DPT total). */
function splitWithin(n: number, maleShare: number, dpt: Triple): Triple {
  let male = Math.min(dpt.male, Math.round(n * maleShare));
  let female = n - male;
  if (female > dpt.female) {
    female = dpt.female;
    male = n - female;
  }
  return tri(male, female);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A stand-in for the SHA-256 of a plano photo. */
function imageHash(contestId: string, tps: string, page: number): string {
  return createHash('sha256').update(`plano/${contestId}/${tps}/${page}`).digest('hex');
}
