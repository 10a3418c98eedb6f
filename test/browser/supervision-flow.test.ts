/**
 * Supervision in a real browser against a demo server: a citizen files a
 * report on /lapor with one evidence file (its SHA-256 shown before sending
 * and matched against the server's), receives a tracking code and follows it;
 * the Bawaslu of Kota Batu signs in on /pengawasan, finds the case, checks,
 * registers, studies and decides it (administrative → recommendation to KPU)
 * and reads the recap; the citizen's tracking page then shows the decision.
 * An oversize evidence file is refused with the server's message beside it.
 */
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, connectBrowser, newPage, screenshots, sharedDemo } from './support/browser.js';
import type { DemoServer } from './support/browser.js';

const OFFICER = 'demo.bawaslu.batu';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const SMALL_PNG = Buffer.concat([PNG_SIGNATURE, Buffer.from('foto amplop di balai desa')]);
/** Over the 1 MiB limit, yet under the intake's body limit: the server's own check answers. */
const HUGE_PNG = Buffer.concat([PNG_SIGNATURE, Buffer.alloc(1024 * 1024 + 4096, 7)]);
/** The browser's log line for the deliberately provoked 413 (Payload Too Large). */
const PROVOKED_413 = /^console: Failed to load resource: the server responded with a status of 413\b/;

async function fillReport(page: Page, baseUrl: string, reporter: string): Promise<void> {
  await page.goto(`${baseUrl}/lapor`);
  await page.getByLabel('Provinsi').selectOption('35');
  await page.getByLabel('Kabupaten/kota').selectOption('3579');
  await page.getByLabel('Jenis pelanggaran').selectOption('money-politics');
  await page.getByLabel('Tahapan').selectOption('quiet-period');
  await page.getByLabel('Judul singkat').fill('Pembagian amplop di masa tenang');
  await page.getByLabel('Uraian kejadian').fill('Tim sukses membagikan amplop berisi uang kepada warga.');
  await page.getByLabel('Tempat kejadian').fill('Balai desa Sidomulyo');
  await page.getByLabel('Pihak terlapor').fill('Tim sukses paslon');
  await page.getByLabel('Nama lengkap').fill(reporter);
  await page.getByLabel('Nomor telepon atau email').fill('0812-3456-7890');
}

