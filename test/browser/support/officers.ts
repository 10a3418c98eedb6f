/**
 * Helpers for the officer console's browser tests: the demo officers' signing
 * keys (DATA_DIR/demo-keys.json), statements signed in Node with them, an API
 * session for putting statements in place, and the console's sign-in and key
 * import done through the UI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { nobleCrypto, nobleSignerFromSkey } from '../../../src/core/log/crypto-noble.js';
import { decodeUtf8 } from '../../../src/core/log/encoding.js';
import { sealStatement } from '../../../src/core/statements/index.js';
import type { Envelope } from '../../../src/core/statements/index.js';
import type { DemoKey } from '../../../src/demo/forms.js';
import type { DemoServer } from './browser.js';

export function demoKey(demo: DemoServer, username: string): DemoKey {
  const file = JSON.parse(readFileSync(join(demo.dataDir, 'demo-keys.json'), 'utf8')) as { keys: DemoKey[] };
  const key = file.keys.find((k) => k.username === username);
  if (key === undefined) throw new Error(`no demo key for ${username}`);
  return key;
}

/** A statement signed with an skey, as the API takes it. */
export function signed(skey: string, type: string, body: unknown): Envelope {
  const { signer } = nobleSignerFromSkey(skey);
  return JSON.parse(decodeUtf8(sealStatement(nobleCrypto, signer, type, body)) ?? 'null') as Envelope;
}

export interface ApiSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<{ status: number; body: T }>;
}

/** Sign in over HTTP as a demo account (cookie and CSRF token kept). */
export async function apiSession(demo: DemoServer, username: string): Promise<ApiSession> {
  const { password } = demo.account(username);
  const login = await fetch(`${demo.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(login.status).toBe(200);
  const csrf = ((await login.json()) as { data: { csrfToken: string } }).data.csrfToken;
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return {
    async get<T>(path: string) {
      const r = await fetch(`${demo.baseUrl}${path}`, { headers: { cookie } });
      return (await r.json()) as T;
    },
    async post<T>(path: string, body: unknown) {
      const r = await fetch(`${demo.baseUrl}${path}`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: r.status, body: (await r.json()) as T };
    },
  };
}

export async function publicGet<T>(demo: DemoServer, path: string): Promise<T> {
  const r = await fetch(`${demo.baseUrl}${path}`);
  return ((await r.json()) as { data: T }).data;
}

/** Sign in through the console's form. */
export async function signInUi(page: Page, demo: DemoServer, username: string): Promise<void> {
  await page.goto(`${demo.baseUrl}/konsol`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(demo.account(username).password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect.poll(() => page.getByTestId('console-account').textContent()).toContain(username);
}

/** Import the officer's demo key on the key page and see it checked against the log. */
export async function importKeyUi(page: Page, key: DemoKey): Promise<void> {
  await page.getByRole('link', { name: 'Kunci tanda tangan' }).click();
  await page.getByLabel('Kunci privat (format C2SP, PRIVATE+KEY+…)').fill(key.skey);
  await page.getByRole('button', { name: 'Simpan kunci di perangkat ini' }).click();
  await expect.poll(() => page.getByTestId('key-id').textContent()).toBe(key.keyId);
  await expect.poll(() => page.getByTestId('key-check').textContent()).toContain('sesuai dengan peran');
}

export interface TpsView {
  tps: { code: string };
  contests: Array<{
    contest: { id: string; name: string; pairs: Array<{ id: string }> };
    status: string;
    history: Array<{
      index: number;
      hash: string;
      form: { votes: Record<string, number>; images: string[] };
    }>;
    attestations: Array<{ verdict: string; reason?: string; keyId: string }>;
  }>;
}
