/**
 * Live refresh in a real browser: a results page on screen picks up a form
 * logged after it loaded — without a reload — once the log's checkpoint
 * grows (the page polls /log/checkpoint every 10 s).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeValidCHasil } from '../../src/core/forms/testing.js';
import { nobleCrypto, nobleSignerFromSkey } from '../../src/core/log/index.js';
import { sealStatement } from '../../src/core/statements/index.js';
import { describeBrowser, connectBrowser, newPage, pristineDemoServer } from './support/browser.js';
import type { OwnDemoServer } from './support/browser.js';

const MAYOR = 'pilkada2024-pkwkk-3579';
const VILLAGE = '3579011001';

describeBrowser('portal: live refresh', () => {
  let demo: OwnDemoServer;
  let browser: Browser;
  beforeAll(async () => {
    // Its own copy of the demo, not the shared server: it logs the form of the one TPS the demo leaves open.
    demo = await pristineDemoServer();
    browser = await connectBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('shows a newly logged form without reloading the page', async () => {
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await page.goto(`${demo.baseUrl}/hasil/${MAYOR}/${VILLAGE}`);
    const progress = page.getByRole('progressbar');
    await progress.waitFor();
    const before = Number(await progress.getAttribute('aria-valuenow'));
    await page.evaluate(() => Object.assign(window, { samePage: true }));

    // The demo KPPS's own TPS (left empty by the demo) reports its mayor form.
    const keys = JSON.parse(readFileSync(join(demo.dataDir, 'demo-keys.json'), 'utf8')) as {
      keys: { username: string; skey: string }[];
    };
    const skey = keys.keys.find((k) => k.username === 'demo.kpps')?.skey ?? '';
    const form = makeValidCHasil({
      contestId: MAYOR,
      tps: `${VILLAGE}001`,
      votes: { '1000806': 120, '1000807': 70, '1000808': 30 },
    });
    const entry = sealStatement(nobleCrypto, nobleSignerFromSkey(skey).signer, 'form.chasil', form);
    const [result] = (await demo.server.ingest?.submit([entry])) ?? [];
    expect(result?.status).not.toBe('refused');

    await expect
      .poll(() => progress.getAttribute('aria-valuenow'), { timeout: 30_000, interval: 500 })
      .toBe(String(before + 1));
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    const row = page.getByTestId('children-table').locator(`tr[data-code="${VILLAGE}001"]`);
    expect(await row.textContent()).toContain('220');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
