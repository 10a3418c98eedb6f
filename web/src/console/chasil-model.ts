/**
 * The C.Hasil entry form's model: the typed-in text of every field by its
 * path in the statement body (`voters.dpt.male`, `votes.<pairId>`, …), turned
 * into a `CHasilLike` (an empty field is "unknown", null) for core's live
 * rule check, and into a complete `CHasil` (parsed strictly by core) to sign.
 */
import { parseCHasil } from '../../../src/core/forms/index.js';
import type { CHasil, CHasilLike, CHasilStatus, Count, TripleLike } from '../../../src/core/forms/index.js';
import type { Problem } from '../../../src/core/errors/index.js';

export type Values = Readonly<Record<string, string>>;

export interface Draft {
  readonly contestId: string;
  readonly tps: string;
  readonly status: CHasilStatus;
  /** `datetime-local` value, in the device's time zone. */
  readonly countedAt: string;
  readonly values: Values;
  readonly images: readonly string[];
}

/** Section I rows (voters) and their paths; each row is an L/P/J triple. */
export const VOTER_ROWS = [
  'voters.dpt',
  'voters.users.dpt',
  'voters.users.dptb',
  'voters.users.dpk',
  'voters.users.total',
] as const;
export const DISABILITY_ROWS = ['disability.registered', 'disability.voted'] as const;
export const BALLOT_FIELDS = [
  'ballots.received',
  'ballots.damaged',
  'ballots.unused',
  'ballots.used',
] as const;
export const TOTAL_FIELDS = ['valid', 'invalid', 'total'] as const;
export const TRIPLE_PARTS = ['male', 'female', 'total'] as const;

export function count(values: Values, path: string): Count {
  const raw = (values[path] ?? '').trim();
  if (raw === '') return null;
  return /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
}

function triple(values: Values, path: string): TripleLike {
  return {
    male: count(values, `${path}.male`),
    female: count(values, `${path}.female`),
    total: count(values, `${path}.total`),
  };
}

/** The draft as core's rules read it: empty fields are unknown (null). */
export function draftForm(d: Draft, pairIds: readonly string[]): CHasilLike {
  const v = d.values;
  const clean = (n: Count) => (n === null || Number.isNaN(n) ? null : n);
  const t = (p: string) => {
    const x = triple(v, p);
    return { male: clean(x.male), female: clean(x.female), total: clean(x.total) };
  };
  const c = (p: string) => clean(count(v, p));
  return {
    contestId: d.contestId,
    tps: d.tps,
    status: d.status,
    countedAt: isoOf(d.countedAt),
    voters: {
      dpt: t('voters.dpt'),
      users: {
        dpt: t('voters.users.dpt'),
        dptb: t('voters.users.dptb'),
        dpk: t('voters.users.dpk'),
        total: t('voters.users.total'),
      },
    },
    ballots: {
      received: c('ballots.received'),
      damaged: c('ballots.damaged'),
      unused: c('ballots.unused'),
      used: c('ballots.used'),
    },
    disability: { registered: t('disability.registered'), voted: t('disability.voted') },
    votes: Object.fromEntries(pairIds.map((id) => [id, c(`votes.${id}`)])),
    valid: c('valid'),
    invalid: c('invalid'),
    total: c('total'),
    images: d.images,
  };
}

/** Every numeric field path of the form, in the order of the paper form. */
export function allFields(pairIds: readonly string[]): string[] {
  const triples = [...VOTER_ROWS, ...DISABILITY_ROWS].flatMap((r) => TRIPLE_PARTS.map((p) => `${r}.${p}`));
  return [...triples, ...BALLOT_FIELDS, ...pairIds.map((id) => `votes.${id}`), ...TOTAL_FIELDS];
}

/** Fields left empty or not a whole number. */
export function unfilled(d: Draft, pairIds: readonly string[]): string[] {
  return allFields(pairIds).filter((p) => {
    const n = count(d.values, p);
    return n === null || Number.isNaN(n);
  });
}

/** The complete form to sign (core's strict parser; throws a SaksiError listing every problem). */
export function completeForm(d: Draft, pairIds: readonly string[]): CHasil {
  return parseCHasil(draftForm(d, pairIds));
}

/** Problems by the field they concern first (where the message is shown). */
export function problemsByField(problems: readonly Problem[]): Map<string, Problem[]> {
  const out = new Map<string, Problem[]>();
  for (const p of problems) {
    const field = p.fields[0] ?? '';
    out.set(field, [...(out.get(field) ?? []), p]);
  }
  return out;
}

/** Every field touched by a problem (marked invalid). */
export function fieldsAtFault(problems: readonly Problem[]): Set<string> {
  return new Set(problems.flatMap((p) => p.fields));
}

/** A `datetime-local` value as ISO 8601 UTC (seconds kept), or null. */
export function isoOf(local: string): string | null {
  if (local === '') return null;
  const t = new Date(local);
  return Number.isNaN(t.getTime()) ? null : `${t.toISOString().slice(0, 19)}Z`;
}

/** Now as a `datetime-local` value. */
export function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}
