/**
 * Browser tests: Debian's Chromium (never a downloaded browser) driven by
 * playwright-core, against a real demo server on a loopback port with its own
 * data directory. The demo is generated once per run, and one demo server and
 * one Chromium serve the whole run (./global-setup.ts); a file connects with
 * `sharedDemo()` and `connectBrowser()`. A file whose test needs the election
 * as the demo leaves it (it files the one form the demo leaves open, or signs
 * a D.Hasil that locks a district) runs `pristineDemoServer()`: a server of
 * its own on a copy of the generated data, up in about a second. Where
 * /usr/bin/chromium is missing the tests skip with the reason, except under
 * CI (`CI=true`), where that is a failure. Screenshots go to
 * test-output/screenshots (not committed).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, LaunchOptions, Page } from 'playwright-core';
import { describe, expect, inject, onTestFinished } from 'vitest';
import type { DemoRunningServer } from '../../../src/demo/start.js';
import type { SecurityOptions } from '../../../src/server/security/index.js';
import type { DemoCredential } from '../../../src/demo/accounts.js';

/** What ./global-setup.ts hands the test files: the shared demo server's address and data, and Chromium's. */
export interface SharedRun {
  readonly baseUrl: string;
  readonly dataDir: string;
  /** The demo's data as generated, before any test ran: copied by `pristineDemoServer()`. */
  readonly templateDir: string;
  readonly wsEndpoint: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    browserRun: SharedRun | null;
  }
}

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const CHROMIUM = process.env.SAKSI_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(REPO_ROOT, 'test-output', 'screenshots');
export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1366, height: 900 } as const;

/** `describe` when Chromium and the built UI are present; otherwise skip (or fail under CI). */
export function describeBrowser(name: string, body: () => void): void {
  const missing = browserMissing();
  if (missing === null) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') throw new Error(`${name}: ${missing}; required under CI`);
  console.warn(`skipping ${name}: ${missing}`);
  describe.skip(`${name} (skipped: ${missing})`, body);
}

/** Why the browser tests cannot run here, or null when they can. */
export function browserMissing(): string | null {
  if (!existsSync(CHROMIUM))
    return `Chromium not found at ${CHROMIUM} (apt-get install chromium, or set SAKSI_CHROMIUM)`;
  if (!existsSync(join(REPO_ROOT, 'dist', 'web', 'index.html')))
    return 'the web UI is not built (npm run build)';
  return null;
}

export const LAUNCH: LaunchOptions = {
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
};

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(LAUNCH);
}

function shared(): SharedRun {
  const run = inject('browserRun');
  if (run === null || run === undefined)
    throw new Error("no shared browser run: the browser project's globalSetup did not start one");
  return run;
}

/** The run's Chromium (./global-setup.ts); `close()` disconnects this file only. */
export async function connectBrowser(): Promise<Browser> {
  return chromium.connect(shared().wsEndpoint);
}

/**
 * The run's demo server (./global-setup.ts), shared by every file: tests on it
 * must not depend on state another file may change. `close()` leaves it running.
 */
export function sharedDemo(): DemoServer {
  const { baseUrl, dataDir } = shared();
  return demoServerAt(baseUrl, dataDir, async () => undefined);
}

export interface DemoServer {
  /** The running server, in this process; null for the shared one (it runs in vitest's main process). */
  readonly server: DemoRunningServer | null;
  /** http://127.0.0.1:PORT */
  readonly baseUrl: string;
  readonly dataDir: string;
  /** The demo accounts and their passwords (DATA_DIR/demo-credentials.json). */
  readonly accounts: readonly DemoCredential[];
  account(username: string): DemoCredential;
  close(): Promise<void>;
}

/**
 * A demo server of this file's own on a fresh copy of the run's generated
 * demo: the election exactly as the demo leaves it, whatever other files did
 * to the shared one. The copy is removed on close.
 */
export async function pristineDemoServer(): Promise<OwnDemoServer> {
  const dir = mkdtempSync(join(tmpdir(), 'saksi-browser-'));
  cpSync(shared().templateDir, dir, { recursive: true });
  const demo = await startDemoServer(dir);
  return {
    ...demo,
    async close() {
      await demo.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The start-up, loaded only by a file that starts a server (the others do not
 * pay for compiling the server). The one line that names it: it moves to src/app.
 */
const startUp = () => import('../../../src/demo/start.js');

/** A demo server of this process's own. */
export interface OwnDemoServer extends DemoServer {
  readonly server: DemoRunningServer;
}

const GENEROUS = { limit: 1_000_000, windowMs: 60_000 };

/** A demo server (`saksi serve --demo`) in a fresh data directory, rate limits relaxed for tests. */
export async function startDemoServer(dataDir?: string): Promise<OwnDemoServer> {
  const [{ startDemo }, { loadConfig }] = await Promise.all([
    startUp(),
    import('../../../src/config/index.js'),
  ]);
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'saksi-browser-'));
  const config = loadConfig({}, { dataDir: dir, port: 0, host: '127.0.0.1', demo: true, logLevel: 'silent' });
  const security: Partial<SecurityOptions> = {
    rateLimits: {
      loginPerIp: GENEROUS,
      loginPerAccount: GENEROUS,
      writePerIp: GENEROUS,
      writePerAccount: GENEROUS,
    },
  };
  const server = await startDemo(config, { security });
  const demo = demoServerAt(server.address.replace('://[::1]', '://127.0.0.1'), dir, async () => {
    await server.close();
    if (dataDir === undefined) rmSync(dir, { recursive: true, force: true });
  });
  return { ...demo, server };
}

function demoServerAt(baseUrl: string, dataDir: string, close: () => Promise<void>): DemoServer {
  const file = JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8')) as {
    accounts: DemoCredential[];
  };
  return {
    server: null,
    baseUrl,
    dataDir,
    accounts: file.accounts,
    account(username) {
      const found = file.accounts.find((a) => a.username === username);
      if (found === undefined) throw new Error(`no demo account ${username}`);
      return found;
    },
    close,
  };
}

/**
 * A page that fails the test on any uncaught page error or console error it
 * sees (`ignore`: messages expected in this test, e.g. offline network
 * noise): checked when the test finishes, whether or not it checks `errors`
 * itself. The context is closed then too.
 */
export async function newPage(
  context: BrowserContext,
  options: { ignore?: RegExp } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  onTestFinished(async () => {
    await context.close();
    expect(errors.filter((e) => options.ignore?.test(e) !== true)).toEqual([]);
  });
  return { page, errors };
}

/** Screenshot at phone and desktop widths: test-output/screenshots/<name>-phone.png, -desktop.png. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const [label, size] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true });
  }
  if (original !== null) await page.setViewportSize(original);
}
