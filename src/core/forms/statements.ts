/**
 * Statement bodies beside the forms (docs/DOMAIN.md §4, §9): a saksi's or PTPS's
 * attestation of a logged entry, a special incident (kejadian khusus) and a
 * correction (pembetulan) that supersedes an entry without overwriting it.
 * All parse functions take untrusted input and list every problem at once.
 */
import { msg } from '../errors/index.js';
import type { CHasil } from './chasil.js';
import { readCHasil } from './chasil.js';
import { ID, SHA256_HEX, ShapeReader, TPS_CODE, join } from './shape.js';

export const MAX_TEXT = 2000;

/** A log entry by its index and its leaf hash (lowercase hex SHA-256). */
export interface EntryRef {
  readonly index: number;
  readonly hash: string;
}

export type Verdict = 'agree' | 'object';

export interface Attestation {
  readonly subject: EntryRef;
  readonly tps: string;
  readonly contestId: string;
  readonly verdict: Verdict;
  /** Why the attester objects (required with `object`). */
  readonly reason?: string;
}

/** Kejadian khusus at a TPS (Model C.Kejadian Khusus dan/atau Keberatan-KWK). */
export interface Incident {
  readonly tps: string;
  readonly contestId: string;
  readonly description: string;
  /** When it happened, ISO 8601 UTC. */
  readonly at: string;
}

export interface Correction {
  readonly supersedes: EntryRef;
  readonly form: CHasil;
  readonly reason: string;
  /** The plenary that decided it, e.g. "PPK Batu, 2024-11-29". */
  readonly plenary: string;
}

export function parseAttestation(input: unknown): Attestation {
  const r = new ShapeReader();
  const o = r.object(input, '$', ['subject', 'tps', 'contestId', 'verdict'], ['reason']);
  const verdict = r.oneOf(o.verdict, 'verdict', ['agree', 'object'] as const);
  const reason = o.reason === undefined ? undefined : r.text(o.reason, 'reason', { max: MAX_TEXT });
  if (verdict === 'object' && reason === undefined) {
    r.fail(
      'SHAPE_MISSING',
      'reason',
      msg('Keberatan wajib disertai alasan.', 'An objection needs a reason.'),
    );
  }
  const attestation: Attestation = {
    subject: readEntryRef(r, o.subject, 'subject'),
    tps: readTps(r, o.tps, 'tps'),
    contestId: readContestId(r, o.contestId, 'contestId'),
    verdict,
    ...(reason === undefined ? {} : { reason }),
  };
  r.throwIfAny('ATTESTATION_INVALID_SHAPE', msg('Kesaksian', 'The attestation'));
  return attestation;
}

export function parseIncident(input: unknown): Incident {
  const r = new ShapeReader();
  const o = r.object(input, '$', ['tps', 'contestId', 'description', 'at']);
  const incident: Incident = {
    tps: readTps(r, o.tps, 'tps'),
    contestId: readContestId(r, o.contestId, 'contestId'),
    description: r.text(o.description, 'description', { max: MAX_TEXT }),
    at: r.isoUtc(o.at, 'at'),
  };
  r.throwIfAny('INCIDENT_INVALID_SHAPE', msg('Catatan kejadian khusus', 'The incident'));
  return incident;
}

export function parseCorrection(input: unknown): Correction {
  const r = new ShapeReader();
  const o = r.object(input, '$', ['supersedes', 'form', 'reason', 'plenary']);
  const correction: Correction = {
    supersedes: readEntryRef(r, o.supersedes, 'supersedes'),
    form: readCHasil(r, o.form, 'form'),
    reason: r.text(o.reason, 'reason', { max: MAX_TEXT }),
    plenary: r.text(o.plenary, 'plenary', { max: 300 }),
  };
  r.throwIfAny('CORRECTION_INVALID_SHAPE', msg('Pembetulan', 'The correction'));
  return correction;
}

function readEntryRef(r: ShapeReader, v: unknown, path: string): EntryRef {
  const o = r.object(v, path, ['index', 'hash']);
  return {
    index: r.count(o.index, join(path, 'index')),
    hash: r.text(o.hash, join(path, 'hash'), {
      max: 64,
      pattern: SHA256_HEX,
      format: msg('SHA-256 heksadesimal huruf kecil (64)', 'a lowercase hex SHA-256 (64)'),
    }),
  };
}

function readTps(r: ShapeReader, v: unknown, path: string): string {
  return r.text(v, path, {
    max: 32,
    pattern: TPS_CODE,
    format: msg('kode TPS 13 digit tanpa titik', 'a 13-digit TPS code without dots'),
  });
}

function readContestId(r: ShapeReader, v: unknown, path: string): string {
  return r.text(v, path, { max: 100, pattern: ID, format: msg('pengenal pemilihan', 'a contest id') });
}
