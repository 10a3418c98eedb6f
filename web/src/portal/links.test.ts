import { describe, expect, it } from 'vitest';
import {
  apiResultsPath,
  byBallot,
  candidatesPath,
  contestType,
  leaderOf,
  resultsPath,
  sirekapPath,
  textOn,
  tpsPath,
} from './links.js';

describe('portal permalinks', () => {
  it('builds the paths of the views', () => {
    expect(resultsPath('pilkada2024-pkwkk-3579')).toBe('/hasil/pilkada2024-pkwkk-3579');
    expect(resultsPath('pilkada2024-pkwkk-3579', '357901')).toBe('/hasil/pilkada2024-pkwkk-3579/357901');
    expect(tpsPath('3579011001001')).toBe('/tps/3579011001001');
    expect(tpsPath('3579011001001', 'a b&c')).toBe('/tps/3579011001001?pemilihan=a%20b%26c');
    expect(candidatesPath()).toBe('/kandidat');
    expect(candidatesPath('x')).toBe('/kandidat/x');
  });

  it('encodes the contest id in the API path, not the region', () => {
    expect(apiResultsPath('a/b')).toBe('/api/results/a%2Fb');
    expect(apiResultsPath('c', '35.79')).toBe('/api/results/c/35.79');
  });

  it("reads the contest's Sirekap type from its id", () => {
    expect(contestType('pilkada2024-pkwkp-35')).toBe('pkwkp');
    expect(contestType('pemilu2024-ppwp-national')).toBe('ppwp');
    expect(contestType('x')).toBe('');
  });

  it('builds the Sirekap-compatible paths, level by level', () => {
    expect(sirekapPath('pilkada2024-pkwkk-3579', '3579011001')).toBe(
      '/sirekap/pilkada/hhcw/pkwkk/35/3579/357901/3579011001.json',
    );
    expect(sirekapPath('pilkada2024-pkwkk-3579', '3579011001001')).toBe(
      '/sirekap/pilkada/hhcw/pkwkk/35/3579/357901/3579011001/3579011001001.json',
    );
    expect(sirekapPath('pemilu2024-ppwp-national', 'national')).toBe('/sirekap/pemilu/hhcw/ppwp.json');
    expect(sirekapPath('pemilu2024-ppwp-national', '35')).toBe('/sirekap/pemilu/hhcw/ppwp/35.json');
    // no Sirekap file for an unknown type or a non-numeric region
    expect(sirekapPath('x-dprd-35', '35')).toBeNull();
    expect(sirekapPath('pilkada2024-pkwkp-35', '35.79')).toBeNull();
  });
});

describe('portal pairs', () => {
  const pairs = [
    { id: 'b', ballotNumber: 2 },
    { id: 'a', ballotNumber: 1 },
    { id: 'c', ballotNumber: 3 },
  ];

  it('orders pairs by ballot number without changing the input', () => {
    expect(byBallot(pairs).map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(pairs.map((p) => p.id)).toEqual(['b', 'a', 'c']);
  });

  it('names the leader, none before any vote or on a tie for first place', () => {
    expect(leaderOf(pairs, { a: 5, b: 9, c: 9 })).toBeNull();
    expect(leaderOf(pairs, { a: 5, b: 9, c: 2 })?.id).toBe('b');
    expect(leaderOf(pairs, {})).toBeNull();
    // a tie below the leader does not matter
    expect(leaderOf(pairs, { a: 3, b: 3, c: 7 })?.id).toBe('c');
  });

  it('picks the text colour that contrasts more with the background', () => {
    expect(textOn('#ffffff')).toBe('#000000');
    expect(textOn('#000000')).toBe('#ffffff');
    expect(textOn('#ffd500')).toBe('#000000');
    expect(textOn('#1f3a93')).toBe('#ffffff');
    expect(textOn('red')).toBe('#000000');
  });
});
