/**
 * The KPPS in the officer console: sign in, import the signing key, enter the
 * C.Hasil with core's rule message shown inline, fix it, attach a photo (its
 * SHA-256 goes into the form), sign while offline (queued in IndexedDB),
 * reload offline (the service worker serves the app, the queue survives),
 * come back online (the queue syncs) and find the form on the public API.
 */
import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkCHasil, makeValidCHasil } from '../../src/core/forms/index.js';
import {
  describeBrowser,
  connectBrowser,
  newPage,
  screenshots,
  pristineDemoServer,
} from './support/browser.js';
import type { DemoServer } from './support/browser.js';
import { demoKey, importKeyUi, publicGet, signInUi } from './support/officers.js';
import type { TpsView } from './support/officers.js';

const MAYOR = 'pilkada2024-pkwkk-3579';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
/** Offline, the browser reports each request it could not make; nothing else may reach the console. */
const OFFLINE_NOISE = /^console: Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/;

function fields(pairIds: string[], votes: number[]): Record<string, number> {
  const triples: Record<string, [number, number]> = {
    'voters.dpt': [140, 160],
    'voters.users.dpt': [100, 120],
    'voters.users.dptb': [3, 2],
    'voters.users.dpk': [1, 1],
    'voters.users.total': [104, 123],
    'disability.registered': [2, 3],
    'disability.voted': [1, 2],
  };
  const out: Record<string, number> = {};
  for (const [row, [l, p]] of Object.entries(triples)) {
    out[`${row}.male`] = l;
    out[`${row}.female`] = p;
    out[`${row}.total`] = l + p;
  }
  Object.assign(out, {
    'ballots.received': 308,
    'ballots.damaged': 1,
    'ballots.unused': 80,
    'ballots.used': 227,
  });
  pairIds.forEach((id, i) => (out[`votes.${id}`] = votes[i] ?? 0));
  return Object.assign(out, { valid: 220, invalid: 7, total: 227 });
}

describeBrowser('officer console: KPPS', () => {
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

  it('enters, checks, queues offline, survives a reload and syncs a C.Hasil', async () => {
    const key = demoKey(demo, 'demo.kpps');
    const tps = demo.account('demo.kpps').scope;
    const before = await publicGet<TpsView>(demo, `/api/tps/${tps}`);
    const mayor = before.contests.find((c) => c.contest.id === MAYOR);
    expect(mayor?.status).toBe('missing');
    const pairIds = mayor?.contest.pairs.map((p) => p.id) ?? [];
    const context = await browser.newContext();
    const { page, errors } = await newPage(context, { ignore: OFFLINE_NOISE });

    await signInUi(page, demo, 'demo.kpps');
    await importKeyUi(page, key);
    await page.getByRole('link', { name: 'C.Hasil' }).click();
    await page.getByRole('tab', { name: mayor?.contest.name ?? '' }).click();

    // Pair votes that do not add up to the valid votes: core's message, inline.
    const wrong = fields(pairIds, [120, 70, 31]);
    for (const [path, n] of Object.entries(wrong)) await page.getByTestId(`f-${path}`).fill(String(n));
    const expected = checkCHasil(
      makeValidCHasil({
        contestId: MAYOR,
        tps,
        votes: { [pairIds[0]!]: 120, [pairIds[1]!]: 70, [pairIds[2]!]: 31 },
      }),
      { candidates: pairIds },
    ).errors.find((p) => p.code === 'FORM_VOTES_SUM');
    expect(expected).toBeDefined();
    await expect.poll(() => page.getByTestId('rule-FORM_VOTES_SUM').textContent()).toBe(expected?.message.id);
    expect(await page.getByTestId('f-valid').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('sign-submit').isDisabled()).toBe(true);

    await page.getByTestId(`f-votes.${pairIds[2]}`).fill('30');
    await expect.poll(() => page.getByTestId('rule-FORM_VOTES_SUM').count()).toBe(0);
    await page
      .getByTestId('photo-input')
      .setInputFiles({ name: 'plano-1.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => page.getByTestId('photos').locator('li').count()).toBe(1);
    await expect.poll(() => page.getByTestId('sign-submit').isEnabled()).toBe(true);
    await screenshots(page, 'console-kpps-chasil');

    // The service worker holds the app shell before the connection goes.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect
      .poll(() => page.evaluate(async () => (await (await caches.open('saksi-shell-v1')).keys()).length))
      .toBeGreaterThanOrEqual(3);

    await context.setOffline(true);
    await expect.poll(() => page.getByTestId('online-state').textContent()).toContain('Luring');
    await page.getByTestId('sign-submit').click();
    await expect.poll(() => page.getByTestId('queue-state').textContent()).toBe('Menunggu dikirim');

    await page.reload();
    await expect.poll(() => page.getByTestId('online-state').textContent()).toContain('Luring');
    await page.getByRole('link', { name: 'Antrean kirim' }).click();
    await expect.poll(() => page.getByTestId('queue-summary').textContent()).toContain('1 menunggu dikirim');
    await screenshots(page, 'console-kpps-queue-offline');

    await context.setOffline(false);
    await expect
      .poll(() => page.getByTestId('queue-state').textContent(), { timeout: 20_000 })
      .toBe('Diterima dan tercatat di log');
    expect(await page.getByTestId('receipt-index').textContent()).toMatch(/^\d+$/);

    const after = await publicGet<TpsView>(demo, `/api/tps/${tps}`);
    const form = after.contests.find((c) => c.contest.id === MAYOR)?.history[0]?.form;
    expect(form?.votes).toEqual({ [pairIds[0]!]: 120, [pairIds[1]!]: 70, [pairIds[2]!]: 30 });
    expect(form?.images).toEqual([createHash('sha256').update(PNG).digest('hex')]);
    expect(errors.filter((e) => !OFFLINE_NOISE.test(e))).toEqual([]);
    await context.close();
  });
});
