/**
 * Screenshots of the portal's main pages at phone and desktop widths
 * (test-output/screenshots, not committed), each page free of console errors.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, connectBrowser, newPage, screenshots, sharedDemo } from './support/browser.js';
import type { DemoServer } from './support/browser.js';

const PAGES: ReadonlyArray<[name: string, path: string, ready: string]> = [
  ['portal-home', '/', '[data-testid^="contest-"]'],
  ['portal-results-province', '/hasil/pilkada2024-pkwkp-35', '[data-testid="pair-chart"] svg'],
  ['portal-results-kota-batu', '/hasil/pilkada2024-pkwkk-3579', '[data-testid="pair-chart"] svg'],
  ['portal-results-desa', '/hasil/pilkada2024-pkwkk-3579/3579011001', '[data-testid="pair-chart"] svg'],
  ['portal-tps', '/tps/3579011001003?pemilihan=pilkada2024-pkwkk-3579', '[data-testid="leaf-hash"]'],
  ['portal-candidates', '/kandidat', '.pair-cards'],
  ['portal-timetable', '/jadwal/pilkada2024?pada=2024-11-30T09:00:00%2B07:00', '.timeline'],
  ['portal-downloads', '/unduh', '[data-testid="downloads-table"]'],
];

describeBrowser('portal: screenshots', () => {
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

  it('captures the main pages at phone and desktop widths without errors', async () => {
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    for (const [name, path, ready] of PAGES) {
      await page.goto(`${demo.baseUrl}${path}`);
      await page.locator(ready).first().waitFor({ timeout: 15_000 });
      await screenshots(page, name);
    }
    // The TPS page once more, after a successful verification.
    await page.goto(`${demo.baseUrl}${PAGES[4]?.[1] ?? ''}`);
    await page.getByRole('button', { name: 'Verifikasi', exact: true }).first().click();
    await page.locator('[data-testid="verify-result"][data-ok="true"]').first().waitFor({ timeout: 20_000 });
    await screenshots(page, 'portal-tps-verified');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
