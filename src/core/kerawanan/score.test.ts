import { describe, expect, it } from 'vitest';
import { msg } from '../errors/index.js';
import type { RegionCode } from '../regions/index.js';
import type { KerawananEntry } from './entry.js';
import { indicatorsOf } from './instrument.js';
import type { Instrument } from './instrument.js';
import { instrumentOf, latestInstrument } from './instruments.js';
import { scoreEntry } from './score.js';
import { summarise } from './summary.js';
import { TPS_2024 } from './tps-2024.js';

const none = Object.fromEntries(indicatorsOf(TPS_2024).map((x) => [x.id, false]));

/** A weighted instrument with the IKP's kab/kota bands (docs/DOMAIN.md §7); indicators made up. */
const ikp = (version: number, weights: [number, number, number]): Instrument => ({
  id: 'ikp-test',
  version,
  title: msg('IKP uji', 'Test IKP'),
  source: 'test',
  level: 'regency',
  scoring: 'weighted',
  bands: [
    { band: 'high', min: 49.33 },
    { band: 'medium', min: 13.47 },
    { band: 'low', min: 0 },
  ],
  variables: [
    {
      id: 'social',
      label: msg('Sosial politik', 'Social and political context'),
      indicators: [
        {
          id: 'violence',
          label: msg('Kekerasan', 'Violence'),
          weight: weights[0],
          range: { min: 0, max: 5 },
        },
        { id: 'hoax', label: msg('Hoaks', 'Hoaxes'), weight: weights[1] },
      ],
    },
    {
      id: 'contest',
      label: msg('Kontestasi', 'Contest'),
      indicators: [
        {
          id: 'single-pair',
          label: msg('Paslon tunggal', 'Single pair'),
          weight: weights[2],
          range: { min: 0, max: 1 },
        },
      ],
    },
  ],
});

describe('vulnerability instruments', () => {
  it("ships the TPS mapping's 8 variables and 25 indicators, each id once", () => {
    expect(TPS_2024.variables).toHaveLength(8);
    const ids = indicatorsOf(TPS_2024).map((x) => x.id);
    expect(ids).toHaveLength(25);
    expect(new Set(ids).size).toBe(25);
    expect(latestInstrument('tps-2024')).toBe(TPS_2024);
    expect(() => instrumentOf('tps-2024', 9)).toThrowError(
      expect.objectContaining({ code: 'KERAWANAN_INSTRUMENT_UNKNOWN' }),
    );
  });

  it('counts the indicators present on a TPS and bands it', () => {
    expect(scoreEntry(TPS_2024, none)).toEqual({ score: 0, band: 'low', flagged: [] });
    expect(scoreEntry(TPS_2024, { ...none, 'near-candidate': true })).toMatchObject({
      score: 1,
      band: 'medium',
    });
    const three = { ...none, 'hard-to-reach': true, 'no-internet': true, 'money-politics': true };
    expect(scoreEntry(TPS_2024, three)).toEqual({
      score: 3,
      band: 'high',
      flagged: ['money-politics', 'hard-to-reach', 'no-internet'],
    });
  });

  it('refuses an indicator not in the instrument, a missing one, a wrong type and a score out of range', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return [(e as { code: string }).code, (e as { field: string }).field];
      }
      return null;
    };
    expect(code(() => scoreEntry(TPS_2024, { ...none, 'near-mosque': true }))).toEqual([
      'KERAWANAN_INDICATOR_UNKNOWN',
      'answers.near-mosque',
    ]);
    const { violence: _v, ...partial } = none;
    expect(code(() => scoreEntry(TPS_2024, partial))).toEqual([
      'KERAWANAN_INDICATOR_MISSING',
      'answers.violence',
    ]);
    expect(code(() => scoreEntry(TPS_2024, { ...none, violence: 1 }))).toEqual([
      'KERAWANAN_ANSWER_INVALID',
      'answers.violence',
    ]);
    expect(code(() => scoreEntry(ikp(1, [1, 1, 1]), { violence: 6, hoax: 0, 'single-pair': 0 }))).toEqual([
      'KERAWANAN_SCORE_OUT_OF_RANGE',
      'answers.violence',
    ]);
  });

  it('scores a weighted instrument 0–100 into bands, and a new version with new weights scores anew', () => {
    const answers = { violence: 2, hoax: 40, 'single-pair': 1 };
    // v1: (2/5 + 40/100 + 1) / 3 = 60 → high.
    expect(scoreEntry(ikp(1, [1, 1, 1]), answers)).toEqual({
      score: 60,
      band: 'high',
      flagged: ['violence', 'hoax', 'single-pair'],
    });
    // v2 weighs the single pair down: (4·0.4 + 4·0.4 + 0.5·1) / 8.5 = 43.53 → medium.
    expect(scoreEntry(ikp(2, [4, 4, 0.5]), answers)).toMatchObject({ score: 43.53, band: 'medium' });
    expect(scoreEntry(ikp(2, [4, 4, 0.5]), { violence: 0, hoax: 10, 'single-pair': 0 })).toMatchObject({
      score: 4.71,
      band: 'low',
    });
  });
});

describe('the vulnerability map of a region', () => {
  const entry = (
    id: string,
    region: string,
    answers: Record<string, boolean>,
    on = '2024-11-01',
    version = 1,
  ): KerawananEntry => {
    const s = scoreEntry(TPS_2024, { ...none, ...answers });
    return {
      id,
      instrumentId: 'tps-2024',
      instrumentVersion: version,
      region: region as RegionCode,
      level: 'tps',
      answers: { ...none, ...answers },
      ...s,
      evidence: '',
      photos: [],
      assessedOn: on,
      extraSupervision: false,
      createdAt: `${on}T01:00:00.000Z`,
      createdBy: null,
      createdRole: 'ptps',
    };
  };

  it('counts bands per kecamatan, builds the heat table, lists TPS per indicator; only the newest entry counts', () => {
    const entries = [
      entry('a', '3579011001001', { 'near-candidate': true }),
      entry('a2', '3579011001001', {}, '2024-11-10'), // re-assessed: no longer vulnerable
      entry('b', '3579011001002', { 'hard-to-reach': true, 'disaster-conflict': true, 'no-power': true }),
      entry('c', '3579021001001', { 'asn-partial': true }),
      entry('d', '3579021001002', {}),
      entry('e', '3579021001003', { 'asn-partial': true }, '2024-11-02', 2), // another version: not counted
      entry('f', '3507011001001', { violence: true }), // another regency
    ];
    const s = summarise(TPS_2024, '3579' as RegionCode, entries);
    expect(s.assessed).toBe(4);
    expect(s.bands).toEqual({ high: 1, medium: 1, low: 2 });
    expect(s.children).toEqual([
      {
        region: '357901',
        assessed: 2,
        bands: { high: 1, medium: 0, low: 1 },
        variables: { location: 1, 'power-internet': 1 },
        maxScore: 3,
      },
      {
        region: '357902',
        assessed: 2,
        bands: { high: 0, medium: 1, low: 1 },
        variables: { neutrality: 1 },
        maxScore: 1,
      },
    ]);
    expect(s.byIndicator).toEqual({
      'hard-to-reach': ['3579011001002'],
      'disaster-conflict': ['3579011001002'],
      'no-power': ['3579011001002'],
      'asn-partial': ['3579021001001'],
    });
    expect(summarise(TPS_2024, 'national', entries).children.map((c) => [c.region, c.assessed])).toEqual([
      ['35', 5],
    ]);
  });
});
