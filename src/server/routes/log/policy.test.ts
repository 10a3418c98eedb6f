import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../core/log/policy.js';
import { nodeCrypto } from '../../../crypto/node.js';
import { buildApp } from '../../app.js';
import { openLogFixture } from '../../../../test/support/log-fixture.js';
import type { LogFixture } from '../../../../test/support/log-fixture.js';
import { openTestSqlite } from '../../../../test/support/stores.js';
import type { TestStore } from '../../../../test/support/stores.js';

let t: TestStore;
let fixture: LogFixture;
const config = { bodyLimit: 64 * 1024, logLevel: 'silent' } as const;

beforeAll(async () => {
  t = await openTestSqlite();
  fixture = await openLogFixture();
});
afterAll(async () => {
  await fixture.dispose();
  await t.dispose();
});

describe('GET /log/policy.txt', () => {
  let app: FastifyInstance;
  afterAll(async () => app.close());

  it('serves the trust policy verbatim as text, briefly cached', async () => {
    app = await buildApp({ store: t.store, config, log: fixture.log, policy: fixture.policy });
    const r = await app.inject({ url: '/log/policy.txt' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(r.headers['cache-control']).toBe('public, max-age=300');
    expect(r.body).toBe(fixture.policy);
    expect(parsePolicy(nodeCrypto, r.body).quorum).toBe(1);
  });

  it('is absent when the server has no policy', async () => {
    const bare = await buildApp({ store: t.store, config, log: fixture.log });
    expect((await bare.inject({ url: '/log/policy.txt' })).statusCode).toBe(404);
    await bare.close();
  });
});
