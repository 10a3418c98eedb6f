import { describe, expect, it } from 'vitest';
import { PILKADA_2024_ITEMS } from './items.js';
import { tpsNeeds, totalNeeds } from './needs.js';

const BATU = [
  { id: 'pkwkp-35', pairs: 3 },
  { id: 'pkwkk-3579', pairs: 3 },
];
const qty = (needs: ReturnType<typeof tpsNeeds>, item: string, contest: string | null) =>
  needs.find((n) => n.item === item && n.contestId === contest)?.quantity;

describe('logistics needs', () => {
  it('gives each contest its ballots with the 2.5 % reserve rounded up, and the TPS its equipment', () => {
    const n = tpsNeeds(PILKADA_2024_ITEMS, 537, BATU);
    expect(qty(n, 'ballot', 'pkwkp-35')).toBe(551); // 537 × 1.025 = 550.43 → 551
    expect(qty(n, 'ballot', 'pkwkk-3579')).toBe(551);
    expect(qty(n, 'box', 'pkwkp-35')).toBe(1);
    expect(qty(n, 'c-hasil-salinan', 'pkwkk-3579')).toBe(6);
    expect(qty(n, 'booth', null)).toBe(4);
    expect(n).toHaveLength(6 * 2 + 3);
    expect(qty(tpsNeeds(PILKADA_2024_ITEMS, 400, BATU), 'ballot', 'pkwkp-35')).toBe(410); // exactly 410, not 411
  });

  it('recomputes from a new DPT and sums over TPS; refuses a DPT that is not a count', () => {
    const before = tpsNeeds(PILKADA_2024_ITEMS, 537, BATU);
    const after = tpsNeeds(PILKADA_2024_ITEMS, 600, BATU);
    expect(qty(after, 'ballot', 'pkwkk-3579')).toBe(615);
    expect(qty(after, 'ink', null)).toBe(qty(before, 'ink', null));
    const total = totalNeeds([before, after, tpsNeeds(PILKADA_2024_ITEMS, 0, BATU.slice(0, 1))]);
    expect(qty(total, 'ballot', 'pkwkp-35')).toBe(551 + 615 + 0);
    expect(qty(total, 'kit', null)).toBe(3);
    expect(() => tpsNeeds(PILKADA_2024_ITEMS, -1, BATU)).toThrow(RangeError);
    expect(() => tpsNeeds(PILKADA_2024_ITEMS, 2.5, BATU)).toThrow(RangeError);
  });
});
