/**
 * The answers the web reads, from the run's demo server, parse with the
 * schemas of src/api that the web derives its types from: a field the web
 * relies on that the server does not send (or sends with another type)
 * fails here rather than in a browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import { KeyAnswer, ReceiptAnswer, RecapAnswer, SessionResult } from '../../src/api/console/index.js';
import {
  ContestDetail,
  ContestList,
  ElectionList,
  RegionDetail,
  RegionList,
  ResultsAnswer,
  TimetableAnswer,
  TpsAnswer,
} from '../../src/api/portal/index.js';
import { describeBrowser, sharedDemo } from './support/browser.js';
import type { DemoServer } from './support/browser.js';

const MAYOR = 'pilkada2024-pkwkk-3579';

describeBrowser('API answers against src/api', () => {
  let demo: DemoServer;
  beforeAll(() => {
    demo = sharedDemo();
  });

  /** GET `path` and parse it with `schema`, listing every issue. */
  async function answer<S extends z.ZodType>(
    schema: S,
    path: string,
    init: RequestInit = {},
  ): Promise<z.infer<S>> {
    const r = await fetch(`${demo.baseUrl}${path}`, init);
    expect(r.status, path).toBe(200);
    const parsed = schema.safeParse(await r.json());
    expect(parsed.error?.issues ?? [], path).toEqual([]);
    return parsed.data as z.infer<S>;
  }

  it("parses the portal's answers", async () => {
    expect((await answer(ElectionList, '/api/elections')).data.length).toBeGreaterThan(0);
    expect((await answer(ContestList, '/api/contests')).data.map((c) => c.id)).toContain(MAYOR);
    expect((await answer(ContestDetail, `/api/contests/${MAYOR}`)).data.pairs.length).toBeGreaterThan(1);
    expect((await answer(RegionList, '/api/regions')).data.length).toBeGreaterThan(30);
    expect((await answer(RegionDetail, '/api/regions/3579')).data.region.code).toBe('3579');
    const city = await answer(ResultsAnswer, `/api/results/${MAYOR}`);
    expect(city.data.children.length).toBeGreaterThan(0);
    expect(city.data.outcome?.kind).toBeDefined();
    const village = await answer(ResultsAnswer, `/api/results/${MAYOR}/3579011001`);
    expect(village.data.children.every((c) => c.level === 'tps')).toBe(true);
    const tps = await answer(TpsAnswer, '/api/tps/3579011001003');
    expect(tps.data.contests.find((c) => c.contest.id === MAYOR)?.history.length).toBeGreaterThan(0);
    const timetable = await answer(TimetableAnswer, '/api/elections/pilkada2024/timetable');
    expect(timetable.data.stages.length).toBeGreaterThan(0);
  });

  it("parses the console's answers", async () => {
    const recap = await answer(RecapAnswer, `/api/recaps/${MAYOR}/357901`);
    expect(recap.data.children.length).toBeGreaterThan(0);
    const { username, password } = demo.account('demo.kpps');
    const login = await fetch(`${demo.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    expect(SessionResult.safeParse(await login.json()).error?.issues ?? []).toEqual([]);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const session = await answer(SessionResult, '/api/auth/session', { headers: { cookie } });
    expect(session.data.account.username).toBe(username);

    const keys = JSON.parse(readFileSync(join(demo.dataDir, 'demo-keys.json'), 'utf8')) as {
      keys: { username: string; keyId: string }[];
    };
    const keyId = keys.keys.find((k) => k.username === username)?.keyId ?? '';
    expect((await answer(KeyAnswer, `/api/keys/${keyId}`)).data.role).toBe('kpps');
    const receipt = await fetch(`${demo.baseUrl}/api/receipts/${recap.data.signed?.index ?? 1}`);
    expect([200, 202]).toContain(receipt.status);
    expect(ReceiptAnswer.safeParse(await receipt.json()).error?.issues ?? []).toEqual([]);
  });
});
