/**
 * The equalities of Model C.Hasil-KWK (docs/DOMAIN.md §4, rules 1–6). Each is an
 * error with its own code; a subject whose inputs are null is skipped and
 * marks the rule not checkable.
 */
import { msg } from '../../errors/index.js';
import type { TripleLike } from '../chasil.js';
import { COMPONENTS, LETTER, disabilityTriples, known, voteEntries, voterTriples } from './rule.js';
import type { Rule, RuleOutput } from './rule.js';

/** Rule 1: J = L + P for the voter triples (DPT and every class of users). */
export const tripleSum: Rule = {
  code: 'FORM_TRIPLE_SUM',
  severity: 'error',
  check: (form, _o, out) => voterTriples(form).forEach(([path, t]) => checkTriple(path, t, out)),
};

/** Rule 1 for section III, kept apart: imported records never carry it. */
export const disabilityTripleSum: Rule = {
  code: 'FORM_DISABILITY_TRIPLE_SUM',
  severity: 'error',
  check: (form, _o, out) => disabilityTriples(form).forEach(([path, t]) => checkTriple(path, t, out)),
};

/** Rule 2: users total = DPT + DPTb + DPK, for L, P and J each. */
export const usersSum: Rule = {
  code: 'FORM_USERS_SUM',
  severity: 'error',
  check: (form, _o, out) => {
    const u = form.voters.users;
    for (const c of COMPONENTS) {
      const v = known(out, [u.dpt[c], u.dptb[c], u.dpk[c], u.total[c]]);
      if (v === null) continue;
      const [dpt, dptb, dpk, total] = v;
      const sum = dpt + dptb + dpk;
      if (sum === total) continue;
      const f = (k: string) => `voters.users.${k}.${c}`;
      out.fail(
        [f('total'), f('dpt'), f('dptb'), f('dpk')],
        msg(
          `Jumlah pengguna hak pilih (${LETTER[c]}) ${total} tidak sama dengan DPT + DPTb + DPK = ${dpt} + ${dptb} + ${dpk} = ${sum}.`,
          `Total voters (${LETTER[c]}) ${total} does not equal DPT + DPTb + DPK = ${dpt} + ${dptb} + ${dpk} = ${sum}.`,
        ),
      );
    }
  },
};

/** Rule 3: Σ votes of all pairs (and the kolom kosong) = valid votes. */
export const votesSum: Rule = {
  code: 'FORM_VOTES_SUM',
  severity: 'error',
  check: (form, _o, out) => {
    const entries = voteEntries(form);
    if (entries === null) return void out.unknown();
    const v = known(out, [form.valid, ...entries.map(([, n]) => n)]);
    if (v === null) return;
    const [valid, ...votes] = v;
    const sum = votes.reduce((a, n) => a + n, 0);
    if (sum === valid) return;
    out.fail(
      ['valid', ...entries.map(([k]) => `votes.${k}`)],
      msg(
        `Jumlah suara semua paslon ${sum} tidak sama dengan suara sah ${valid}.`,
        `The pairs' votes add up to ${sum}, not to the ${valid} valid votes.`,
      ),
    );
  },
};

/** Rule 4: valid + invalid = total votes. */
export const totalSum: Rule = {
  code: 'FORM_TOTAL_SUM',
  severity: 'error',
  check: (form, _o, out) => {
    const v = known(out, [form.valid, form.invalid, form.total]);
    if (v === null) return;
    const [valid, invalid, total] = v;
    if (valid + invalid === total) return;
    out.fail(
      ['total', 'valid', 'invalid'],
      msg(
        `Suara sah + tidak sah = ${valid} + ${invalid} = ${valid + invalid}, bukan ${total}.`,
        `Valid + invalid votes = ${valid} + ${invalid} = ${valid + invalid}, not ${total}.`,
      ),
    );
  },
};

/** Rule 5a: total votes = total users of the right to vote (J). */
export const totalUsers: Rule = {
  code: 'FORM_TOTAL_USERS_MISMATCH',
  severity: 'error',
  check: (form, _o, out) => {
    const v = known(out, [form.total, form.voters.users.total.total]);
    if (v === null || v[0] === v[1]) return;
    out.fail(
      ['total', 'voters.users.total.total'],
      msg(
        `Jumlah suara ${v[0]} tidak sama dengan jumlah pengguna hak pilih ${v[1]}.`,
        `Total votes ${v[0]} do not equal the ${v[1]} voters who voted.`,
      ),
    );
  },
};

/** Rule 5b: ballot papers used = total votes. */
export const ballotsUsed: Rule = {
  code: 'FORM_BALLOTS_USED_MISMATCH',
  severity: 'error',
  check: (form, _o, out) => {
    const v = known(out, [form.ballots.used, form.total]);
    if (v === null || v[0] === v[1]) return;
    out.fail(
      ['ballots.used', 'total'],
      msg(
        `Surat suara terpakai ${v[0]} tidak sama dengan jumlah suara ${v[1]}.`,
        `Ballot papers used ${v[0]} do not equal the ${v[1]} total votes.`,
      ),
    );
  },
};

/** Rule 6: ballots received = used + unused + returned damaged/mis-marked. */
export const ballotsSum: Rule = {
  code: 'FORM_BALLOTS_SUM',
  severity: 'error',
  check: ({ ballots: b }, _o, out) => {
    const v = known(out, [b.received, b.used, b.unused, b.damaged]);
    if (v === null) return;
    const [received, used, unused, damaged] = v;
    const sum = used + unused + damaged;
    if (sum === received) return;
    out.fail(
      ['ballots.received', 'ballots.used', 'ballots.unused', 'ballots.damaged'],
      msg(
        `Surat suara diterima ${received} tidak sama dengan terpakai + tidak terpakai + rusak = ${used} + ${unused} + ${damaged} = ${sum}.`,
        `Ballot papers received ${received} do not equal used + unused + damaged = ${used} + ${unused} + ${damaged} = ${sum}.`,
      ),
    );
  },
};

export const ARITHMETIC_RULES: readonly Rule[] = [
  tripleSum,
  disabilityTripleSum,
  usersSum,
  votesSum,
  totalSum,
  totalUsers,
  ballotsUsed,
  ballotsSum,
];

function checkTriple(path: string, t: TripleLike, out: RuleOutput): void {
  const v = known(out, [t.male, t.female, t.total]);
  if (v === null) return;
  const [male, female, total] = v;
  if (male + female === total) return;
  out.fail(
    [`${path}.total`, `${path}.male`, `${path}.female`],
    msg(
      `${path}: J ${total} tidak sama dengan L + P = ${male} + ${female} = ${male + female}.`,
      `${path}: J ${total} does not equal L + P = ${male} + ${female} = ${male + female}.`,
    ),
  );
}
