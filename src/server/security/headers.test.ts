import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { openTestSqlite } from '../../../test/support/stores.js';
import type { TestStore } from '../../../test/support/stores.js';
import { API_CSP, DOCS_CSP } from './headers.js';

let t: TestStore;
let app: FastifyInstance;
let proxied: FastifyInstance;

beforeAll(async () => {
  t = await openTestSqlite();
  const ctx = { store: t.store, config: { bodyLimit: 64 * 1024, logLevel: 'silent' as const } };
  app = await buildApp(ctx);
  proxied = await buildApp(ctx, { security: { trustProxy: true } });
});
afterAll(async () => {
  await app.close();
  await proxied.close();
  await t.dispose();
});

describe('security headers', () => {
  it('sends a deny-all CSP, nosniff, no-referrer and no framing on API answers, errors included', async () => {
    for (const url of ['/api/regions', '/api/nothing', '/api/accounts']) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.headers['content-security-policy']).toBe(API_CSP);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it("keeps the landing page's own CSP and gives swagger-ui one that lets it load its own files", async () => {
    expect((await app.inject({ method: 'GET', url: '/teks' })).headers['content-security-policy']).toMatch(
      /^default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'$/,
    );
    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-security-policy']).toBe(DOCS_CSP);
    expect(DOCS_CSP).toMatch(/frame-ancestors 'none'/);
    // swagger-ui's page loads only same-origin scripts and styles, which the CSP allows.
    const srcs = [...docs.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(srcs.length).toBeGreaterThan(3);
    expect(docs.body).not.toMatch(/<script>(?!\s*<\/script>)/);
    for (const src of srcs) {
      expect(src).not.toMatch(/^https?:/);
      const file = await app.inject({ method: 'GET', url: new URL(src, 'http://x/api/docs/').pathname });
      expect(file.statusCode, src).toBe(200);
    }
    expect((await app.inject({ method: 'GET', url: '/api/docs/json' })).statusCode).toBe(200);
  });

  it('sends HSTS only when the request came over TLS (through a trusted proxy)', async () => {
    const plain = await proxied.inject({ method: 'GET', url: '/api/regions' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const tls = await proxied.inject({
      method: 'GET',
      url: '/api/regions',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(tls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const untrusted = await app.inject({
      method: 'GET',
      url: '/api/regions',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(untrusted.headers['strict-transport-security']).toBeUndefined();
  });

  it('answers undecodable URLs with a stable code and the same headers', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/%zz' });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('URL_MALFORMED');
    expect(r.headers['content-security-policy']).toBe(API_CSP);
  });
});
