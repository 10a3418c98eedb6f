import { describe, expect, it } from 'vitest';
import { checkCHasil } from './index.js';
import type { CheckOptions } from './index.js';
import { VALID_CANDIDATES, makeValidCHasil } from '../testing.js';
import type { CHasilOverrides } from '../testing.js';

const options: CheckOptions = { candidates: VALID_CANDIDATES };

/** Errors of a valid form with these overrides, as `[code, fields]`. */
function errors(overrides: CHasilOverrides, opts: CheckOptions = options): [string, readonly string[]][] {
  return checkCHasil(makeValidCHasil(overrides), opts).errors.map((p) => [p.code, p.fields]);
}

describe('the valid form', () => {
  it('passes every rule, with no warning and nothing uncheckable', () => {
    expect(checkCHasil(makeValidCHasil(), options)).toEqual({ errors: [], warnings: [], notCheckable: [] });
  });
});

describe('FORM_TRIPLE_SUM (J = L + P)', () => {
  it('reports each broken voter triple by its fields', () => {
    expect(errors({ voters: { dpt: { total: 301 } } })).toEqual([
      ['FORM_TRIPLE_SUM', ['voters.dpt.total', 'voters.dpt.male', 'voters.dpt.female']],
      // DPT J 301 no longer gives 308 ballots: a warning only
    ]);
  });
  it('checks every class of users', () => {
    const out = errors({ voters: { users: { dptb: { male: 4, female: 2, total: 5 } } } });
    expect(out[0]).toEqual([
      'FORM_TRIPLE_SUM',
      ['voters.users.dptb.total', 'voters.users.dptb.male', 'voters.users.dptb.female'],
    ]);
  });
  it('has messages in both languages with the numbers', () => {
    const [p] = checkCHasil(makeValidCHasil({ voters: { dpt: { total: 301 } } }), options).errors;
    expect(p?.message.id).toContain('301');
    expect(p?.message.en).toContain('140 + 160 = 300');
  });
});

describe('FORM_DISABILITY_TRIPLE_SUM', () => {
  it('passes when J = L + P and fails otherwise', () => {
    expect(errors({ disability: { registered: { male: 2, female: 3, total: 5 } } })).toEqual([]);
    expect(errors({ disability: { registered: { total: 6 } } })).toEqual([
      [
        'FORM_DISABILITY_TRIPLE_SUM',
        ['disability.registered.total', 'disability.registered.male', 'disability.registered.female'],
      ],
    ]);
  });
});

describe('FORM_USERS_SUM (total = DPT + DPTb + DPK)', () => {
  it('reports L, P and J separately', () => {
    // users.total moves by one L and one P, kept J = L + P and the votes aligned
    const out = errors({
      voters: { users: { total: { male: 105, female: 124, total: 229 } } },
      ballots: { used: 229, unused: 78 },
      votes: { '1': 122, '2': 70, '3': 30 },
      valid: 222,
      total: 229,
    });
    expect(out).toEqual([
      [
        'FORM_USERS_SUM',
        [
          'voters.users.total.male',
          'voters.users.dpt.male',
          'voters.users.dptb.male',
          'voters.users.dpk.male',
        ],
      ],
      [
        'FORM_USERS_SUM',
        [
          'voters.users.total.female',
          'voters.users.dpt.female',
          'voters.users.dptb.female',
          'voters.users.dpk.female',
        ],
      ],
      [
        'FORM_USERS_SUM',
        [
          'voters.users.total.total',
          'voters.users.dpt.total',
          'voters.users.dptb.total',
          'voters.users.dpk.total',
        ],
      ],
    ]);
  });
});

describe('FORM_VOTES_SUM (Σ votes = valid)', () => {
  it('fails naming valid and every pair', () => {
    expect(errors({ votes: { '1': 121, '2': 70, '3': 30 } })).toEqual([
      ['FORM_VOTES_SUM', ['valid', 'votes.1', 'votes.2', 'votes.3']],
    ]);
  });
  it('counts the kolom kosong like a pair', () => {
    const opts = { candidates: ['1', 'empty'] };
    expect(errors({ votes: { '1': 150, empty: 70 } }, opts)).toEqual([]);
    expect(errors({ votes: { '1': 150, empty: 71 } }, opts)).toEqual([
      ['FORM_VOTES_SUM', ['valid', 'votes.1', 'votes.empty']],
    ]);
  });
});

describe('FORM_TOTAL_SUM (valid + invalid = total)', () => {
  it('fails when invalid is off', () => {
    expect(errors({ invalid: 8 })).toEqual([['FORM_TOTAL_SUM', ['total', 'valid', 'invalid']]]);
  });
});

describe('FORM_TOTAL_USERS_MISMATCH and FORM_BALLOTS_USED_MISMATCH (total = users = used)', () => {
  it('fails on total ≠ users, and used ≠ total', () => {
    expect(errors({ ballots: { used: 226, unused: 81 } })).toEqual([
      ['FORM_BALLOTS_USED_MISMATCH', ['ballots.used', 'total']],
    ]);
    const out = errors({ invalid: 8, total: 228, ballots: { used: 228, unused: 79 } });
    expect(out).toEqual([['FORM_TOTAL_USERS_MISMATCH', ['total', 'voters.users.total.total']]]);
  });
});

describe('FORM_BALLOTS_SUM (received = used + unused + damaged)', () => {
  it('fails when the ballots do not add up', () => {
    expect(errors({ ballots: { damaged: 2 } })).toEqual([
      ['FORM_BALLOTS_SUM', ['ballots.received', 'ballots.used', 'ballots.unused', 'ballots.damaged']],
    ]);
  });
});
