/**
 * What Node's HTTP parser refuses before Fastify sees it (issue 16 #7):
 * oversized headers and a garbage request line, sent as raw bytes to a
 * listening server, get the error format with a stable code and the
 * security headers, and the connection is closed.
 */
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestSqlite } from '../../../test/support/stores.js';
import type { TestStore } from '../../../test/support/stores.js';
import { buildApp } from '../app.js';
import { API_CSP } from '../security/headers.js';

let t: TestStore;
let app: FastifyInstance;
let port: number;

beforeAll(async () => {
  t = await openTestSqlite();
  app = await buildApp({ store: t.store, config: { bodyLimit: 64 * 1024, logLevel: 'silent' } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as { port: number }).port;
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

/** Send raw bytes; resolve with everything the server wrote before it closed the connection. */
function raw(bytes: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
    socket.write(bytes);
  });
}

describe('errors below Fastify', () => {
  it('answers oversized headers with 431 HEADERS_TOO_LARGE in the error format, with the security headers', async () => {
    const r = await raw(`GET /api/regions HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20 * 1024)}\r\n\r\n`);
    expect(r.status).toBe(431);
    expect(JSON.parse(r.body)).toEqual({
      error: { code: 'HEADERS_TOO_LARGE', message: 'Kepala permintaan terlalu besar.', field: 'headers' },
    });
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.headers['content-length']).toBe(String(Buffer.byteLength(r.body)));
    expect(r.headers['content-security-policy']).toBe(API_CSP);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['connection']).toBe('close');
  });

  it('answers a garbage request line with 400 REQUEST_MALFORMED, and the server goes on', async () => {
    const r = await raw('NOT HTTP AT ALL\r\n\r\n');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error.code).toBe('REQUEST_MALFORMED');
    expect(r.headers['content-security-policy']).toBe(API_CSP);
    const ok = await fetch(`http://127.0.0.1:${port}/api/regions`);
    expect(ok.status).toBe(200);
  });
});
