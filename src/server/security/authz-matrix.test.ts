/**
 * The authorization matrix: every write route of the app × every role ×
 * in scope / out of scope, checked against the table below — written out by
 * hand, not derived from the policy code. A write route missing from the
 * table (or listed but gone) fails the first test: add each new write route
 * here with its expected outcomes.
 *
 * Cells are two letters, in scope then out of scope: A allowed (2xx), D
 * denied (403). "In scope" targets a TPS in Kota Batu, inside every
 * non-national scope used here; "out of scope" a TPS in Kabupaten Batang
 * (Jawa Tengah), outside all of them. For the token routes "in" is one's own
 * token, "out" another account's.
 */
import type { RouteOptions, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_IDS, base32Decode } from '../../core/auth/index.js';
import type { Role } from '../../core/auth/index.js';
import { CLI, createToken, enrolTotp, toPrincipal } from '../../services/accounts/index.js';
import { PASSWORD, authHarness, firstTps } from '../../../test/support/auth.js';
import type { AuthHarness, TestAccount } from '../../../test/support/auth.js';
import { dispute, violation } from '../../../test/support/supervision.js';
import type { RegionCode } from '../../core/regions/index.js';
import { TPS_2024, indicatorsOf } from '../../core/kerawanan/index.js';

const ACCESS: Record<string, 'public-read' | 'public-credentials' | 'public-intake' | 'guarded'> = {
  'POST /api/regions/lookup': 'public-read',
  'POST /api/auth/login': 'public-credentials',
  'POST /api/auth/password-reset': 'public-credentials',
  'POST /api/accounts': 'guarded',
  'PATCH /api/accounts/:id': 'guarded',
  'POST /api/accounts/:id/password-reset': 'guarded',
  'POST /api/tokens': 'guarded',
  'DELETE /api/tokens/:id': 'guarded',
  'POST /api/auth/logout': 'guarded',
  'POST /api/auth/password': 'guarded',
  'POST /api/auth/totp/enrol': 'guarded',
  'POST /api/auth/totp/confirm': 'guarded',
  'POST /api/forms': 'guarded',
  'POST /api/attestations': 'guarded',
  'POST /api/forms/batch': 'guarded',
  'POST /api/public/supervision/reports': 'public-intake',
  'POST /api/supervision/reports': 'guarded',
  'POST /api/supervision/prevention': 'guarded',
  'POST /api/supervision/apk': 'guarded',
  'POST /api/supervision/cases': 'guarded',
  'POST /api/supervision/cases/:id/transitions': 'guarded',
  'POST /api/supervision/disputes': 'guarded',
  'POST /api/supervision/disputes/:id/transitions': 'guarded',
  'POST /api/kerawanan/entries': 'guarded',
  'POST /api/supervision/cases/:id/erase-personal': 'guarded',
};

const COLUMNS = [
  'POST /api/accounts',
  'PATCH /api/accounts/:id',
  'POST /api/accounts/:id/password-reset',
  'POST /api/tokens',
  'DELETE /api/tokens/:id',
  'POST /api/auth/logout',
  'POST /api/auth/password',
  'POST /api/auth/totp/enrol',
  'POST /api/auth/totp/confirm',
  'POST /api/forms',
  'POST /api/attestations',
  'POST /api/forms/batch',
  'POST /api/supervision/reports',
  'POST /api/supervision/prevention',
  'POST /api/supervision/apk',
  'POST /api/supervision/cases',
  'POST /api/supervision/cases/:id/transitions',
  'POST /api/supervision/disputes',
  'POST /api/supervision/disputes/:id/transitions',
  'POST /api/kerawanan/entries',
  'POST /api/supervision/cases/:id/erase-personal',
] as const;

/**
 * The statement routes: the account only carries a signed statement, whose
 * own validity is judged after authorization (by its signature and key). The
 * harness runs without an election log, so an authorised request reaches the
 * handler and is answered FORMS_UNAVAILABLE (503) or, for a batch, per entry:
 * here "A" means "passed authorization" (neither 401 nor 403). A saksi's pair
 * comes from its signing key's registration; with no key registry in the
 * harness its pair cannot be established, so a saksi is refused (D).
 * Batch relaying needs the relay right, which every actor of this column holds where its role can.
 */
