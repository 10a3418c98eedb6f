/**
 * The TPS page's "Verifikasi" button in a real browser: with every /api
 * request blocked after the page loaded, it checks a real (corrected) form
 * against the published log files alone; a tampered hash tile or entry
 * bundle makes it fail with a clear message.
 */
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, connectBrowser, newPage, sharedDemo } from './support/browser.js';
import type { DemoServer } from './support/browser.js';

const TPS = '3579011001003';
const MAYOR = 'pilkada2024-pkwkk-3579';

describeBrowser('portal: verification in the browser', () => {
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

  /** Open the TPS page, then cut it off from /api; returns the API requests tried afterwards. */
  async function openTpsOffline(page: Page): Promise<string[]> {
    await page.goto(`${demo.baseUrl}/tps/${TPS}?pemilihan=${MAYOR}`);
    await page.getByTestId(`record-${MAYOR}`).getByTestId('leaf-hash').waitFor();
    const tried: string[] = [];
    await page.route('**/api/**', (r) => {
      tried.push(r.request().url());
      return r.abort();
    });
    return tried;
  }

  const verifyButton = (page: Page) =>
    page.getByTestId(`record-${MAYOR}`).getByRole('button', { name: 'Verifikasi', exact: true }).first();
  const result = (page: Page) => page.getByTestId(`record-${MAYOR}`).getByTestId('verify-result').first();

  it('proves a corrected form is in the witnessed log from /log files only, and says what that means', async () => {
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    const tried = await openTpsOffline(page);
    const history = page.getByTestId(`record-${MAYOR}`).getByTestId('history');
    expect(await history.locator(':scope > li').count()).toBe(2);
    await verifyButton(page).click();
    await expect.poll(() => result(page).getAttribute('data-ok'), { timeout: 20_000 }).toBe('true');
    const text = (await result(page).textContent()) ?? '';
    expect(text).toContain('Terverifikasi');
    expect(text).toContain('witness.demo/local');
    expect(text).toContain('Bukti inklusi');
    expect(text).toContain('Yang tidak dibuktikan');
    expect(tried).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  /** Flip the first byte of every response matching `pattern`. */
  async function tamper(page: Page, pattern: RegExp): Promise<void> {
    await page.route(pattern, async (route: Route) => {
      const response = await route.fetch();
      const body = Buffer.from(await response.body());
      body[0] = (body[0] ?? 0) ^ 0xff;
      await route.fulfill({ response, body });
    });
  }

  it('fails clearly when a hash tile was tampered with', async () => {
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await openTpsOffline(page);
    await tamper(page, /\/log\/tile\/\d+\//);
    await verifyButton(page).click();
    await expect.poll(() => result(page).getAttribute('data-ok'), { timeout: 20_000 }).toBe('false');
    const text = (await result(page).textContent()) ?? '';
    expect(text).toContain('Verifikasi GAGAL');
    expect(text).toContain('Bukti inklusi tidak cocok dengan akar pohon');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fails clearly when the entry bundle was tampered with', async () => {
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await openTpsOffline(page);
    await tamper(page, /\/log\/tile\/entries\//);
    await verifyButton(page).click();
    await expect.poll(() => result(page).getAttribute('data-ok'), { timeout: 20_000 }).toBe('false');
    expect(await result(page).textContent()).toContain('Verifikasi GAGAL');
    expect(errors).toEqual([]);
    await context.close();
  });
});
