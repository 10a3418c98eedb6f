/**
 * The results portal in a real browser: from the national view, click
 * through contest → Jawa Timur → Kota Batu → a kecamatan → a desa → a TPS,
 * and at every level check that the figures on screen are the API's.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, connectBrowser, newPage, sharedDemo } from './support/browser.js';
import type { DemoServer } from './support/browser.js';

const GOVERNOR = 'pilkada2024-pkwkp-35';

interface Results {
  region: { code: string; name: string };
  pairs: { id: string }[];
  totals: { valid: number; invalid: number; votes: Record<string, number>; progress: { reported: number } };
  children: { code: string; name: string; totals: { progress: { reported: number } } }[];
}

describeBrowser('portal: results drill-down', () => {
  let demo: DemoServer;
  let browser: Browser;
  beforeAll(async () => {
    demo = sharedDemo();
    browser = await connectBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  const api = async <T>(path: string): Promise<T> =>
    ((await (await fetch(`${demo.baseUrl}${path}`)).json()) as { data: T }).data;
  const id = (n: number) => n.toLocaleString('id-ID');

  /** The page shows the API's figures for this contest and region. */
  async function expectFigures(page: Page, region: string): Promise<Results> {
    const r = await api<Results>(`/api/results/${GOVERNOR}${region === '35' ? '' : `/${region}`}`);
    await expect
      .poll(() => page.getByTestId('results-page').getAttribute('data-region'), { timeout: 10_000 })
      .toBe(region);
    await expect
      .poll(() => page.getByTestId('region-name').textContent(), { timeout: 10_000 })
      .toBe(r.region.name);
    expect(await page.getByTestId('figure-valid').textContent()).toBe(id(r.totals.valid));
    expect(await page.getByTestId('figure-invalid').textContent()).toBe(id(r.totals.invalid));
    for (const p of r.pairs)
      expect(await page.getByTestId(`votes-${p.id}`).textContent(), p.id).toBe(id(r.totals.votes[p.id] ?? 0));
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe(
      String(r.totals.progress.reported),
    );
    return r;
  }

  async function clickChild(page: Page, name: string): Promise<void> {
    await page.getByTestId('children-table').getByRole('link', { name, exact: true }).click();
  }

  it('drills down to a TPS, each level matching the API, with working breadcrumbs', async () => {
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await page.goto(`${demo.baseUrl}/`);
    await page.getByTestId(`contest-${GOVERNOR}`).click();
    const province = await expectFigures(page, '35');
    expect(province.region.name).toBe('Jawa Timur');
    await expect
      .poll(() => page.getByTestId('pair-chart').locator('svg').count(), { timeout: 15_000 })
      .toBe(1);

    await clickChild(page, 'Kota Batu');
    const regency = await expectFigures(page, '3579');
    const district = regency.children.find((c) => c.totals.progress.reported > 0);
    if (district === undefined) throw new Error('no kecamatan reported');
    await clickChild(page, district.name);
    const d = await expectFigures(page, district.code);
    const village = d.children.find((c) => c.totals.progress.reported > 0);
    if (village === undefined) throw new Error('no desa reported');
    await clickChild(page, village.name);
    const v = await expectFigures(page, village.code);
    const tps = v.children.find((c) => c.totals.progress.reported > 0);
    if (tps === undefined) throw new Error('no TPS reported');
    await clickChild(page, tps.name);

    await expect
      .poll(() => page.getByTestId('tps-page').getAttribute('data-code'), { timeout: 10_000 })
      .toBe(tps.code);
    const record = (
      await api<{
        contests: {
          contest: { id: string };
          history: { form: { valid: number; votes: Record<string, number> } }[];
        }[];
      }>(`/api/tps/${tps.code}`)
    ).contests.find((c) => c.contest.id === GOVERNOR);
    const form = record?.history.at(-1)?.form;
    if (form === undefined) throw new Error('no governor form at the TPS');
    const figures = page.getByTestId(`form-${GOVERNOR}`);
    expect(await figures.getByTestId('form-valid').textContent()).toBe(id(form.valid));
    for (const [pair, n] of Object.entries(form.votes))
      expect(await figures.getByTestId(`form-votes-${pair}`).textContent()).toBe(id(n));

    // Breadcrumbs lead back up, to the same contest.
    await page.getByRole('navigation', { name: 'Lokasi' }).getByRole('link', { name: 'Kota Batu' }).click();
    await expectFigures(page, '3579');
    // Every view is a permalink: a reload shows the same figures.
    await page.reload();
    await expectFigures(page, '3579');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
