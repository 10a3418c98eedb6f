/**
 * Problem TPS in one click (issue 15): on Kota Batu's mayor results the
 * status counters are links to the TPS behind them — the missing ones, the
 * one objected, the one corrected — each row a link to its TPS page, and
 * the same list as CSV.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectBrowser, describeBrowser, newPage, sharedDemo } from './support/browser.js';
import type { DemoServer } from './support/browser.js';

const MAYOR = 'pilkada2024-pkwkk-3579';
const GOVERNOR = 'pilkada2024-pkwkp-35';
interface Page {
  total: number;
  items: Array<{ code: string; status: string; warnings: string[] }>;
}

describeBrowser('portal: the TPS behind the counters', () => {
  let demo: DemoServer;
  let browser: Browser;
  beforeAll(async () => {
    demo = sharedDemo();
    browser = await connectBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });
  const api = async <T>(path: string) =>
    ((await (await fetch(`${demo.baseUrl}${path}`)).json()) as { data: T }).data;

  it('lists exactly the TPS each counter counts, as a page and as CSV', async () => {
    // The demo's one objection and one correction fall in one of Kota Batu's two contests.
    const found: Record<string, number> = {};
    for (const contest of [MAYOR, GOVERNOR]) {
      const r = await api<{ totals: { status: Record<string, number> } }>(`/api/results/${contest}/3579`);
      for (const filter of ['missing', 'objected', 'corrected'] as const) {
        const page = await api<Page>(`/api/results/${contest}/3579/tps?filter=${filter}`);
        expect(page.total, `${contest} ${filter}`).toBe(r.totals.status[filter]);
        expect(page.items.every((t) => t.status === filter && t.code.startsWith('3579'))).toBe(true);
        found[filter] = (found[filter] ?? 0) + page.total;
      }
    }
    expect(found['missing']).toBeGreaterThan(0);
    expect(found['objected']).toBeGreaterThan(0);
    expect(found['corrected']).toBeGreaterThan(0);
    const results = await api<{ totals: { status: Record<string, number> } }>(`/api/results/${MAYOR}/3579`);
    const csv = await (
      await fetch(`${demo.baseUrl}/api/results/${MAYOR}/3579/tps.csv?filter=missing`)
    ).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('tps,status,warnings,incidents,log_index');
    expect(lines.length - 1).toBe(results.totals.status['missing']);
    const bad = await fetch(`${demo.baseUrl}/api/results/${MAYOR}/3579/tps?filter=everything`);
    expect(bad.status).toBe(400);

    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await page.goto(`${demo.baseUrl}/hasil/${MAYOR}`);
    await page.getByTestId('status-missing').getByRole('link').click();
    await expect.poll(() => page.getByTestId('problem-tps').getAttribute('data-filter')).toBe('missing');
    const rows = page.getByTestId('problem-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(results.totals.status['missing']);
    await rows.first().getByRole('link').click();
    await expect.poll(() => page.getByTestId('tps-page').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