describeBrowser('supervision: public report, officer handling, recap', () => {
  let demo: DemoServer;
  let browser: Browser;
  let code = '';
  beforeAll(async () => {
    demo = sharedDemo();
    browser = await connectBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('files a report with evidence, hashed in the browser, and tracks it by code', async () => {
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await fillReport(page, demo.baseUrl, 'Siti Aminah');
    await expect.poll(() => page.getByTestId('reporter-privacy').textContent()).toContain('petugas Bawaslu');
    await page.getByTestId('evidence-input').setInputFiles({
      name: 'amplop.png',
      mimeType: 'image/png',
      buffer: SMALL_PNG,
    });
    const sha = createHash('sha256').update(SMALL_PNG).digest('hex');
    await expect.poll(() => page.getByTestId('evidence-sha256').textContent()).toBe(sha);
    await screenshots(page, 'supervision-intake');

    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    const shown = page.getByTestId('tracking-code');
    await expect
      .poll(() => shown.textContent(), { timeout: 15_000 })
      .toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    code = (await shown.textContent()) ?? '';
    expect(await page.getByTestId('ack-late').textContent()).toBe('Diajukan dalam batas 7 hari.');
    expect(await page.locator('.sup-ack ~ ul code').textContent()).toBe(sha);
    await screenshots(page, 'supervision-receipt');

    await page.getByRole('link', { name: 'Lacak laporan ini' }).click();
    await expect.poll(() => page.getByTestId('track-state').textContent()).toBe('Diterima');
    expect(page.url()).toBe(`${demo.baseUrl}/lapor/lacak/${code}`);
    expect(await page.locator('main').textContent()).not.toContain('Siti Aminah');
    await screenshots(page, 'supervision-tracking');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets Bawaslu Kota Batu register and decide the case, and shows the recap', async () => {
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await page.goto(`${demo.baseUrl}/pengawasan`);
    await page.getByLabel('Nama pengguna').fill(OFFICER);
    await page.getByLabel('Kata sandi').fill(demo.account(OFFICER).password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByTestId('sup-account').textContent()).toContain(OFFICER);

    await page.getByLabel('Asal').selectOption('report');
    const row = page.getByTestId('case-list').locator(`tr[data-tracking="${code}"]`);
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('link').click();
    await expect.poll(() => page.getByTestId('case-reporter').textContent()).toContain('Siti Aminah');
    const state = page.getByTestId('case-state');
    expect(await state.textContent()).toBe('Diterima');

    const act = async (button: string, fill: () => Promise<void>, expected: string) => {
      await page.getByRole('button', { name: button, exact: true }).click();
      await fill();
      await page.getByRole('button', { name: 'Simpan tindakan' }).click();
      await expect.poll(() => state.textContent()).toContain(expected);
    };
    await act(
      'Periksa syarat formal dan materiel',
      async () => {
        await page.getByLabel('Syarat formal terpenuhi').check();
        await page.getByLabel('Syarat materiel terpenuhi').check();
      },
      'Diperiksa syarat formal/materiel',
    );
    await act(
      'Registrasi',
      () => page.getByLabel('Nomor registrasi').fill('001/Reg/LP/PW/Kota/16.19/XI/2024'),
      'Diregistrasi',
    );
    expect(await page.getByTestId('case-register-number').textContent()).toBe(
      '001/Reg/LP/PW/Kota/16.19/XI/2024',
    );
    await act('Mulai kajian', async () => undefined, 'Dalam kajian');
    await act(
      'Pelanggaran administrasi: rekomendasi ke KPU',
      () =>
        page
          .getByLabel('Catatan')
          .fill('Terbukti pelanggaran administrasi; direkomendasikan ke KPU Kota Batu.'),
      'Direkomendasikan ke KPU',
    );
    expect(await state.textContent()).toContain('Pelanggaran administrasi');
    expect(await page.getByTestId('case-timeline').locator('li').count()).toBe(5);
    await screenshots(page, 'supervision-case');

    await page.getByRole('link', { name: 'Rekap', exact: true }).click();
    const registered = page.getByTestId('recap-table').locator('tr[data-item="reports-registered"] td');
    await expect.poll(() => registered.textContent()).toBe('1');
    for (const format of ['CSV', 'XLSX', 'PDF']) {
      const href = await page
        .getByTestId('recap-downloads')
        .getByRole('link', { name: format })
        .getAttribute('href');
      const file = await page.request.get(`${demo.baseUrl}${href ?? ''}`);
      expect(file.status(), format).toBe(200);
      expect(file.headers()['content-disposition'], format).toContain('attachment');
    }
    await screenshots(page, 'supervision-recap');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the decision on the citizen’s tracking page and counts only in the public statistics', async () => {
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await page.goto(`${demo.baseUrl}/lapor/lacak`);
    await page.getByLabel('Kode pelacakan').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Lacak' }).click();
    await expect.poll(() => page.getByTestId('track-state').textContent()).toBe('Direkomendasikan ke KPU');
    expect(await page.getByTestId('track-outcome').textContent()).toBe('Pelanggaran administrasi');
    expect(await page.getByTestId('track-timeline').textContent()).not.toContain('Terbukti');

    await page.goto(`${demo.baseUrl}/pengawasan/statistik?region=3579`);
    const registered = page.getByTestId('recap-table').locator('tr[data-item="reports-registered"] td');
    await expect.poll(() => registered.textContent()).toBe('1');
    expect(await page.locator('main').textContent()).not.toContain('Siti Aminah');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses an oversize evidence file with the server’s message beside the file', async () => {
    const context = await browser.newContext();
    const { page, errors } = await newPage(context, { ignore: PROVOKED_413 });
    await fillReport(page, demo.baseUrl, 'Budi Santoso');
    await page.getByTestId('evidence-input').setInputFiles({
      name: 'besar.png',
      mimeType: 'image/png',
      buffer: HUGE_PNG,
    });
    await expect.poll(() => page.getByTestId('evidence-sha256').textContent()).toMatch(/^[0-9a-f]{64}$/);
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    const error = page.getByTestId('evidence-file').getByTestId('evidence-error');
    await expect.poll(() => error.textContent(), { timeout: 15_000 }).toBe('Berkas bukti melebihi 1 MiB.');
    expect(await page.getByTestId('tracking-code').count()).toBe(0);
    await screenshots(page, 'supervision-intake-oversize');
    expect(errors.filter((e) => !PROVOKED_413.test(e))).toEqual([]);
    expect(errors.filter((e) => PROVOKED_413.test(e))).toHaveLength(1);
    await context.close();
  });
});
