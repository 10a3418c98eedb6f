/**
 * Fuzzing the whole HTTP surface: 10,000+ malformed requests built by a
 * seeded PRNG from the app's own route table (random methods, mutated path
 * params and query strings, garbage and hostile JSON bodies, wrong content
 * types, huge and deeply nested bodies, bogus and valid credentials). The
 * server must never answer 5xx, and every error must carry `error.code`.
 */
import type { InjectOptions, RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRng } from '../core/random/index.js';
import type { Rng } from '../core/random/index.js';
import { authHarness, firstTps } from '../../test/support/auth.js';
import type { AuthHarness } from '../../test/support/auth.js';

const REQUESTS = 10_000;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

let h: AuthHarness;
const routes: Array<{ method: string; url: string }> = [];
let credentials: Array<Record<string, string>> = [];
let tps = '';

beforeAll(async () => {
  const high = { limit: 1_000_000, windowMs: 60_000 };
  h = await authHarness({
    security: {
      rateLimits: { loginPerIp: high, loginPerAccount: high, writePerIp: high, writePerAccount: high },
    },
    onRoute: (r: RouteOptions) => {
      for (const method of ([] as string[]).concat(r.method)) routes.push({ method, url: r.url });
    },
  });
  tps = await firstTps(h.t.store, '357901');
  const admin = await h.account('admin', 'national', { totp: true });
  const ppk = await h.account('ppk', '357901');
  const s = await h.session(ppk);
  credentials = [
    {},
    { authorization: `Bearer ${await h.bearer(admin)}` },
    { cookie: s.cookie, 'x-csrf-token': s.csrf },
    { cookie: s.cookie },
    { authorization: 'Bearer saksi_pat_forged' },
    { authorization: 'Basic YWRtaW46YWRtaW4=' },
    { cookie: 'saksi_session=%00%ff; saksi_session=;;;=' },
  ];
});
afterAll(() => h.close());

