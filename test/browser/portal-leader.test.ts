/**
 * A leader is named only once enough of the region has reported (issue 15):
 * with only Kota Batu's TPS in, Jawa Timur's governor race names nobody and
 * says how much has reported and when a leader will be named; Kota Batu's
 * mayor race, nearly all in, names its leader. Breadcrumbs above a
 * contest's region open the region page, which lists the contests there.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectBrowser, describeBrowser, newPage, sharedDemo } from './support/browser.js';
import type { DemoServer } from './support/browser.js';

const GOVERNOR = 'pilkada2024-pkwkp-35';
const MAYOR = 'pilkada2024-pkwkk-3579';
interface Leader {
  called: boolean;
  notCalled: string[];
  coverage: { tps: { reported: number; total: number }; children: { reported: number; total: number } };
}
interface Results {
  leader: Leader;
  outcome: unknown;
  children: Array<{ code: string; leaderCalled: boolean; totals: { progress: { reported: number } } }>;
  totals: { status: { missing: number } };
}

describeBrowser('portal: when a leader may be named', () => {
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

  it('names no leader of Jawa Timur while only Kota Batu has reported, and says why', async () => {
    const r = await api(`/api/results/${GOVERNOR}`);
    expect(r.leader.called).toBe(false);
    expect(r.leader.notCalled).toEqual(['tps', 'children']);
    expect(r.outcome).toBeNull();
    expect(r.leader.coverage.children).toEqual({ reported: 1, total: 38 });
    // Kota Batu's own tile: nearly all its TPS are in, so its leader shows.
    expect(r.children.find((c) => c.code === '3579')?.leaderCalled).toBe(true);
    expect(r.children.find((c) => c.code === '3578')?.leaderCalled).toBe(false);
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await page.goto(`${demo.baseUrl}/hasil/${GOVERNOR}`);
    const outcome = page.getByTestId('outcome');
    await expect.poll(() => outcome.getAttribute('data-called')).toBe('false');
    expect(await outcome.locator('strong').textContent()).toBe('Belum ada pasangan yang disebut unggul.');
    const coverage = await page.getByTestId('coverage').textContent();
    const { reported, total } = r.leader.coverage.tps;
    expect(coverage).toContain(
      `Sudah melapor: ${reported.toLocaleString('id-ID')} dari ${total.toLocaleString('id-ID')} TPS`,
    );
    expect(coverage).toContain('dan 1 dari 38 wilayah di bawahnya');
    expect(coverage).toContain('sedikitnya 10 % TPS dan 50 % wilayah di bawahnya');
    expect(await page.getByText('Unggul sementara').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names the leader of Kota Batu, where nearly every TPS has reported, and counts the TPS still missing', async () => {
    const r = await api(`/api/results/${MAYOR}`);
    expect(r.leader.called).toBe(true);
    // Every registry TPS without a form is missing (issue 17: it said 0 while 16 had not reported).
    const { reported, total } = r.leader.coverage.tps;
    expect(total - reported).toBeGreaterThan(0);
    expect(r.totals.status.missing).toBe(total - reported);
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await page.goto(`${demo.baseUrl}/hasil/${MAYOR}`);
    await expect.poll(() => page.getByTestId('outcome').getAttribute('data-called')).toBe('true');
    expect(await page.getByTestId('outcome').locator('strong').textContent()).toMatch(
      /^Unggul sementara: \d\. /,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the region page from a breadcrumb above the contest, listing the contests held there', async () => {
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await page.goto(`${demo.baseUrl}/hasil/${MAYOR}/357901`);
    await page.getByRole('navigation', { name: 'Lokasi' }).getByRole('link', { name: 'Jawa Timur' }).click();
    await expect.poll(() => page.getByTestId('region-page').getAttribute('data-code')).toBe('35');
    const contests = page.getByTestId('region-contests');
    await expect.poll(() => contests.locator(`[data-contest="${GOVERNOR}"]`).count()).toBe(1);
    expect(await contests.locator(`[data-contest="${MAYOR}"]`).count()).toBe(1);
    // Kota Batu's page: the governor's results at Kota Batu, and the mayor's.
    await page.goto(`${demo.baseUrl}/wilayah/3579`);
    const here = page.getByTestId('region-contests');
    await expect.poll(() => here.locator('li').count()).toBe(2);
    expect(await here.locator(`[data-contest="${GOVERNOR}"] a`).first().getAttribute('href')).toBe(
      `/hasil/${GOVERNOR}/3579`,
    );
    // From a TPS page viewed for the mayor contest, the province crumb is the region page too.
    await page.goto(`${demo.baseUrl}/tps/3579011001001?pemilihan=${MAYOR}`);
    const crumb = page.getByRole('navigation', { name: 'Lokasi' }).getByRole('link', { name: 'Jawa Timur' });
    await expect.poll(() => crumb.getAttribute('href')).toBe('/wilayah/35');
    expect(errors).toEqual([]);
    await context.close();
  });
});
