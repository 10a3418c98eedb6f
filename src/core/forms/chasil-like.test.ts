import { describe, expect, it } from 'vitest';
import { parseCHasilLike } from './chasil-like.js';
import { makeValidCHasil } from './testing.js';

const none = { male: null, female: null, total: null };

describe('parseCHasilLike', () => {
  it('accepts a complete form and one with unknown numbers, status, time and votes', () => {
    const form = makeValidCHasil();
    expect(parseCHasilLike(form)).toEqual(form);
    const partial = {
      ...form,
      status: null,
      countedAt: null,
      ballots: { received: null, damaged: null, unused: null, used: null },
      disability: { registered: none, voted: none },
      votes: { '1': 120, '2': null, '3': 30 },
      invalid: null,
    };
    expect(parseCHasilLike(partial)).toEqual(partial);
    expect(parseCHasilLike({ ...partial, votes: null }).votes).toBeNull();
  });

  it('still requires every key and refuses wrong types, listing every problem', () => {
    const { ballots: _dropped, ...rest } = makeValidCHasil();
    try {
      parseCHasilLike({ ...rest, valid: '220', votes: { '1': -1 } });
      expect.unreachable();
    } catch (e) {
      const err = e as { code: string; problems: { code: string; fields: string[] }[] };
      expect(err.code).toBe('FORM_INVALID_SHAPE');
      expect(err.problems.map((p) => [p.code, p.fields[0]])).toEqual([
        ['SHAPE_MISSING', 'ballots'],
        ['SHAPE_NOT_COUNT', 'votes.1'],
        ['SHAPE_NOT_COUNT', 'valid'],
      ]);
    }
  });
});
