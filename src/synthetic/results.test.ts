import { describe, expect, it } from 'vitest';
import { checkCHasil } from '../core/forms/index.js';
import { generateRegistry } from '../core/registry/index.js';
import type { RegionCode } from '../core/regions/index.js';
import type { GenesisContest } from '../core/statements/index.js';
import { ResultModel } from './results.js';
import type { Scenario } from './results.js';

const CONTEST: GenesisContest = {
  id: 'pilkada2024-pkwkk-3578',
  kind: 'mayor',
  region: '3578',
  name: 'Pemilihan Wali Kota dan Wakil Wali Kota Surabaya',
  pairs: [
    { id: '1000804', ballotNumber: 1, name: 'ERI CAHYADI - ARMUJI', emptyColumn: false },
    { id: '1000805', ballotNumber: 2, name: 'KOLOM KOSONG', emptyColumn: true },
  ],
};
const TPS = generateRegistry({
  villages: ['3578011001', '3578011002', '3578021001'].map((c) => ({ code: c as RegionCode })),
  totalTps: 300,
  seed: 1,
  dptMin: 150,
  dptMax: 640,
});
const RULES = { candidates: CONTEST.pairs.map((p) => p.id), ballotReservePermille: 25 };

describe('ResultModel', () => {
  it('makes true forms that pass every rule, turnout 60–85 %, the same for the same seed', () => {
    const a = new ResultModel('s', 25);
    const b = new ResultModel('s', 25);
    for (const t of TPS) {
      const form = a.truth(CONTEST, t);
      expect(checkCHasil(form, RULES).errors).toEqual([]);
      const turnout = form.voters.users.total.total / t.dpt.total;
      expect(turnout).toBeGreaterThanOrEqual(0.595);
      expect(turnout).toBeLessThanOrEqual(0.855);
      expect(b.truth(CONTEST, t)).toEqual(form);
    }
    expect(new ResultModel('other', 25).truth(CONTEST, TPS[0]!)).not.toEqual(a.truth(CONTEST, TPS[0]!));
  });

  it('draws scenarios at the asked rates; errors and misreads break the votes sum, corrections do not', () => {
    const m = new ResultModel('s', 25);
    const rates = { error: 0.1, misread: 0.1, correction: 0.1, objection: 0.1 };
    const seen: Record<Scenario, number> = { ok: 0, error: 0, misread: 0, correction: 0, objection: 0 };
    for (const t of TPS) {
      const truth = m.truth(CONTEST, t);
      const scenario = m.scenario(CONTEST, t.code, rates);
      seen[scenario]++;
      const first = m.firstForm(truth, scenario);
      const codes = checkCHasil(first, RULES).errors.map((e) => e.code);
      if (scenario === 'error' || scenario === 'misread') expect(codes).toEqual(['FORM_VOTES_SUM']);
      else expect(codes).toEqual([]);
      if (scenario === 'misread')
        expect(Object.values(first.votes).some((v) => String(v).startsWith('9') && v > 90)).toBe(true);
      if (scenario === 'objection') expect(m.objector(CONTEST, t.code)).toBe('1000804');
    }
    for (const s of ['error', 'misread', 'correction', 'objection'] as const) {
      expect(seen[s]).toBeGreaterThan(10);
      expect(seen[s]).toBeLessThan(55);
    }
  });
});
