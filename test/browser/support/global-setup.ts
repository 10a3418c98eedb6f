/**
 * vitest globalSetup of the browser project: one demo server and one Chromium
 * for the whole run, started in vitest's main process before the first
 * browser test file and stopped after the last. The files reach them through
 * `inject('browserRun')` (./browser.ts: `sharedDemo()`, `connectBrowser()`).
 * Where Chromium or the built UI is missing nothing starts: the files skip.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { LAUNCH, browserMissing, startDemoServer } from './browser.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (browserMissing() !== null) {
    project.provide('browserRun', null);
    return async () => undefined;
  }
  const started = Date.now();
  const [demo, chrome] = await Promise.all([startDemoServer(), chromium.launchServer(LAUNCH)]);
  console.info(`browser run: demo server and Chromium up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('browserRun', {
    baseUrl: demo.baseUrl,
    dataDir: demo.dataDir,
    wsEndpoint: chrome.wsEndpoint(),
  });
  return async () => {
    await chrome.close();
    await demo.close();
  };
}
