/** The app shell in a real browser: it loads from the server, switches language and remembers it. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, connectBrowser, newPage, sharedDemo } from './support/browser.js';
import type { DemoServer } from './support/browser.js';

describeBrowser('web shell', () => {
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

  it('loads in Indonesian, switches to English and keeps the choice across a reload', async () => {
    const context = await browser.newContext();
    const { page, errors } = await newPage(context);
    await page.goto(`${demo.baseUrl}/`);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('id');
    await expect.poll(() => page.getByRole('link', { name: 'Kandidat' }).count()).toBe(1);
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByRole('link', { name: 'Candidates' }).count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
