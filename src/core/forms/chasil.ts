/**
 * Model C.Hasil-KWK, the TPS result form (docs/DOMAIN.md §4), as a statement body.
 * One per contest per TPS. Every count of people is an L/P/J triple
 * (`male`/`female`/`total`).
 *
 * `CHasil` is a complete form as the KPPS fills it in Saksi. `CHasilLike` is
 * the same shape where any number may be `null` ("unknown"): records imported
 * from KPU's Sirekap have no ballot-paper or disability figures. Every `CHasil`
 * is a `CHasilLike`, so the rules take the latter.
 */
import { msg } from '../errors/index.js';
import { ID, SHA256_HEX, ShapeReader, TPS_CODE, join } from './shape.js';

export const CHASIL_STATUSES = [
  'reguler',
  'penghitungan_ulang',
  'penghitungan_susulan',
  'penghitungan_lanjutan',
  'pemungutan_ulang',
  'pemungutan_susulan',
  'pemungutan_lanjutan',
] as const;
export type CHasilStatus = (typeof CHASIL_STATUSES)[number];

/** The vote key of the kolom kosong in contests that Saksi itself sets up. */
export const EMPTY_COLUMN_ID = 'empty';
export const MAX_IMAGES = 20;
export const MAX_VOTE_KEYS = 20;

export type Count = number | null;

export interface TripleLike {
  readonly male: Count;
  readonly female: Count;
  readonly total: Count;
}
export interface Triple extends TripleLike {
  readonly male: number;
  readonly female: number;
  readonly total: number;
}

/** Users of the right to vote, by class (labels are configuration, docs/DOMAIN.md §4). */
export interface UsersLike {
  readonly dpt: TripleLike;
  readonly dptb: TripleLike;
  readonly dpk: TripleLike;
  readonly total: TripleLike;
}
export interface Users extends UsersLike {
  readonly dpt: Triple;
  readonly dptb: Triple;
  readonly dpk: Triple;
  readonly total: Triple;
}

export interface BallotsLike {
  readonly received: Count;
  /** Returned as damaged or mis-marked. */
  readonly damaged: Count;
  readonly unused: Count;
  readonly used: Count;
}
export interface Ballots extends BallotsLike {
  readonly received: number;
  readonly damaged: number;
  readonly unused: number;
  readonly used: number;
}

export interface CHasilLike {
  readonly contestId: string;
  /** 13-digit TPS code, canonical (undotted). */
  readonly tps: string;
  readonly status: CHasilStatus | null;
  /** Time of counting, ISO 8601 UTC. */
  readonly countedAt: string | null;
  readonly voters: { readonly dpt: TripleLike; readonly users: UsersLike };
  readonly ballots: BallotsLike;
  readonly disability: { readonly registered: TripleLike; readonly voted: TripleLike };
  /** Valid votes by pair id (or `EMPTY_COLUMN_ID`); null when not known at all. */
  readonly votes: Readonly<Record<string, Count>> | null;
  readonly valid: Count;
  readonly invalid: Count;
  readonly total: Count;
  /** SHA-256 (lowercase hex) of each plano photo. */
  readonly images: readonly string[];
}

export interface CHasil extends CHasilLike {
  readonly status: CHasilStatus;
  readonly countedAt: string;
  readonly voters: { readonly dpt: Triple; readonly users: Users };
  readonly ballots: Ballots;
  readonly disability: { readonly registered: Triple; readonly voted: Triple };
  readonly votes: Readonly<Record<string, number>>;
  readonly valid: number;
  readonly invalid: number;
  readonly total: number;
}

const FORM = msg('Formulir C.Hasil', 'The C.Hasil form');
/** Every key of a C.Hasil body, complete or partial (`CHasilLike`). */
export const CHASIL_KEYS = [
  'contestId',
  'tps',
  'status',
  'countedAt',
  'voters',
  'ballots',
  'disability',
  'votes',
  'valid',
  'invalid',
  'total',
  'images',
];

/**
 * Parse a C.Hasil body. The input is untrusted (an upload or a log entry):
 * unknown fields are refused, counts must be non-negative safe integers, texts
 * and lists are bounded. Throws one `FORM_INVALID_SHAPE` listing every problem.
 */
export function parseCHasil(input: unknown, path = '$'): CHasil {
  const r = new ShapeReader();
  const form = readCHasil(r, input, path);
  r.throwIfAny('FORM_INVALID_SHAPE', FORM);
  return form;
}

