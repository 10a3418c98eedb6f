/**
 * vitest globalSetup of the browser project: the demo election is generated
 * once per run, into a pristine template directory; one demo server (on a
 * copy of it) and one Chromium serve every browser test file, started in
 * vitest's main process before the first file and stopped after the last.
 * The files reach them through `inject('browserRun')` (./browser.ts:
 * `sharedDemo()`, `connectBrowser()`, `pristineDemoServer()`). Where Chromium
 * or the built UI is missing nothing starts: the files skip.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { LAUNCH, browserMissing, startDemoServer } from './browser.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (browserMissing() !== null) {
    project.provide('browserRun', null);
    return async () => undefined;
  }
  const started = Date.now();
  const chrome = chromium.launchServer(LAUNCH);
  const template = mkdtempSync(join(tmpdir(), 'saksi-browser-template-'));
  // Generate the demo once, then leave the template untouched: the shared server runs on a copy.
  await (await startDemoServer(template)).close();
  const sharedDir = mkdtempSync(join(tmpdir(), 'saksi-browser-shared-'));
  cpSync(template, sharedDir, { recursive: true });
  const demo = await startDemoServer(sharedDir);
  const browser = await chrome;
  console.info(`browser run: demo and Chromium up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('browserRun', {
    baseUrl: demo.baseUrl,
    dataDir: demo.dataDir,
    templateDir: template,
    wsEndpoint: browser.wsEndpoint(),
  });
  return async () => {
    await browser.close();
    await demo.close();
    rmSync(sharedDir, { recursive: true, force: true });
    rmSync(template, { recursive: true, force: true });
  };
}
