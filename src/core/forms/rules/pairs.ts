/**
 * The vote keys of a form must be exactly the contest's options: its pair ids,
 * plus the kolom kosong in a single-pair contest. Not checkable when the
 * caller does not pass the expected ids or the votes are unknown.
 */
import { msg } from '../../errors/index.js';
import type { Rule } from './rule.js';

export const pairUnknown: Rule = {
  code: 'FORM_PAIR_UNKNOWN',
  severity: 'error',
  check: (form, { candidates }, out) => {
    if (candidates === null || form.votes === null) return void out.unknown();
    const expected = new Set(candidates);
    for (const key of Object.keys(form.votes)) {
      if (expected.has(key)) continue;
      out.fail(
        [`votes.${key}`],
        msg(
          `"${key}" bukan paslon dalam pemilihan ini.`,
          `"${key}" is not a candidate pair in this contest.`,
        ),
      );
    }
  },
};

export const pairMissing: Rule = {
  code: 'FORM_PAIR_MISSING',
  severity: 'error',
  check: (form, { candidates }, out) => {
    if (candidates === null || form.votes === null) return void out.unknown();
    for (const id of candidates) {
      if (Object.hasOwn(form.votes, id)) continue;
      out.fail(
        [`votes.${id}`],
        msg(`Suara paslon "${id}" tidak diisi.`, `The votes of pair "${id}" are missing.`),
      );
    }
  },
};

export const PAIR_RULES: readonly Rule[] = [pairUnknown, pairMissing];