/** Read a C.Hasil into `r` (for bodies that embed one, e.g. a Correction). */
export function readCHasil(r: ShapeReader, input: unknown, path: string): CHasil {
  const o = r.object(input, path, CHASIL_KEYS);
  const at = (k: string) => join(path, k);
  return {
    contestId: r.text(o.contestId, at('contestId'), { max: 100, pattern: ID, format: idFormat }),
    tps: r.text(o.tps, at('tps'), { max: 32, pattern: TPS_CODE, format: tpsFormat }),
    status: r.oneOf(o.status, at('status'), CHASIL_STATUSES),
    countedAt: r.isoUtc(o.countedAt, at('countedAt')),
    voters: readVoters(r, o.voters, at('voters')),
    ballots: readBallots(r, o.ballots, at('ballots')),
    disability: readDisability(r, o.disability, at('disability')),
    votes: readVotes(r, o.votes, at('votes')),
    valid: r.count(o.valid, at('valid')),
    invalid: r.count(o.invalid, at('invalid')),
    total: r.count(o.total, at('total')),
    images: readImages(r, o.images, at('images')),
  };
}

export function readTriple(r: ShapeReader, v: unknown, path: string): Triple {
  const o = r.object(v, path, ['male', 'female', 'total']);
  return {
    male: r.count(o.male, join(path, 'male')),
    female: r.count(o.female, join(path, 'female')),
    total: r.count(o.total, join(path, 'total')),
  };
}

/** Votes by pair id: at most `MAX_VOTE_KEYS` ids. */
export function readVotes(r: ShapeReader, v: unknown, path: string): Record<string, number> {
  const entries = r
    .record(v, path, MAX_VOTE_KEYS, ID)
    .map(([k, n]) => [k, r.count(n, join(path, k))] as const);
  return Object.fromEntries(entries);
}

function readVoters(r: ShapeReader, v: unknown, path: string): CHasil['voters'] {
  const o = r.object(v, path, ['dpt', 'users']);
  const u = r.object(o.users, join(path, 'users'), ['dpt', 'dptb', 'dpk', 'total']);
  const up = (k: string) => join(join(path, 'users'), k);
  return {
    dpt: readTriple(r, o.dpt, join(path, 'dpt')),
    users: {
      dpt: readTriple(r, u.dpt, up('dpt')),
      dptb: readTriple(r, u.dptb, up('dptb')),
      dpk: readTriple(r, u.dpk, up('dpk')),
      total: readTriple(r, u.total, up('total')),
    },
  };
}

function readBallots(r: ShapeReader, v: unknown, path: string): Ballots {
  const o = r.object(v, path, ['received', 'damaged', 'unused', 'used']);
  return {
    received: r.count(o.received, join(path, 'received')),
    damaged: r.count(o.damaged, join(path, 'damaged')),
    unused: r.count(o.unused, join(path, 'unused')),
    used: r.count(o.used, join(path, 'used')),
  };
}

function readDisability(r: ShapeReader, v: unknown, path: string): CHasil['disability'] {
  const o = r.object(v, path, ['registered', 'voted']);
  return {
    registered: readTriple(r, o.registered, join(path, 'registered')),
    voted: readTriple(r, o.voted, join(path, 'voted')),
  };
}

function readImages(r: ShapeReader, v: unknown, path: string): string[] {
  const hashes = r
    .array(v, path, MAX_IMAGES)
    .map((h, i) => r.text(h, `${path}[${i}]`, { max: 64, pattern: SHA256_HEX, format: hashFormat }));
  hashes.forEach((h, i) => {
    if (hashes.indexOf(h) !== i) {
      r.fail(
        'SHAPE_DUPLICATE',
        `${path}[${i}]`,
        msg(`${path}[${i}] sudah ada di daftar.`, `${path}[${i}] is already listed.`),
      );
    }
  });
  return hashes;
}

const idFormat = msg(
  'pengenal huruf/angka (., _, -), maks. 100',
  'an id of letters/digits (., _, -), at most 100',
);
const tpsFormat = msg('kode TPS 13 digit tanpa titik', 'a 13-digit TPS code without dots');
const hashFormat = msg('SHA-256 heksadesimal huruf kecil (64)', 'a lowercase hex SHA-256 (64)');