describe('fuzz', () => {
  it(`answers ${REQUESTS} malformed requests without a 5xx, always with error.code`, async () => {
    const rng = seededRng('saksi-fuzz-1');
    const failures: string[] = [];
    const seen = new Map<string, number>();
    const started = Date.now();
    for (let i = 0; i < REQUESTS; i++) {
      const req = randomRequest(rng);
      const r = await h.inject(req);
      const problem = check(req, r.statusCode, r.body);
      if (problem !== null && failures.length < 20) failures.push(`${req.method} ${req.url}: ${problem}`);
      const key = r.statusCode < 400 ? String(r.statusCode) : errorCode(r.body);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect(failures).toEqual([]);
    // How long it took is printed, not asserted: speed belongs in the benchmarks, and a loaded machine is not a bug.
    console.log(`fuzz: ${REQUESTS} requests in ${Date.now() - started} ms`);
    // The requests reach deep: successes, validation, authentication, authorization and parsing errors.
    for (const code of [
      '200',
      'AUTH_UNAUTHENTICATED',
      'CSRF_FORBIDDEN',
      'ROUTE_NOT_FOUND',
      'BODY_MALFORMED_JSON',
      'BODY_TOO_LARGE',
      'URL_MALFORMED',
    ])
      expect(seen.get(code) ?? 0, code).toBeGreaterThan(0);
    expect(seen.size).toBeGreaterThan(20);
  }, 60_000);
});

function errorCode(body: string): string {
  try {
    return String((JSON.parse(body) as { error?: { code?: unknown } }).error?.code);
  } catch {
    return 'not-json';
  }
}

function check(req: InjectOptions, status: number, body: string): string | null {
  if (status >= 500) return `status ${status}: ${body.slice(0, 200)}`;
  if (status < 400 || req.method === 'HEAD') return null;
  try {
    const parsed = JSON.parse(body) as { error?: { code?: unknown } };
    return typeof parsed.error?.code === 'string' ? null : `no error.code: ${body.slice(0, 200)}`;
  } catch {
    return `not JSON (${status}): ${body.slice(0, 200)}`;
  }
}

function randomRequest(rng: Rng): InjectOptions {
  const route = pick(rng, routes);
  const method = rng.next() < 0.7 ? route.method : pick(rng, METHODS);
  const url = mutatePath(rng, route.url) + randomQuery(rng);
  const headers: Record<string, string> = { ...pick(rng, credentials), ...randomHeaders(rng) };
  const req: InjectOptions = {
    method: method as InjectOptions['method'],
    url,
    headers,
    remoteAddress: randomIp(rng),
  };
  if (method !== 'GET' && method !== 'HEAD' && rng.next() < 0.9) {
    const body = randomBody(rng);
    if (body !== undefined) req.payload = body;
  }
  return req;
}

function mutatePath(rng: Rng, url: string): string {
  return url
    .split('/')
    .map((seg) => {
      if (rng.next() < 0.03) return pick(rng, ['%', '%zz', '%E0%A4%A', '%C0%AF', '..', '%2e%2e', ';x=1']);
      if (!seg.startsWith(':') && seg !== '*')
        return rng.next() < 0.02 ? encodeURIComponent(junk(rng, 8)) : seg;
      return encodeURIComponent(
        pick(rng, [
          tps,
          '35.79',
          '3579011001',
          '00000000-0000-0000-0000-000000000000',
          '../../etc/passwd',
          '%00',
          '',
          '1'.repeat(rng.int(1, 300)),
          junk(rng, rng.int(1, 40)),
          'x/y/z',
          '__proto__',
          'national',
          '-1',
          '1e309',
        ]),
      );
    })
    .join('/');
}

function randomQuery(rng: Rng): string {
  if (rng.next() < 0.5) return '';
  const keys = [
    'lang',
    'region',
    'limit',
    'after',
    'before',
    'role',
    'actor',
    'action',
    'from',
    'to',
    'election',
    'x',
    '__proto__',
  ];
  const values = [
    'en',
    'id',
    '35.79',
    '-1',
    '0',
    '1e9',
    '9999999999999999999999',
    'abc',
    '',
    junk(rng, 12),
    '2024-11-27T00:00:00Z',
    'kpps',
  ];
  const parts = Array.from(
    { length: rng.int(1, 4) },
    () => `${pick(rng, keys)}=${encodeURIComponent(pick(rng, values))}`,
  );
  return `?${parts.join('&')}`;
}

function randomHeaders(rng: Rng): Record<string, string> {
  const out: Record<string, string> = {};
  const type = pick(rng, [
    'application/json',
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=utf-16',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/octet-stream',
    '',
    junk(rng, 10),
  ]);
  if (type !== '') out['content-type'] = type;
  if (rng.next() < 0.2) out['accept-language'] = pick(rng, ['en', 'id;q=0.1,en', junk(rng, 30), ',,;q=abc']);
  if (rng.next() < 0.1) out['x-csrf-token'] = junk(rng, rng.int(0, 300));
  if (rng.next() < 0.05) out['x-forwarded-for'] = junk(rng, 20);
  if (rng.next() < 0.05) out['cookie'] = `saksi_session=${junk(rng, rng.int(0, 300))}`;
  return out;
}

function randomBody(rng: Rng): string | undefined {
  const kind = rng.int(0, 9);
  switch (kind) {
    case 0:
      return undefined;
    case 1:
      return junk(rng, rng.int(0, 200));
    case 2:
      return JSON.stringify({ codes: Array(rng.int(0, 3000)).fill(junk(rng, 5)) }).padEnd(
        rng.int(0, 100_000),
        ' ',
      );
    case 3: {
      const depth = rng.int(100, 20_000);
      return '['.repeat(depth) + ']'.repeat(rng.next() < 0.5 ? depth : depth - 1);
    }
    case 4:
      return '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}},"username":"a","password":"b"}';
    case 5:
      return JSON.stringify(plausible(rng));
    default:
      return JSON.stringify(randomJson(rng, 4));
  }
}

/** Bodies shaped like the real ones, with fields mutated. */
function plausible(rng: Rng): unknown {
  const v = () =>
    pick(rng, [
      randomJson(rng, 2),
      'kpps',
      'national',
      tps,
      'x'.repeat(rng.int(0, 400)),
      -1,
      1e308,
      null,
      true,
    ]);
  return pick(rng, [
    { username: v(), password: v(), totp: v() },
    { username: `fz.${rng.int(0, 1e9)}`, role: v(), scope: v(), password: 'fuzz passphrase 12', pairId: v() },
    { username: `fz.${rng.int(0, 1e9)}`, role: 'kpps', scope: tps, permissions: [v()] },
    { displayName: v(), disabled: v(), permissions: v(), unlock: v(), resetTotp: v() },
    { currentPassword: v(), newPassword: v() },
    { token: v(), newPassword: v() },
    { name: v(), expiresInDays: v() },
    { code: v() },
    { codes: [v(), v()] },
  ]);
}

function randomJson(rng: Rng, depth: number): unknown {
  const k = rng.int(0, depth <= 0 ? 3 : 6);
  if (k === 0) return null;
  if (k === 1) return rng.next() < 0.5;
  if (k === 2) return pick(rng, [0, -1, 1.5, 2 ** 53 + 1, 1e308, -0]);
  if (k === 3) return junk(rng, rng.int(0, 30));
  if (k === 4) return Array.from({ length: rng.int(0, 5) }, () => randomJson(rng, depth - 1));
  return Object.fromEntries(
    Array.from({ length: rng.int(0, 5) }, () => [junk(rng, 6), randomJson(rng, depth - 1)]),
  );
}

const ALPHABET = [...'abcXYZ019 ._-/\\%"\'<>{}[]:;,=&?#\u0000\u00e9\u4e2d\ud83d\ude00'];

function junk(rng: Rng, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[rng.int(0, ALPHABET.length - 1)];
  return s;
}

function randomIp(rng: Rng): string {
  return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[rng.int(0, list.length - 1)] as T;
}
