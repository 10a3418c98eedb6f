/**
 * The portal's other pages in a real browser: the language switch on a
 * results page, candidate pairs (with the kolom kosong explained), the
 * timetable with the stage under way marked, and the downloads.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, connectBrowser, newPage, sharedDemo } from './support/browser.js';
import type { DemoServer } from './support/browser.js';

const MAYOR = 'pilkada2024-pkwkk-3579';

describeBrowser('portal: language, candidates, timetable, downloads', () => {
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

  it('switches a results page to English and back, numbers included', async () => {
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    const { data } = (await (await fetch(`${demo.baseUrl}/api/results/${MAYOR}`)).json()) as {
      data: { totals: { valid: number } };
    };
    await page.goto(`${demo.baseUrl}/hasil/${MAYOR}`);
    const valid = page.getByTestId('figure-valid');
    await expect
      .poll(() => valid.textContent(), { timeout: 10_000 })
      .toBe(data.totals.valid.toLocaleString('id-ID'));
    expect(await page.getByRole('heading', { name: 'Rekapitulasi' }).count()).toBe(1);
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Summary' }).count()).toBe(1);
    expect(await valid.textContent()).toBe(data.totals.valid.toLocaleString('en-GB'));
    expect(await page.getByText('Valid votes', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByText('Suara sah', { exact: true }).count()).toBe(0);
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Rekapitulasi' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works from the keyboard, with named controls and a progress bar screen readers can read', async () => {
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await page.goto(`${demo.baseUrl}/hasil/${MAYOR}`);
    const link = page.getByTestId('children-table').getByRole('link', { name: 'Batu', exact: true });
    await link.waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lompat ke isi');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('results-page').getAttribute('data-region'), { timeout: 10_000 })
      .toBe('357901');
    const unnamed = await page.evaluate(
      () =>
        Array.from(document.querySelectorAll('button, a[href]')).filter(
          (el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() === '',
        ).length,
    );
    expect(unnamed).toBe(0);
    const bar = page.getByRole('progressbar', { name: 'TPS yang sudah melapor' });
    expect(await bar.getAttribute('aria-valuetext')).toMatch(/^Progres: \d+ dari \d+ TPS/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists candidate pairs in ballot order, explains the kolom kosong, and says when no profile exists', async () => {
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await page.goto(`${demo.baseUrl}/kandidat`);
    const surabaya = page.getByTestId('candidates-pilkada2024-pkwkk-3578');
    await expect
      .poll(() => surabaya.getByText('Kolom kosong', { exact: true }).count(), { timeout: 10_000 })
      .toBe(1);
    expect(await surabaya.textContent()).toContain('lebih dari 50% suara sah');
    const batu = page.getByTestId(`candidates-${MAYOR}`);
    const heads = await batu.locator('.pair-cards dd:first-of-type').allTextContents();
    expect(heads[0]).toMatch(/Nurochman/i);
    expect(await batu.textContent()).toContain('Profil (visi, misi, partai pengusung');
    expect(await batu.textContent()).not.toContain('lebih dari 50% suara sah');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks the stage under way, at any moment the permalink names', async () => {
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await page.goto(`${demo.baseUrl}/jadwal/pilkada2024?pada=2024-11-27T09:00:00%2B07:00`);
    const current = page.locator('.timeline li[aria-current="step"]');
    await expect.poll(() => current.count(), { timeout: 10_000 }).toBe(1);
    expect(await current.getAttribute('data-stage')).toBe('voting');
    await page.goto(`${demo.baseUrl}/jadwal?pada=2024-12-01T09:00:00%2B07:00`);
    await expect.poll(() => current.count(), { timeout: 10_000 }).toBe(4);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers every contest as JSON and Sirekap JSON, and each table as CSV', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const { page, errors } = await newPage(context);
    await page.goto(`${demo.baseUrl}/unduh`);
    const table = page.getByTestId('downloads-table');
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 10_000 }).toBe(6);
    const sirekap = await table
      .getByRole('link', { name: 'JSON format Sirekap' })
      .first()
      .getAttribute('href');
    expect(sirekap).toMatch(/^\/sirekap\/pilkada\/hhcw\/pkwk[kp]\/\d+(\/\d+)?\.json$/);
    for (const href of await table
      .getByRole('link', { name: 'JSON format Sirekap' })
      .evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect((await fetch(`${demo.baseUrl}${href ?? ''}`)).status, href ?? '').toBe(200);

    await page.goto(`${demo.baseUrl}/hasil/${MAYOR}`);
    const csvButton = page.getByRole('button', { name: /Unduh tabel Rincian per wilayah/ });
    await csvButton.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), csvButton.click()]);
    // Read as a stream: the run's Chromium is remote to this file, so the download has no local path.
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks).toString('utf8').split('\r\n');
    expect(csv[0]).toMatch(/^code,name,tps_reported,tps_total,votes_1_/);
    expect(csv[1]).toMatch(/^357901,Batu,/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