/** Roles that may be granted the relay right at all (the others are refused it at account creation). */
const CAN_HOLD_RELAY: readonly Role[] = [
  'kpu-ri',
  'kpu-provinsi',
  'kpu-kabkota',
  'ppk',
  'pps',
  'bawaslu-ri',
  'bawaslu-provinsi',
  'bawaslu-kabkota',
  'panwascam',
  'pkd',
];

const STATEMENT_COLUMNS: ReadonlySet<string> = new Set([
  'POST /api/forms',
  'POST /api/attestations',
  'POST /api/forms/batch',
]);

// prettier-ignore
const MATRIX = `
                  acc  acc:id  reset  tok  tok:id  logout  passwd  enrol  confirm  forms  attest  batch  rep  prev  apk  case  case:tr  disp  disp:tr  ker  erase
admin             AA   AA      AA     AA   AA      AA      AA      AA     AA       DD     DD      DD  DD   DD   DD   DD   DD   DD   DD   DD   DD
kpu-ri            AA   AA      AA     AA   AD      AA      AA      AA     AA       AA     DD      AA  DD   DD   DD   DD   DD   DD   DD   DD   DD
kpu-provinsi      AD   AD      AD     AA   AD      AA      AA      AA     AA       AD     DD      AA  DD   DD   DD   DD   DD   DD   DD   DD   DD
kpu-kabkota       AD   AD      AD     AA   AD      AA      AA      AA     AA       AD     DD      AA  DD   DD   DD   DD   DD   DD   DD   DD   DD
ppk               AD   AD      AD     AA   AD      AA      AA      AA     AA       AD     DD      AA  DD   DD   DD   DD   DD   DD   DD   DD   DD
pps               AD   AD      AD     AA   AD      AA      AA      AA     AA       DD     DD      AA  DD   DD   DD   DD   DD   DD   DD   DD   DD
kpps              DD   DD      DD     AA   AD      AA      AA      AA     AA       AD     DD      DD  DD   DD   DD   DD   DD   DD   DD   DD   DD
saksi             DD   DD      DD     AA   AD      AA      AA      AA     AA       DD     DD      DD  DD   DD   DD   DD   DD   DD   DD   DD   DD
bawaslu-ri        AA   AA      AA     AA   AD      AA      AA      AA     AA       DD     DD      AA  AA   AA   AA   AA   AA   AA   AA   AA   AA
bawaslu-provinsi  AD   AD      AD     AA   AD      AA      AA      AA     AA       DD     DD      AA  AD   AD   AD   AD   AD   AD   AD   AD   AD
bawaslu-kabkota   AD   AD      AD     AA   AD      AA      AA      AA     AA       DD     DD      AA  AD   AD   AD   AD   AD   AD   AD   AD   AD
panwascam         AD   AD      AD     AA   AD      AA      AA      AA     AA       DD     DD      AA  AD   AD   AD   AD   AD   AD   AD   AD   DD
pkd               DD   DD      DD     AA   AD      AA      AA      AA     AA       DD     DD      AA  AD   AD   AD   AD   DD   DD   DD   AD   DD
ptps              DD   DD      DD     AA   AD      AA      AA      AA     AA       DD     AD      DD  AD   AD   AD   AD   DD   DD   DD   AD   DD
observer          DD   DD      DD     AA   AD      AA      AA      AA     AA       DD     DD      DD  DD   DD   DD   DD   DD   DD   DD   DD   DD
media             DD   DD      DD     AA   AD      AA      AA      AA     AA       DD     DD      DD  DD   DD   DD   DD   DD   DD   DD   DD   DD
`;

type Case = 'in' | 'out';
const EXPECTED = parseMatrix(MATRIX);

let h: AuthHarness;
const routes: RouteOptions[] = [];
let tpsIn = '';
let tpsOut = '';
let scopes: Record<Role, string>;
let n = 0;

