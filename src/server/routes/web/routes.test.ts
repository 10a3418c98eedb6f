import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { openTestSqlite } from '../../../../test/support/stores.js';
import type { TestStore } from '../../../../test/support/stores.js';
import { WEB_CSP } from './routes.js';

let t: TestStore;
let app: FastifyInstance;
let dir: string;
const script = `console.log(${JSON.stringify('x'.repeat(2000))});`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'saksi-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Saksi app</title><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), script);
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  t = await openTestSqlite();
  app = await buildApp(
    { store: t.store, config: { bodyLimit: 64 * 1024, logLevel: 'silent' } },
    { webDir: dir },
  );
});
afterAll(async () => {
  await app.close();
  await t.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('web UI files', () => {
  it('answers every app path with index.html under the app CSP, never cached', async () => {
    for (const url of ['/', '/hasil/pkwkk-3579/3579', '/konsol?x=1', '/tps/3579011001001']) {
      const r = await app.inject({ url });
      expect(r.statusCode, url).toBe(200);
      expect(r.body).toContain('Saksi app');
      expect(r.headers['content-security-policy']).toBe(WEB_CSP);
      expect(r.headers['cache-control']).toBe('no-cache');
    }
  });
  it('serves hashed assets for a year, gzipped when asked', async () => {
    const plain = await app.inject({ url: '/assets/index-abc123.js' });
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-type']).toMatch(/^text\/javascript/);
    expect(plain.body).toBe(script);
    const zipped = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.rawPayload.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(script);
  });
  it('serves top-level files (the service worker) without long caching', async () => {
    const r = await app.inject({ url: '/sw.js' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(r.headers['content-security-policy']).toBe(WEB_CSP);
  });
  it('keeps API, log and missing-asset addresses as JSON 404s, not the app', async () => {
    for (const url of ['/api/nope', '/log/nope', '/sirekap/nope', '/assets/missing.js', '/robots.txt']) {
      const r = await app.inject({ url });
      expect(r.statusCode, url).toBe(404);
      expect(r.json()).toMatchObject({ error: { code: 'ROUTE_NOT_FOUND' } });
    }
  });
  it('still offers the plain text page', async () => {
    const r = await app.inject({ url: '/teks' });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('<h1>Saksi</h1>');
  });
});
