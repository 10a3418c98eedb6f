/**
 * The upper bounds of Model C.Hasil-KWK (docs/DOMAIN.md §4, rule 7): users from
 * the DPT cannot exceed the DPT; no more people vote than ballots arrived;
 * voters with disabilities cannot exceed those registered nor all voters.
 */
import { msg } from '../../errors/index.js';
import type { Message } from '../../errors/index.js';
import type { TripleLike } from '../chasil.js';
import { COMPONENTS, LETTER, known } from './rule.js';
import type { Rule, RuleOutput } from './rule.js';

/** Users from the DPT ≤ DPT registered, for L, P and J each. */
export const dptUsersWithinRegistered: Rule = {
  code: 'FORM_DPT_USERS_EXCEED_REGISTERED',
  severity: 'error',
  check: (form, _o, out) =>
    atMost(form.voters.users.dpt, 'voters.users.dpt', form.voters.dpt, 'voters.dpt', out, (c, a, b) =>
      msg(
        `Pengguna hak pilih dari DPT (${c}) ${a} melebihi pemilih terdaftar di DPT ${b}.`,
        `Voters from the DPT (${c}) ${a} exceed the ${b} registered in the DPT.`,
      ),
    ),
};

/** Users total (J) ≤ ballot papers received. */
export const usersWithinBallots: Rule = {
  code: 'FORM_USERS_EXCEED_BALLOTS',
  severity: 'error',
  check: (form, _o, out) => {
    const v = known(out, [form.voters.users.total.total, form.ballots.received]);
    if (v === null || v[0] <= v[1]) return;
    out.fail(
      ['voters.users.total.total', 'ballots.received'],
      msg(
        `Jumlah pengguna hak pilih ${v[0]} melebihi surat suara yang diterima ${v[1]}.`,
        `${v[0]} voters exceed the ${v[1]} ballot papers received.`,
      ),
    );
  },
};

/** Voters with disabilities who voted ≤ those registered, for L, P and J. */
export const disabilityWithinRegistered: Rule = {
  code: 'FORM_DISABILITY_VOTED_EXCEED_REGISTERED',
  severity: 'error',
  check: (form, _o, out) =>
    atMost(
      form.disability.voted,
      'disability.voted',
      form.disability.registered,
      'disability.registered',
      out,
      (c, a, b) =>
        msg(
          `Pemilih disabilitas yang memilih (${c}) ${a} melebihi yang terdaftar ${b}.`,
          `Voters with disabilities who voted (${c}) ${a} exceed the ${b} registered.`,
        ),
    ),
};

/** Voters with disabilities who voted ≤ all users, for L, P and J. */
export const disabilityWithinUsers: Rule = {
  code: 'FORM_DISABILITY_VOTED_EXCEED_USERS',
  severity: 'error',
  check: (form, _o, out) =>
    atMost(
      form.disability.voted,
      'disability.voted',
      form.voters.users.total,
      'voters.users.total',
      out,
      (c, a, b) =>
        msg(
          `Pemilih disabilitas yang memilih (${c}) ${a} melebihi seluruh pengguna hak pilih ${b}.`,
          `Voters with disabilities who voted (${c}) ${a} exceed all ${b} voters.`,
        ),
    ),
};

export const LIMIT_RULES: readonly Rule[] = [
  dptUsersWithinRegistered,
  usersWithinBallots,
  disabilityWithinRegistered,
  disabilityWithinUsers,
];

/** `small` ≤ `large` component by component. */
function atMost(
  small: TripleLike,
  smallPath: string,
  large: TripleLike,
  largePath: string,
  out: RuleOutput,
  message: (letter: string, a: number, b: number) => Message,
): void {
  for (const c of COMPONENTS) {
    const v = known(out, [small[c], large[c]]);
    if (v === null || v[0] <= v[1]) continue;
    out.fail([`${smallPath}.${c}`, `${largePath}.${c}`], message(LETTER[c], v[0], v[1]));
  }
}
