/**
 * Leading-9 warning: a known misread of Sirekap's OCR (docs/DOMAIN.md §5) reads a
 * mark in front of a handwritten number as a 9, so 36 becomes 936.
 *
 * Definition. The subjects are each pair's votes, `valid`, `invalid`, `total`
 * and the users total (J). A subject value v is suspect when its decimal form
 * has d ≥ 2 digits and starts with 9; let r = v − 9·10^(d−1) be v without
 * that 9. It is flagged when at least one of these holds:
 *  (a) capacity: DPT (J) is known and v exceeds the ballots a TPS can hold,
 *      DPT + ceil(reserve × DPT), while r does not;
 *  (b) peers (pair votes only): there is at least one other option and every
 *      other option's votes are known and have fewer digits than v (the
 *      "9x where the others are small" pattern: 95 against 3 and 4);
 *  (c) repair: putting r in place of v makes fewer of the form's arithmetic
 *      errors (rules 1–6) fail than with v.
 * A warning, never an error: a real 95 beside 3 and 4 exists; a person looks
 * at the photo.
 */
import { msg } from '../../errors/index.js';
import type { Message } from '../../errors/index.js';
import type { CHasilLike, Count } from '../chasil.js';
import { ARITHMETIC_RULES } from './arithmetic.js';
import { ceilPermille, runRule, voteEntries } from './rule.js';
import type { ResolvedOptions, Rule } from './rule.js';

export const leadingNine: Rule = {
  code: 'FORM_LEADING_NINE',
  severity: 'warning',
  check: (form, o, out) => {
    for (const [path, v] of subjects(form)) {
      if (v === null) continue;
      const r = withoutLeadingNine(v);
      if (r === null) continue;
      const why = reason(form, o, path, v, r);
      if (why === null) continue;
      out.fail(
        [path],
        msg(
          `${path} = ${v} mungkin salah baca angka 9 di depan (semestinya ${r}?): ${why.id}.`,
          `${path} = ${v} may be a misread leading 9 (${r} meant?): ${why.en}.`,
        ),
      );
    }
  },
};

/** v without its leading 9, or null when v has < 2 digits or starts otherwise. */
export function withoutLeadingNine(v: number): number | null {
  const digits = String(v);
  if (digits.length < 2 || digits[0] !== '9') return null;
  return v - 9 * 10 ** (digits.length - 1);
}

function reason(form: CHasilLike, o: ResolvedOptions, path: string, v: number, r: number): Message | null {
  const dpt = form.voters.dpt.total;
  if (dpt !== null) {
    const capacity = dpt + ceilPermille(dpt, o.ballotReservePermille);
    if (v > capacity && r <= capacity)
      return msg(`melebihi kapasitas TPS ${capacity}`, `above the TPS capacity of ${capacity}`);
  }
  if (path.startsWith('votes.') && dwarfsPeers(form, path, v)) {
    return msg('paslon lain hanya memperoleh suara kecil', 'the other options have far fewer votes');
  }
  if (errorCount(replace(form, path, r), o) < errorCount(form, o)) {
    return msg(`dengan ${r} hitungan formulir lebih cocok`, `with ${r} the form adds up better`);
  }
  return null;
}

function subjects(form: CHasilLike): [string, Count][] {
  const votes = (voteEntries(form) ?? []).map(([k, n]): [string, Count] => [`votes.${k}`, n]);
  return [
    ...votes,
    ['valid', form.valid],
    ['invalid', form.invalid],
    ['total', form.total],
    ['voters.users.total.total', form.voters.users.total.total],
  ];
}

function dwarfsPeers(form: CHasilLike, path: string, v: number): boolean {
  const others = (voteEntries(form) ?? []).filter(([k]) => `votes.${k}` !== path).map(([, n]) => n);
  const bound = 10 ** (String(v).length - 1);
  return others.length > 0 && others.every((n) => n !== null && n < bound);
}

function errorCount(form: CHasilLike, o: ResolvedOptions): number {
  return ARITHMETIC_RULES.reduce((n, rule) => n + runRule(rule, form, o).problems.length, 0);
}

/** The form with one subject's value replaced (subjects only). */
function replace(form: CHasilLike, path: string, value: number): CHasilLike {
  if (path.startsWith('votes.')) {
    const id = path.slice('votes.'.length);
    const votes = Object.fromEntries((voteEntries(form) ?? []).map(([k, n]) => [k, k === id ? value : n]));
    return { ...form, votes };
  }
  if (path === 'voters.users.total.total') {
    const users = { ...form.voters.users, total: { ...form.voters.users.total, total: value } };
    return { ...form, voters: { ...form.voters, users } };
  }
  return { ...form, [path]: value };
}
