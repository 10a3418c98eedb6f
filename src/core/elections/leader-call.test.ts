import { describe, expect, it } from 'vitest';
import { leaderCall } from './leader-call.js';

const cov = (tps: [number, number], children: [number, number]) => ({
  tps: { reported: tps[0], total: tps[1] },
  children: { reported: children[0], total: children[1] },
});

describe('leader call', () => {
  it('names no leader for Jawa Timur while only Kota Batu has reported (286 of 60,751 TPS, 1 of 38 kab/kota)', () => {
    const c = leaderCall(cov([286, 60_751], [1, 38]));
    expect(c.called).toBe(false);
    expect(c.notCalled).toEqual(['tps', 'children']);
  });

  it('names one once 10 % of the TPS and half the child regions have reported, at the boundary', () => {
    // 10 % of 302 TPS is 30.2: 31 reported is enough, 30 is not.
    expect(leaderCall(cov([31, 302], [2, 3])).called).toBe(true);
    expect(leaderCall(cov([30, 302], [2, 3])).notCalled).toEqual(['tps']);
    expect(leaderCall(cov([302, 302], [1, 3])).notCalled).toEqual(['children']);
    expect(leaderCall(cov([150, 300], [2, 4])).called).toBe(true);
  });

  it('takes its thresholds from configuration', () => {
    const rule = { minTpsPercent: 50, minChildrenPercent: 100 };
    expect(leaderCall(cov([151, 302], [3, 3]), rule).called).toBe(true);
    expect(leaderCall(cov([151, 302], [2, 3]), rule).notCalled).toEqual(['children']);
    expect(leaderCall(cov([1, 302], [1, 3]), { minTpsPercent: 0, minChildrenPercent: 0 }).called).toBe(true);
  });

  it('names none with nothing reported, or without a registry to measure against', () => {
    expect(leaderCall(cov([0, 302], [0, 3]), { minTpsPercent: 0, minChildrenPercent: 0 }).called).toBe(false);
    expect(leaderCall(cov([12, 0], [0, 0])).notCalled).toEqual(['no-registry']);
  });
});
