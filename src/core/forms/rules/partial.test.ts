import { describe, expect, it } from 'vitest';
import { CHASIL_RULE_CODES, checkCHasil } from './index.js';
import { VALID_CANDIDATES, makeValidCHasil, randomValidCHasil } from '../testing.js';
import { parseCHasil } from '../chasil.js';
import type { CHasilLike } from '../chasil.js';
import { seededRng } from '../../random/index.js';

const nullTriple = { male: null, female: null, total: null };

/** What a Sirekap import looks like: no ballot papers, no disability section. */
function sirekapLike(overrides: Partial<CHasilLike> = {}): CHasilLike {
  return {
    ...makeValidCHasil(),
    status: null,
    countedAt: null,
    ballots: { received: null, damaged: null, unused: null, used: null },
    disability: { registered: nullTriple, voted: nullTriple },
    images: [],
    ...overrides,
  };
}

describe('partial records (Sirekap imports)', () => {
  it('lists rules over missing sections as not checkable, never as failures', () => {
    const result = checkCHasil(sirekapLike(), { candidates: VALID_CANDIDATES });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.notCheckable).toEqual([
      'FORM_DISABILITY_TRIPLE_SUM',
      'FORM_BALLOTS_USED_MISMATCH',
      'FORM_BALLOTS_SUM',
      'FORM_USERS_EXCEED_BALLOTS',
      'FORM_DISABILITY_VOTED_EXCEED_REGISTERED',
      'FORM_DISABILITY_VOTED_EXCEED_USERS',
      'FORM_BALLOTS_RESERVE_MISMATCH',
    ]);
  });

  it('still checks what is known', () => {
    const result = checkCHasil(sirekapLike({ valid: 219, total: 226 }), { candidates: VALID_CANDIDATES });
    expect(result.errors.map((p) => p.code)).toEqual(['FORM_VOTES_SUM', 'FORM_TOTAL_USERS_MISMATCH']);
  });

  it('treats unknown votes as unknown', () => {
    const result = checkCHasil(sirekapLike({ votes: null, valid: null }), { candidates: VALID_CANDIDATES });
    expect(result.errors).toEqual([]);
    expect(result.notCheckable).toEqual(
      expect.arrayContaining([
        'FORM_VOTES_SUM',
        'FORM_TOTAL_SUM',
        'FORM_PAIR_UNKNOWN',
        'FORM_PAIR_MISSING',
        'FORM_ONE_PAIR_ALL_VOTES',
      ]),
    );
  });

  it('checks the known parts of a partly known triple set and marks the rule', () => {
    const voters = makeValidCHasil().voters;
    const form = sirekapLike({ voters: { ...voters, dpt: { male: null, female: 160, total: 300 } } });
    const result = checkCHasil(form, { candidates: VALID_CANDIDATES });
    expect(result.errors).toEqual([]);
    expect(result.notCheckable).toContain('FORM_TRIPLE_SUM');
    expect(result.notCheckable).toContain('FORM_DPT_USERS_EXCEED_REGISTERED');
  });

  it('a record with every number unknown fails nothing', () => {
    const t = nullTriple;
    const blank = sirekapLike({
      voters: { dpt: t, users: { dpt: t, dptb: t, dpk: t, total: t } },
      votes: null,
      valid: null,
      invalid: null,
      total: null,
    });
    const result = checkCHasil(blank);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(new Set(result.notCheckable)).toEqual(
      new Set(CHASIL_RULE_CODES.filter((c) => c !== 'FORM_VALUE_LARGE' && c !== 'FORM_LEADING_NINE')),
    );
  });
});

describe('property: random consistent forms', () => {
  it('always pass with zero errors and parse', () => {
    for (let seed = 0; seed < 2000; seed++) {
      const rng = seededRng(seed);
      const candidates = VALID_CANDIDATES.slice(0, rng.int(1, 3)).concat(
        rng.int(0, 1) === 1 ? ['empty'] : [],
      );
      const form = randomValidCHasil(rng, candidates, rng.int(0, 1) === 1 ? 25 : 20);
      const result = checkCHasil(form, { candidates });
      if (result.errors.length > 0) throw new Error(`seed ${seed}: ${JSON.stringify(result.errors)}`);
      expect(result.notCheckable).toEqual([]);
      expect(parseCHasil(JSON.parse(JSON.stringify(form)))).toEqual(form);
    }
  });
});

describe('options', () => {
  it('refuses negative or fractional thresholds', () => {
    expect(() => checkCHasil(makeValidCHasil(), { invalidSharePermille: -1 })).toThrow(
      expect.objectContaining({ code: 'FORM_CHECK_OPTIONS_INVALID', field: 'invalidSharePermille' }),
    );
    expect(() => checkCHasil(makeValidCHasil(), { ballotReservePermille: 2.5 })).toThrow(
      expect.objectContaining({ code: 'FORM_CHECK_OPTIONS_INVALID' }),
    );
  });
});
