/**
 * Numbers that must not mislead (issue 15): a region's DPT is the
 * registry's, shown beside the DPT of the TPS that have reported; a region
 * without votes draws no chart and says so; a child region that has not
 * reported shows "—", not zeros.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { connectBrowser, describeBrowser, newPage, sharedDemo } from './support/browser.js';
import type { DemoServer } from './support/browser.js';

const GOVERNOR = 'pilkada2024-pkwkp-35';
const MAYOR = 'pilkada2024-pkwkk-3579';
type Totals = { valid: number; dpt: { total: number }; registryDpt: number; progress: { reported: number } };
type Results = { totals: Totals; children: Array<{ code: string; totals: Totals }> };

describeBrowser('portal: honest numbers', () => {
  let demo: DemoServer;
  let browser: Browser;
  beforeAll(async () => {
    demo = sharedDemo();
    browser = await connectBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });
  const api = async (path: string) =>
    ((await (await fetch(`${demo.baseUrl}${path}`)).json()) as { data: Results }).data;

  it("shows the registry's DPT for Kota Batu beside the DPT of the TPS that reported", async () => {
    const store = await openStore({ kind: 'sqlite', file: join(demo.dataDir, 'saksi.db') });
    const registry = await store.tps.totals('3579' as never);
    await store.close();
    const r = await api(`/api/results/${MAYOR}`);
    expect(r.totals.registryDpt).toBe(registry.dptTotal);
    expect(r.totals.dpt.total).toBeLessThan(registry.dptTotal); // one TPS has not reported
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await page.goto(`${demo.baseUrl}/hasil/${MAYOR}`);
    await expect
      .poll(() => page.getByTestId('figure-dpt').textContent())
      .toBe(registry.dptTotal.toLocaleString('id-ID'));
    expect(await page.getByTestId('figure-dpt-reporting').textContent()).toBe(
      r.totals.dpt.total.toLocaleString('id-ID'),
    );
    expect(await page.getByText('DPT di TPS yang sudah melapor').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws no chart where nobody has voted yet, and shows "—" for regions that have not reported', async () => {
    const surabaya = await api(`/api/results/${GOVERNOR}/3578`);
    expect(surabaya.totals.valid).toBe(0);
    expect(surabaya.totals.registryDpt).toBeGreaterThan(0);
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await page.goto(`${demo.baseUrl}/hasil/${GOVERNOR}/3578`);
    await expect.poll(() => page.getByTestId('chart-empty').textContent()).toBe('Belum ada suara.');
    expect(await page.locator('.chart svg').count()).toBe(0);
    const firstRow = page.getByTestId('children-table').locator('tbody tr').first();
    const cells = await firstRow.locator('td').allTextContents();
    expect(cells.slice(1, 4)).toEqual(['—', '—', '—']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers 404 for a TPS that neither the registry nor the log knows, and says so without a retry', async () => {
    const ghost = '3579011001999';
    const r = await fetch(`${demo.baseUrl}/api/tps/${ghost}`);
    expect(r.status).toBe(404);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('TPS_NOT_FOUND');
    const real = (await (await fetch(`${demo.baseUrl}/api/tps/3579011001001`)).json()) as {
      data: { tps: { inRegistry: boolean } };
    };
    expect(real.data.tps.inRegistry).toBe(true);
    const context = await browser.newContext();
    const { page } = await newPage(context, { ignore: /status of 404/ });
    await page.goto(`${demo.baseUrl}/tps/${ghost}`);
    await expect.poll(() => page.getByTestId('tps-not-found').textContent()).toContain(ghost);
    expect(await page.getByRole('button', { name: 'Coba lagi' }).count()).toBe(0);
    await context.close();
  });
});
