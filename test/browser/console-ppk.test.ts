/**
 * A PPK signs the D.Hasil Kecamatan of 357901 in the officer console. The
 * form.dhasil handler (src/core/recap/dhasil.ts) wants exactly the children
 * that reported listed, and figures equal to their sum unless a correction
 * recorded in the D.Hasil covers the difference; TPS that never reported are
 * not required, so the demo data (one TPS in twenty, and the demo KPPS's, still
 * counting) allows it. The PPK records two corrections with reasons (one vote
 * moved between pairs in the first village), signs, and the recap API shows the
 * D.Hasil on the log; the KPU kab/kota then sees the kecamatan as signed.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RecapFigures } from '../../src/core/forms/index.js';
import {
  describeBrowser,
  connectBrowser,
  newPage,
  screenshots,
  pristineDemoServer,
} from './support/browser.js';
import type { DemoServer } from './support/browser.js';
import { demoKey, importKeyUi, publicGet, signInUi } from './support/officers.js';

const MAYOR = 'pilkada2024-pkwkk-3579';
const DISTRICT = '357901';

interface Recap {
  pairIds: string[];
  children: Array<{ code: string; figures: RecapFigures }>;
  signed: {
    index: number;
    dhasil: { votes: Record<string, number>; corrections: unknown[]; children: string[] };
  } | null;
}

describeBrowser('officer console: PPK recap', () => {
  let demo: DemoServer;
  let browser: Browser;
  beforeAll(async () => {
    // Its own copy of the demo, not the shared server: it signs the D.Hasil that locks kecamatan 357901.
    demo = await pristineDemoServer();
    browser = await connectBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('records corrections with reasons and signs the D.Hasil Kecamatan', async () => {
    const before = await publicGet<Recap>(demo, `/api/recaps/${MAYOR}/${DISTRICT}`);
    expect(before.signed).toBeNull();
    const [p1, p2] = before.pairIds as [string, string];
    const first = before.children[0] as Recap['children'][number];
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await signInUi(page, demo, 'demo.ppk.batu');
    await importKeyUi(page, demoKey(demo, 'demo.ppk.batu'));
    await page.getByRole('link', { name: 'Rekapitulasi' }).click();
    await page.getByLabel('Pemilihan').selectOption(MAYOR);
    const rows = page.getByTestId('recap-children').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(before.children.length);

    const corrections: Array<[string, number]> = [
      [`votes.${p1}`, (first.figures.votes[p1] ?? 0) + 1],
      [`votes.${p2}`, (first.figures.votes[p2] ?? 0) - 1],
    ];
    for (const [i, [field, value]] of corrections.entries()) {
      await page.getByRole('button', { name: 'Tambah pembetulan' }).click();
      const row = page.getByTestId('correction').nth(i);
      await row.getByLabel('Wilayah').selectOption(first.code);
      await row.getByLabel('Isian').selectOption(field);
      await row.getByLabel('Angka baru').fill(String(value));
      await row.getByLabel('Alasan').fill('Keberatan saksi diterima pleno: satu suara tertukar');
    }
    const total = (id: string) => before.children.reduce((a, c) => a + (c.figures.votes[id] ?? 0), 0);
    await expect
      .poll(() => page.getByTestId(`dhasil-votes-${p1}`).textContent())
      .toBe((total(p1) + 1).toLocaleString('id-ID'));
    expect(await page.getByTestId('recap-problems').count()).toBe(0);
    await screenshots(page, 'console-ppk-recap');
    await page.getByTestId('recap-sign').click();
    await expect
      .poll(() => page.getByTestId('recap-signed').textContent(), { timeout: 15_000 })
      .toContain('entri');

    const after = await publicGet<Recap>(demo, `/api/recaps/${MAYOR}/${DISTRICT}`);
    expect(after.signed?.dhasil.corrections).toHaveLength(2);
    expect(after.signed?.dhasil.children).toEqual(before.children.map((c) => c.code));
    expect(after.signed?.dhasil.votes[p1]).toBe(total(p1) + 1);
    expect(after.signed?.dhasil.votes[p2]).toBe(total(p2) - 1);
    expect(errors).toEqual([]);
    await context.close();

    // The KPU kab/kota's recap takes the signed kecamatan as its child.
    const kpu = await browser.newContext();
    const seen = await newPage(kpu);
    await signInUi(seen.page, demo, 'demo.kpu.batu');
    await seen.page.getByRole('link', { name: 'Rekapitulasi' }).click();
    await seen.page.getByLabel('Pemilihan').selectOption(MAYOR);
    await expect
      .poll(() => seen.page.getByTestId('recap-children').textContent())
      .toContain(`D.Hasil ditandatangani (entri ${after.signed?.index})`);
    await screenshots(seen.page, 'console-kpu-recap');
    expect(seen.errors).toEqual([]);
    await kpu.close();
  });
});
