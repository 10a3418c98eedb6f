/**
 * Parse a possibly partial C.Hasil (`CHasilLike`): the same shape as a
 * complete form, every key present, but any number, the status, the time of
 * counting and the whole `votes` map may be `null` ("unknown"). This is how a
 * record imported from KPU's Sirekap travels in a log entry. Untrusted input:
 * unknown fields are refused and every problem is listed at once.
 */
import { msg } from '../errors/index.js';
import { CHASIL_KEYS, CHASIL_STATUSES, MAX_IMAGES, MAX_VOTE_KEYS } from './chasil.js';
import type { CHasilLike, CHasilStatus, Count, TripleLike, UsersLike } from './chasil.js';
import { ID, SHA256_HEX, ShapeReader, TPS_CODE, join } from './shape.js';

/** Parse a partial C.Hasil. Throws one `FORM_INVALID_SHAPE` listing every problem. */
export function parseCHasilLike(input: unknown, path = '$'): CHasilLike {
  const r = new ShapeReader();
  const form = readCHasilLike(r, input, path);
  r.throwIfAny('FORM_INVALID_SHAPE', msg('Formulir C.Hasil (sebagian)', 'The partial C.Hasil form'));
  return form;
}

/** Read a partial C.Hasil into `r` (for bodies that embed one, e.g. an import). */
export function readCHasilLike(r: ShapeReader, input: unknown, path: string): CHasilLike {
  const o = r.object(input, path, CHASIL_KEYS);
  const at = (k: string) => join(path, k);
  return {
    contestId: r.text(o.contestId, at('contestId'), { max: 100, pattern: ID }),
    tps: r.text(o.tps, at('tps'), {
      max: 32,
      pattern: TPS_CODE,
      format: msg('kode TPS 13 digit tanpa titik', 'a 13-digit TPS code without dots'),
    }),
    status: o.status === null ? null : r.oneOf<CHasilStatus>(o.status, at('status'), CHASIL_STATUSES),
    countedAt: o.countedAt === null ? null : r.isoUtc(o.countedAt, at('countedAt')),
    voters: readVoters(r, o.voters, at('voters')),
    ballots: readBallots(r, o.ballots, at('ballots')),
    disability: readDisability(r, o.disability, at('disability')),
    votes: o.votes === null ? null : readVotes(r, o.votes, at('votes')),
    valid: r.countOrNull(o.valid, at('valid')),
    invalid: r.countOrNull(o.invalid, at('invalid')),
    total: r.countOrNull(o.total, at('total')),
    images: r
      .array(o.images, at('images'), MAX_IMAGES)
      .map((h, i) => r.text(h, `${at('images')}[${i}]`, { max: 64, pattern: SHA256_HEX })),
  };
}

function readTriple(r: ShapeReader, v: unknown, path: string): TripleLike {
  const o = r.object(v, path, ['male', 'female', 'total']);
  return {
    male: r.countOrNull(o.male, join(path, 'male')),
    female: r.countOrNull(o.female, join(path, 'female')),
    total: r.countOrNull(o.total, join(path, 'total')),
  };
}

function readVotes(r: ShapeReader, v: unknown, path: string): Record<string, Count> {
  const entries = r
    .record(v, path, MAX_VOTE_KEYS, ID)
    .map(([k, n]) => [k, r.countOrNull(n, join(path, k))] as const);
  return Object.fromEntries(entries);
}

function readVoters(r: ShapeReader, v: unknown, path: string): CHasilLike['voters'] {
  const o = r.object(v, path, ['dpt', 'users']);
  const u = r.object(o.users, join(path, 'users'), ['dpt', 'dptb', 'dpk', 'total']);
  const up = (k: string) => join(join(path, 'users'), k);
  const users: UsersLike = {
    dpt: readTriple(r, u.dpt, up('dpt')),
    dptb: readTriple(r, u.dptb, up('dptb')),
    dpk: readTriple(r, u.dpk, up('dpk')),
    total: readTriple(r, u.total, up('total')),
  };
  return { dpt: readTriple(r, o.dpt, join(path, 'dpt')), users };
}

function readBallots(r: ShapeReader, v: unknown, path: string): CHasilLike['ballots'] {
  const o = r.object(v, path, ['received', 'damaged', 'unused', 'used']);
  return {
    received: r.countOrNull(o.received, join(path, 'received')),
    damaged: r.countOrNull(o.damaged, join(path, 'damaged')),
    unused: r.countOrNull(o.unused, join(path, 'unused')),
    used: r.countOrNull(o.used, join(path, 'used')),
  };
}

function readDisability(r: ShapeReader, v: unknown, path: string): CHasilLike['disability'] {
  const o = r.object(v, path, ['registered', 'voted']);
  return {
    registered: readTriple(r, o.registered, join(path, 'registered')),
    voted: readTriple(r, o.voted, join(path, 'voted')),
  };
}
