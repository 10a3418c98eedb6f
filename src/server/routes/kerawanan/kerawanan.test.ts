/**
 * The vulnerability mapping through the HTTP app: PTPS and Panwascam enter
 * TPS assessments in scope, the server scores them, bad entries are refused
 * with a code and change nothing, KPU reads the map but cannot write it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHarness } from '../../../../test/support/auth.js';
import type { AuthHarness } from '../../../../test/support/auth.js';
import { TPS_2024, indicatorsOf } from '../../../core/kerawanan/index.js';

let h: AuthHarness;
let tps: string[];
const tokens: Record<string, string> = {};
const none = Object.fromEntries(indicatorsOf(TPS_2024).map((x) => [x.id, false]));

beforeAll(async () => {
  h = await authHarness();
  const villages = await h.t.store.regions.children('357901' as never);
  const first = villages[0]?.code as string;
  tps = (await h.t.store.tps.inVillage(first as never)).map((t) => t.code);
  for (const [name, role, scope] of [
    ['ptps', 'ptps', tps[0]],
    ['panwascam', 'panwascam', '357901'],
    ['kpu', 'kpu-kabkota', '3579'],
  ] as const)
    tokens[name] = await h.bearer(await h.account(role, scope as string, { totp: role === 'kpu-kabkota' }));
});
afterAll(() => h.close());

const call = (as: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  h.inject({
    method,
    url,
    headers: { authorization: `Bearer ${tokens[as]}` },
    ...(payload === undefined ? {} : { payload }),
  });

const entry = (region: string, answers: Record<string, boolean> = {}) => ({
  instrumentId: 'tps-2024',
  region,
  answers: { ...none, ...answers },
  assessedOn: '2024-11-20',
  evidence: 'Rumah tim pemenangan paslon 2 berjarak 50 m dari TPS',
});

describe('vulnerability mapping', () => {
  it('scores entries on the server and maps the kecamatan: bands, heat table, TPS per indicator', async () => {
    const a = await call(
      'ptps',
      'POST',
      '/api/kerawanan/entries',
      entry(tps[0] as string, { 'near-candidate': true }),
    );
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json().data).toMatchObject({
      score: 1,
      band: 'medium',
      flagged: ['near-candidate'],
      createdRole: 'ptps',
      instrumentVersion: 1,
    });
    const b = await call(
      'panwascam',
      'POST',
      '/api/kerawanan/entries',
      entry(tps[1] as string, { 'hard-to-reach': true, 'no-power': true, 'no-internet': true }),
    );
    expect(b.json().data).toMatchObject({ score: 3, band: 'high' });
    const map = await call('kpu', 'GET', '/api/kerawanan/summary?region=357901');
    expect(map.statusCode, map.body).toBe(200);
    const s = map.json().data;
    expect(s).toMatchObject({ assessed: 2, bands: { high: 1, medium: 1, low: 0 } });
    expect(s.children).toHaveLength(1);
    expect(s.children[0]).toMatchObject({
      region: (tps[0] as string).slice(0, 10),
      variables: { location: 2, 'power-internet': 1 },
    });
    expect(s.byIndicator['near-candidate']).toEqual([tps[0]]);
    const list = await call('panwascam', 'GET', '/api/kerawanan/entries?band=high');
    expect(list.json().data.map((e: { region: string }) => e.region)).toEqual([tps[1]]);
    const csv = await call('panwascam', 'GET', '/api/kerawanan/entries/export?format=csv');
    expect(csv.body).toContain('near-candidate');
    expect((await call('kpu', 'GET', '/api/kerawanan/instruments')).json().data[0]).toMatchObject({
      id: 'tps-2024',
    });
  });

  it('refuses bad entries with a code and records nothing', async () => {
    const before = (await call('panwascam', 'GET', '/api/kerawanan/entries')).json().data.length;
    const cases: Array<[string, object, number, string]> = [
      ['ptps', entry(tps[0] as string, { 'near-mosque': true }), 400, 'KERAWANAN_INDICATOR_UNKNOWN'],
      ['ptps', { ...entry(tps[0] as string), assessedOn: '2024-12-01' }, 400, 'DATE_IN_FUTURE'],
      ['ptps', { ...entry(tps[0] as string), instrumentVersion: 7 }, 400, 'KERAWANAN_INSTRUMENT_UNKNOWN'],
      ['panwascam', entry('357901'), 400, 'KERAWANAN_LEVEL_MISMATCH'],
      ['ptps', entry(tps[1] as string), 403, 'SCOPE_FORBIDDEN'],
      ['kpu', entry(tps[0] as string), 403, 'ROLE_FORBIDDEN'],
      ['ptps', { ...entry(tps[0] as string), score: 0 }, 400, 'FIELD_UNKNOWN'],
    ];
    for (const [as, body, status, code] of cases) {
      const r = await call(as, 'POST', '/api/kerawanan/entries', body);
      expect([r.statusCode, r.json().error.code], JSON.stringify(body)).toEqual([status, code]);
    }
    expect((await call('panwascam', 'GET', '/api/kerawanan/entries')).json().data).toHaveLength(before);
  });
});