beforeAll(async () => {
  const high = { limit: 100_000, windowMs: 60_000 };
  h = await authHarness({
    security: {
      rateLimits: { loginPerIp: high, loginPerAccount: high, writePerIp: high, writePerAccount: high },
    },
    onRoute: (r) => void routes.push(r),
  });
  tpsIn = await firstTps(h.t.store, '357901');
  tpsOut = await firstTps(h.t.store, '3325');
  const village = tpsIn.slice(0, 10);
  scopes = {
    admin: 'national',
    'kpu-ri': 'national',
    'kpu-provinsi': '35',
    'kpu-kabkota': '3579',
    ppk: '357901',
    pps: village,
    kpps: tpsIn,
    saksi: tpsIn,
    'bawaslu-ri': 'national',
    'bawaslu-provinsi': '35',
    'bawaslu-kabkota': '3579',
    panwascam: '357901',
    pkd: village,
    ptps: tpsIn,
    observer: '3579',
    media: 'national',
  };
});
afterAll(() => h.close());

function writeRoutes(): Array<{ key: string; route: RouteOptions }> {
  const out = [];
  for (const route of routes)
    for (const method of ([] as string[]).concat(route.method))
      if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(method))
        out.push({ key: `${method} ${route.url}`, route });
  return out;
}

describe('authorization matrix', () => {
  it('lists every write route of the app, each with its declared access', () => {
    const found = writeRoutes();
    expect(found.map((r) => r.key).sort()).toEqual(Object.keys(ACCESS).sort());
    for (const { key, route } of found) {
      const access = ACCESS[key];
      const config = (route.config ?? {}) as { public?: string; auth?: unknown };
      if (access === 'public-read') expect(config.public, key).toBe('read');
      if (access === 'public-credentials') expect(config.public, key).toBe('credentials');
      if (access === 'public-intake') expect(config.public, key).toBe('intake');
      if (access === 'guarded') expect(config.auth, key).toBeDefined();
    }
    expect(
      Object.keys(ACCESS)
        .filter((k) => ACCESS[k] === 'guarded')
        .sort(),
    ).toEqual([...COLUMNS].sort());
  });

  it.each(COLUMNS)('refuses %s without credentials (401)', async (key) => {
    const r = await h.inject(await requestFor(key, await actor('kpps'), 'kpps', 'in'));
    expect(r.statusCode).toBe(401);
    expect(r.json().error.code).toBe('AUTH_UNAUTHENTICATED');
  });

  it('lets anyone use the public routes: the read-only lookup, sign-in and reset (credentials in the body)', async () => {
    const lookup = await h.inject({
      method: 'POST',
      url: '/api/regions/lookup',
      payload: { codes: ['35.79'] },
    });
    expect(lookup.statusCode).toBe(200);
    const a = await actor('kpps');
    const login = await h.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: a.account.username, password: PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const reset = await h.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token: 'saksi_reset_x', newPassword: 'whatever passphrase' },
    });
    expect(reset.json().error.code).toBe('RESET_TOKEN_INVALID');
  });

  for (const role of ROLE_IDS)
    for (const key of COLUMNS)
      for (const c of ['in', 'out'] as const)
        it(`${role} ${c} scope: ${key} → ${EXPECTED[role][key][c]}`, async () => {
          const a = await actor(role, key);
          const { cookie, csrf } = await h.session(a);
          const req = await requestFor(key, a, role, c);
          const r = await h.inject({
            ...req,
            headers: { ...(req.headers as object), cookie, 'x-csrf-token': csrf },
          });
          const expected = EXPECTED[role][key][c];
          if (expected === 'A' && STATEMENT_COLUMNS.has(key)) {
            expect([401, 403], r.body).not.toContain(r.statusCode);
            if (r.statusCode >= 300) expect(r.json().error.code, r.body).toBe('FORMS_UNAVAILABLE');
          } else if (expected === 'A') {
            expect(r.statusCode, r.body).toBeGreaterThanOrEqual(200);
            expect(r.statusCode, r.body).toBeLessThan(300);
          }
          if (expected === 'D') expect(r.statusCode, r.body).toBe(403);
        });
});

