import { describe, expect, it } from 'vitest';
import { foldViolations, recapRows } from './recap.js';
import type { RecapReport } from './recap.js';

describe('recap folding', () => {
  it('splits findings, registered, unregistered and pending reports, and breaks them down', () => {
    const v = foldViolations([
      {
        origin: 'finding',
        state: 'received',
        category: 'money-politics',
        stage: 'campaign',
        outcome: null,
        n: 10,
      },
      {
        origin: 'finding',
        state: 'stopped',
        category: 'neutrality',
        stage: 'campaign',
        outcome: 'not-violation',
        n: 6,
      },
      {
        origin: 'report',
        state: 'forwarded-agency',
        category: 'neutrality',
        stage: 'voting',
        outcome: 'other-law',
        n: 1,
      },
      { origin: 'report', state: 'not-registered', category: 'hoax', stage: 'campaign', outcome: null, n: 2 },
      { origin: 'report', state: 'checked', category: 'hoax', stage: 'campaign', outcome: null, n: 4 },
    ]);
    expect(v).toMatchObject({
      findings: 16,
      reportsRegistered: 1,
      reportsNotRegistered: 2,
      reportsPending: 4,
    });
    expect(v.byCategory).toEqual({ 'money-politics': 10, neutrality: 7, hoax: 6 });
    expect(v.byOutcome).toEqual({ 'not-violation': 6, 'other-law': 1 });
    const report: RecapReport = {
      region: '3325',
      from: '2023-01-01',
      to: '2024-06-30',
      prevention: { total: 7943, byStage: {}, byKind: {} },
      supervision: { total: 15014, byStage: { campaign: 15014 }, byRole: {} },
      apk: { total: 22860, actions: 3, byStage: {} },
      psap: { total: 3, byState: {} },
      kpuDisputes: { total: 0, byState: {} },
      violations: v,
    };
    const rows = recapRows(report);
    expect(rows.filter((r) => r.section === 'summary').map((r) => [r.item, r.value])).toEqual([
      ['prevention', 7943],
      ['supervision', 15014],
      ['apk', 22860],
      ['psap', 3],
      ['kpu-disputes', 0],
      ['findings', 16],
      ['reports-registered', 1],
      ['reports-not-registered', 2],
      ['reports-pending', 4],
    ]);
    expect(rows.find((r) => r.section === 'supervision.stage')?.label.en).toBe('Campaign');
  });
});
