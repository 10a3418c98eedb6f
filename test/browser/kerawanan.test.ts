/**
 * The vulnerability mapping in a real browser: the demo PTPS maps its TPS
 * (near a candidate's post), the server scores it, and Bawaslu Kota Batu
 * then finds that TPS in the kota's map under the indicator.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectBrowser, describeBrowser, newPage, screenshots, sharedDemo } from './support/browser.js';
import type { DemoServer } from './support/browser.js';

describeBrowser('kerawanan: a PTPS maps its TPS, Bawaslu sees it on the map', () => {
  let demo: DemoServer;
  let browser: Browser;
  beforeAll(async () => {
    demo = sharedDemo();
    browser = await connectBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  const signIn = async (username: string) => {
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await page.goto(`${demo.baseUrl}/pengawasan/kerawanan`);
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill(demo.account(username).password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByTestId('sup-account').textContent()).toContain(username);
    return { context, page, errors };
  };

  it('scores the PTPS entry and lists the TPS under its indicator for the kota', async () => {
    const tps = String(demo.account('demo.ptps').scope);
    const ptps = await signIn('demo.ptps');
    await ptps.page.getByLabel('Kode TPS').fill(tps);
    await ptps.page.getByLabel('Dekat rumah atau posko paslon').check();
    await ptps.page.getByLabel('Keterangan dan bukti').fill('Posko pemenangan 50 m dari TPS');
    await ptps.page.getByRole('button', { name: 'Simpan pemetaan' }).click();
    await expect
      .poll(() => ptps.page.getByTestId('ker-saved').textContent())
      .toBe('Tersimpan: skor 1, Rawan sedang.');
    await expect.poll(() => ptps.page.getByTestId('ker-totals').textContent()).toContain('TPS dipetakan: 1');
    expect(ptps.errors).toEqual([]);
    await ptps.context.close();

    const kota = await signIn('demo.bawaslu.batu');
    const item = kota.page
      .getByTestId('ker-indicators')
      .locator('li', { hasText: 'Dekat rumah atau posko paslon' });
    await expect.poll(() => item.textContent()).toContain(tps);
    const heat = kota.page.getByTestId('ker-heat');
    await expect.poll(() => heat.locator('tbody tr').count()).toBeGreaterThan(0);
    await screenshots(kota.page, 'kerawanan-map');
    expect(kota.errors).toEqual([]);
    await kota.context.close();
  });
});
