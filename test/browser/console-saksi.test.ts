/**
 * A saksi in the officer console: the demo TPS gets a C.Hasil (signed in Node
 * with the demo KPPS key and put in place over the API); the saksi signs in,
 * imports their key, reviews the form and objects with a reason; the public
 * API then shows the objection.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeValidCHasil } from '../../src/core/forms/index.js';
import {
  describeBrowser,
  connectBrowser,
  newPage,
  screenshots,
  pristineDemoServer,
} from './support/browser.js';
import type { DemoServer } from './support/browser.js';
import { apiSession, demoKey, importKeyUi, publicGet, signInUi, signed } from './support/officers.js';
import type { TpsView } from './support/officers.js';

const MAYOR = 'pilkada2024-pkwkk-3579';
const REASON = 'Dua surat suara sah untuk paslon 1 dihitung tidak sah';

describeBrowser('officer console: saksi', () => {
  let demo: DemoServer;
  let browser: Browser;
  beforeAll(async () => {
    // Its own copy of the demo, not the shared server: it files the C.Hasil of the one TPS the demo leaves open.
    demo = await pristineDemoServer();
    browser = await connectBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('reviews the TPS form and objects with a reason', async () => {
    const tps = demo.account('demo.kpps').scope;
    const view = await publicGet<TpsView>(demo, `/api/tps/${tps}`);
    const pairIds = view.contests.find((c) => c.contest.id === MAYOR)?.contest.pairs.map((p) => p.id) ?? [];
    const votes = Object.fromEntries(pairIds.map((id, i) => [id, [120, 70, 30][i] ?? 0]));
    const form = makeValidCHasil({ contestId: MAYOR, tps, votes });
    const kpps = await apiSession(demo, 'demo.kpps');
    const put = await kpps.post<{ data: { index: number } }>(
      '/api/forms',
      signed(demoKey(demo, 'demo.kpps').skey, 'form.chasil', form),
    );
    expect(put.status).toBe(201);

    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    const key = demoKey(demo, 'demo.saksi.1');
    await signInUi(page, demo, 'demo.saksi.1');
    // A saksi's menu: attestation, outbox and key — no C.Hasil entry, no recap.
    expect(await page.getByRole('link', { name: 'C.Hasil' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Rekapitulasi' }).count()).toBe(0);
    await importKeyUi(page, key);
    await page.getByRole('link', { name: 'Kesaksian' }).click();
    const review = page.getByTestId(`review-${MAYOR}`);
    await expect.poll(() => review.getByRole('caption').textContent()).toContain(`#${put.body.data.index}`);
    // Only the contest where the saksi's pair runs is offered.
    expect(await page.locator('[data-testid^="review-"]').count()).toBe(1);
    await review.getByLabel('Keberatan').check();
    await review.getByLabel('Alasan').fill(REASON);
    await screenshots(page, 'console-saksi-review');
    await review.getByRole('button', { name: 'Tanda tangani kesaksian' }).click();
    await expect
      .poll(() => review.getByTestId('queue-state').textContent())
      .toBe('Diterima dan tercatat di log');

    const after = await publicGet<TpsView>(demo, `/api/tps/${tps}`);
    const mayor = after.contests.find((c) => c.contest.id === MAYOR);
    expect(mayor?.status).toBe('objected');
    expect(mayor?.attestations).toEqual([
      expect.objectContaining({ verdict: 'object', reason: REASON, keyId: key.keyId }),
    ]);
    await expect.poll(() => review.getByTestId('tps-status').textContent()).toBe('ada keberatan');
    expect(errors).toEqual([]);
    await context.close();
  });
});
