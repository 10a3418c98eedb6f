import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { ensureRegionsLoaded } from '../services/regions/load.js';
import { ensureDemo } from '../demo/load.js';
import { openTestSqlite } from '../../test/support/stores.js';
import type { TestStore } from '../../test/support/stores.js';

let t: TestStore;
let app: FastifyInstance;

beforeAll(async () => {
  t = await openTestSqlite();
  await ensureRegionsLoaded(t.store);
  await ensureDemo(t.store, new Date('2024-11-01T00:00:00Z'));
  app = await buildApp({ store: t.store, config: { bodyLimit: 64 * 1024, logLevel: 'silent' } });
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });

describe('regions', () => {
  it('lists the 38 provinces', async () => {
    const r = await get('/api/regions');
    expect(r.statusCode).toBe(200);
    expect(r.json().data).toHaveLength(38);
    expect(r.json().data[0]).toEqual({
      code: '11',
      dotted: '11',
      level: 'province',
      name: 'Aceh',
      parent: null,
      source: 'kemendagri',
    });
  });

  it.each(['35.79', '3579'])('shows Kota Batu (%s) with its parent and 3 kecamatan', async (code) => {
    const r = await get(`/api/regions/${code}`);
    expect(r.statusCode).toBe(200);
    const d = r.json().data;
    expect(d.region.name).toBe('Kota Batu');
    expect(d.parents.map((p: { name: string }) => p.name)).toEqual(['Jawa Timur']);
    expect(d.children.map((c: { dotted: string; name: string }) => `${c.dotted} ${c.name}`)).toEqual([
      '35.79.01 Batu',
      '35.79.02 Bumiaji',
      '35.79.03 Junrejo',
    ]);
    expect(d.registry.tps).toBe(302);
  });

  it('lists the TPS of a desa', async () => {
    const r = await get('/api/regions/35.79.01.1001');
    const d = r.json().data;
    expect(d.region.level).toBe('village');
    expect(d.tps.length).toBe(d.registry.tps);
    expect(d.tps[0].code).toMatch(/^3579011001\d{3}$/);
  });

  it('refuses unknown and malformed codes with stable codes, in the asked language', async () => {
    const unknown = await get('/api/regions/99.99');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'REGION_NOT_FOUND', field: 'code' });
    expect(unknown.json().error.message).toMatch(/tidak ditemukan/);
    const bad = await get('/api/regions/35.7x', { 'accept-language': 'en-US,en;q=0.9,id;q=0.5' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('REGION_CODE_INVALID');
    expect(bad.json().error.message).toMatch(/not valid/);
    const tps = await get('/api/regions/3579011001001');
    expect(tps.json().error.code).toBe('REGION_CODE_IS_TPS');
    const long = await get(`/api/regions/${'1'.repeat(300)}`);
    expect(long.statusCode).toBeGreaterThanOrEqual(400);
    expect(long.statusCode).toBeLessThan(500);
  });
});

describe('elections and contests', () => {
  it('lists the demo election and the contests that concern Kota Batu', async () => {
    expect((await get('/api/elections')).json().data.map((e: { id: string }) => e.id)).toEqual([
      'pilkada2024',
    ]);
    const r = await get('/api/contests?region=35.79');
    expect(r.json().data.map((c: { id: string; kind: string }) => `${c.id} ${c.kind}`)).toEqual([
      'pilkada2024-pkwkp-35 governor',
      'pilkada2024-pkwkk-3579 mayor',
    ]);
  });

  it('shows a contest with its pairs in ballot order, and the kolom kosong', async () => {
    const batu = (await get('/api/contests/pilkada2024-pkwkk-3579')).json().data;
    expect(
      batu.pairs.map((p: { ballotNumber: number; head: string }) => `${p.ballotNumber} ${p.head}`),
    ).toEqual(['1 Nurochman', '2 Firhando Gumelar', '3 Kris Dayanti']);
    expect(batu.singlePair).toBe(false);
    const sby = (await get('/api/contests/pilkada2024-pkwkk-3578')).json().data;
    expect(sby.singlePair).toBe(true);
    expect(sby.pairs[1]).toMatchObject({ emptyColumn: true, ballotNumber: 2 });
    expect((await get('/api/contests/pilkada2024-pkwkk-3325')).json().data.kind).toBe('regent');
  });

  it('refuses unknown contests, unknown regions and unknown query fields', async () => {
    expect((await get('/api/contests/nope')).json().error.code).toBe('CONTEST_NOT_FOUND');
    expect((await get('/api/contests?region=9999')).statusCode).toBe(404);
    const extra = await get('/api/contests?regoin=3579');
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error).toMatchObject({ code: 'FIELD_UNKNOWN' });
  });
});

describe('bad input never crashes', () => {
  const post = (payload: string, contentType = 'application/json') =>
    app.inject({
      method: 'POST',
      url: '/api/regions/lookup',
      payload,
      headers: { 'content-type': contentType },
    });

  it('resolves codes in bulk', async () => {
    const r = await post(JSON.stringify({ codes: ['35.79', '357901', 'x', '99'] }));
    expect(r.statusCode).toBe(200);
    expect(
      r.json().data.map((d: { code: string | null; error?: string }) => [d.code, d.error ?? null]),
    ).toEqual([
      ['3579', null],
      ['357901', null],
      [null, 'REGION_CODE_INVALID'],
      ['99', 'REGION_NOT_FOUND'],
    ]);
  });

  it.each([
    ['malformed JSON', '{"codes": [', 'application/json', 400, 'BODY_MALFORMED_JSON'],
    ['empty JSON', '', 'application/json', 400, 'BODY_EMPTY'],
    ['wrong type', '{"codes": "3579"}', 'application/json', 400, 'FIELD_TYPE'],
    ['missing field', '{}', 'application/json', 400, 'FIELD_REQUIRED'],
    ['unknown field', '{"codes": ["35"], "x": 1}', 'application/json', 400, 'FIELD_UNKNOWN'],
    ['wrong media type', 'codes=35', 'application/x-www-form-urlencoded', 415, 'MEDIA_TYPE_UNSUPPORTED'],
    [
      'oversize body',
      JSON.stringify({ codes: Array(20000).fill('35.79.01') }),
      'application/json',
      413,
      'BODY_TOO_LARGE',
    ],
    [
      'too many items',
      JSON.stringify({ codes: Array(1001).fill('35') }),
      'application/json',
      400,
      'FIELD_RANGE',
    ],
  ])('%s → %i %s', async (_name, payload, type, status, code) => {
    const r = await post(payload, type);
    expect(r.statusCode).toBe(status);
    expect(r.json().error.code).toBe(code);
    expect(typeof r.json().error.message).toBe('string');
    expect(r.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('answers unknown routes with ROUTE_NOT_FOUND', async () => {
    const r = await get('/api/nothing');
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('documentation and health', () => {
  it('serves an OpenAPI document describing the routes', async () => {
    const doc = (await get('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/regions',
        '/api/regions/{code}',
        '/api/contests',
        '/api/contests/{id}',
        '/api/elections',
      ]),
    );
    expect((await get('/api/docs/')).statusCode).toBe(200);
  });
  it('reports health with the database dialect', async () => {
    expect((await get('/healthz')).json()).toMatchObject({ status: 'ok', database: 'sqlite' });
  });
  it('serves a landing page listing the demo contests, escaped', async () => {
    const r = await get('/teks');
    expect(r.headers['content-type']).toMatch(/text\/html/);
    expect(r.body).toContain('Pemilihan Wali Kota dan Wakil Wali Kota Batu');
  });
});
