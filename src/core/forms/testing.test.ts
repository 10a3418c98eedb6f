import { describe, expect, it } from 'vitest';
import { VALID_CANDIDATES, checkCHasil, makeValidCHasil, randomValidCHasil } from './index.js';
import { seededRng } from '../random/index.js';

describe('makeValidCHasil', () => {
  it('merges overrides deeply and replaces votes and images whole', () => {
    const f = makeValidCHasil({ voters: { dpt: { male: 141 } }, votes: { '1': 5 }, images: [] });
    expect(f.voters.dpt).toEqual({ male: 141, female: 160, total: 300 });
    expect(f.voters.users.total.total).toBe(227);
    expect(f.votes).toEqual({ '1': 5 });
    expect(f.images).toEqual([]);
  });

  it('returns a fresh object each time', () => {
    const a = makeValidCHasil();
    expect(a).not.toBe(makeValidCHasil());
    expect(a).toEqual(makeValidCHasil());
  });
});

describe('randomValidCHasil', () => {
  it('is reproducible from the seed', () => {
    expect(randomValidCHasil(seededRng(7))).toEqual(randomValidCHasil(seededRng(7)));
    expect(checkCHasil(randomValidCHasil(seededRng(7)), { candidates: VALID_CANDIDATES }).errors).toEqual([]);
  });
});