/** A fresh account of the role at its scope; TOTP on where the role needs it, except for the TOTP routes. */
async function actor(role: Role, key = ''): Promise<TestAccount> {
  const totp =
    !key.includes('/totp/') &&
    [
      'admin',
      'kpu-ri',
      'kpu-provinsi',
      'kpu-kabkota',
      'bawaslu-ri',
      'bawaslu-provinsi',
      'bawaslu-kabkota',
    ].includes(role);
  return h.account(role, scopes[role], {
    totp,
    ...(role === 'saksi' ? { pairId: '1000806' } : {}),
    ...(key === 'POST /api/forms/batch' && CAN_HOLD_RELAY.includes(role) ? { permissions: ['relay'] } : {}),
  });
}

/** The role a manager would create: Bawaslu bodies form PTPS, every other role tries a KPPS. */
function childRole(role: Role): Role {
  return role.startsWith('bawaslu') || role === 'panwascam' || role === 'pkd' || role === 'ptps'
    ? 'ptps'
    : 'kpps';
}

async function requestFor(
  key: (typeof COLUMNS)[number],
  a: TestAccount,
  role: Role,
  c: Case,
): Promise<InjectOptions> {
  const tps = c === 'in' ? tpsIn : tpsOut;
  const json = { 'content-type': 'application/json' };
  switch (key) {
    case 'POST /api/accounts':
      return {
        method: 'POST',
        url: '/api/accounts',
        headers: json,
        payload: { username: `m.${++n}`, role: childRole(role), scope: tps, password: PASSWORD },
      };
    case 'PATCH /api/accounts/:id':
      return {
        method: 'PATCH',
        url: `/api/accounts/${(await h.account(childRole(role), tps)).account.id}`,
        headers: json,
        payload: { displayName: 'Diubah' },
      };
    case 'POST /api/accounts/:id/password-reset':
      return {
        method: 'POST',
        url: `/api/accounts/${(await h.account(childRole(role), tps)).account.id}/password-reset`,
      };
    case 'POST /api/tokens':
      return { method: 'POST', url: '/api/tokens', headers: json, payload: { name: 'matrix' } };
    case 'DELETE /api/tokens/:id': {
      const owner = c === 'in' ? a : await h.account('kpps', tpsOut);
      const { record } = await createToken(h.deps, CLI, { accountId: owner.account.id, name: 'matrix' });
      return { method: 'DELETE', url: `/api/tokens/${record.id}` };
    }
    case 'POST /api/auth/logout':
      return { method: 'POST', url: '/api/auth/logout' };
    case 'POST /api/auth/password':
      return {
        method: 'POST',
        url: '/api/auth/password',
        headers: json,
        payload: { currentPassword: PASSWORD, newPassword: 'matrix new passphrase' },
      };
    case 'POST /api/auth/totp/enrol':
      return { method: 'POST', url: '/api/auth/totp/enrol' };
    case 'POST /api/forms':
      return { method: 'POST', url: '/api/forms', headers: json, payload: statement('form.chasil', tps) };
    case 'POST /api/attestations':
      return {
        method: 'POST',
        url: '/api/attestations',
        headers: json,
        payload: statement('form.attestation', tps),
      };
    case 'POST /api/forms/batch':
      return {
        method: 'POST',
        url: '/api/forms/batch',
        headers: json,
        payload: { entries: [statement('form.chasil', tps)] },
      };
    case 'POST /api/supervision/reports':
      return {
        method: 'POST',
        url: '/api/supervision/reports',
        headers: json,
        payload: {
          region: tps,
          stage: 'voting',
          supervisorName: 'Pengawas',
          assignmentLetter: 'ST-01',
          activity: 'direct',
          startedAt: '2024-11-20T01:00:00Z',
          occurredOn: '2024-11-20',
        },
      };
    case 'POST /api/supervision/prevention':
      return {
        method: 'POST',
        url: '/api/supervision/prevention',
        headers: json,
        payload: {
          region: tps,
          stage: 'campaign',
          kind: 'letter',
          addressee: 'Tim kampanye',
          subject: 'Imbauan',
          occurredOn: '2024-11-20',
        },
      };
    case 'POST /api/supervision/apk':
      return {
        method: 'POST',
        url: '/api/supervision/apk',
        headers: json,
        payload: {
          region: tps,
          kind: 'removed',
          place: 'Jalan',
          count: 3,
          pairOrParty: 'Paslon 1',
          occurredOn: '2024-11-20',
        },
      };
    case 'POST /api/supervision/cases':
      return {
        method: 'POST',
        url: '/api/supervision/cases',
        headers: json,
        payload: {
          origin: 'finding',
          region: tps,
          category: 'money-politics',
          title: 'Temuan',
          description: 'Uraian',
          knownOn: '2024-11-20',
        },
      };
    case 'POST /api/supervision/cases/:id/transitions': {
      const id = `matrix-case-${++n}`;
      await h.t.store.supervision.cases.insert(
        violation(id, 'report', 'received', tps as RegionCode, '2024-11-20'),
      );
      return {
        method: 'POST',
        url: `/api/supervision/cases/${id}/transitions`,
        headers: json,
        payload: { action: 'check', formalMet: true, materialMet: true },
      };
    }
    case 'POST /api/supervision/disputes':
      return {
        method: 'POST',
        url: '/api/supervision/disputes',
        headers: json,
        payload: {
          kind: 'psap',
          region: tps,
          applicant: 'Paslon 1',
          respondent: 'Paslon 2',
          subject: 'Sengketa APK',
        },
      };
    case 'POST /api/supervision/disputes/:id/transitions': {
      const id = `matrix-dispute-${++n}`;
      await h.t.store.supervision.disputes.insert({
        ...dispute(id, 'psap', tps as RegionCode, '2024-11-20'),
        state: 'received',
      });
      return {
        method: 'POST',
        url: `/api/supervision/disputes/${id}/transitions`,
        headers: json,
        payload: { action: 'register', registerNumber: 'REG-1' },
      };
    }
    case 'POST /api/supervision/cases/:id/erase-personal': {
      const id = `matrix-erase-${++n}`;
      await h.t.store.supervision.cases.insert(
        violation(id, 'report', 'received', tps as RegionCode, '2024-11-20'),
      );
      return {
        method: 'POST',
        url: `/api/supervision/cases/${id}/erase-personal`,
        headers: json,
        payload: {},
      };
    }
    case 'POST /api/kerawanan/entries':
      return {
        method: 'POST',
        url: '/api/kerawanan/entries',
        headers: json,
        payload: {
          instrumentId: 'tps-2024',
          region: tps,
          answers: Object.fromEntries(indicatorsOf(TPS_2024).map((x) => [x.id, false])),
          assessedOn: '2024-11-20',
        },
      };
    case 'POST /api/auth/totp/confirm': {
      const { secret } = await enrolTotp(h.deps, toPrincipal(a.account, 'token', 'setup'), null);
      return {
        method: 'POST',
        url: '/api/auth/totp/confirm',
        headers: json,
        payload: { code: h.code({ ...a, totpSecret: base32Decode(secret) }) },
      };
    }
  }
}

/** A well-shaped signed statement about a TPS (its signature is judged after authorization). */
function statement(type: string, tps: string) {
  return {
    v: 1,
    type,
    body: { tps, contestId: 'pilkada2024-pkwkk-3579' },
    keyId: '0'.repeat(32),
    sig: `${'A'.repeat(86)}==`,
  };
}

function parseMatrix(text: string): Record<Role, Record<(typeof COLUMNS)[number], Record<Case, 'A' | 'D'>>> {
  const rows = text.trim().split('\n').slice(1);
  const out = {} as Record<Role, Record<(typeof COLUMNS)[number], Record<Case, 'A' | 'D'>>>;
  for (const row of rows) {
    const [role, ...cells] = row.trim().split(/\s+/) as [Role, ...string[]];
    if (cells.length !== COLUMNS.length) throw new Error(`matrix row ${role}: ${cells.length} cells`);
    out[role] = Object.fromEntries(
      COLUMNS.map((col, i) => [col, { in: cells[i]?.[0] as 'A' | 'D', out: cells[i]?.[1] as 'A' | 'D' }]),
    ) as Record<(typeof COLUMNS)[number], Record<Case, 'A' | 'D'>>;
  }
  if (Object.keys(out).sort().join() !== [...ROLE_IDS].sort().join())
    throw new Error('matrix must list every role');
  return out;
}
