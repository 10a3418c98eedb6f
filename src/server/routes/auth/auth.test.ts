import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, authHarness, firstTps } from '../../../../test/support/auth.js';
import type { AuthHarness } from '../../../../test/support/auth.js';

let h: AuthHarness;
let tps: string;

beforeAll(async () => {
  h = await authHarness({
    security: {
      auth: {
        sessionTtlMs: 3_600_000,
        sessionIdleMs: 1_800_000,
        lockoutAttempts: 3,
        lockoutMs: 600_000,
        resetTtlMs: 600_000,
      },
      rateLimits: {
        loginPerIp: { limit: 1000, windowMs: 60_000 },
        loginPerAccount: { limit: 1000, windowMs: 60_000 },
        writePerIp: { limit: 1000, windowMs: 60_000 },
        writePerAccount: { limit: 1000, windowMs: 60_000 },
      },
    },
  });
  tps = await firstTps(h.t.store, '357901');
});
afterAll(() => h.close());

const json = { 'content-type': 'application/json' };

function login(body: Record<string, unknown>, headers: Record<string, string> = {}, ip = '198.51.100.1') {
  return h.inject({ method: 'POST', url: '/api/auth/login', payload: body, headers, remoteAddress: ip });
}

function cookiesOf(res: { headers: Record<string, unknown> }): {
  session: string;
  csrf: string;
  raw: string[];
} {
  const raw = ([] as string[]).concat((res.headers['set-cookie'] as string | string[] | undefined) ?? []);
  const value = (name: string) =>
    raw
      .find((c) => c.startsWith(`${name}=`))
      ?.split(';')[0]
      ?.slice(name.length + 1) ?? '';
  return { session: value('saksi_session'), csrf: value('saksi_csrf'), raw };
}

const session = (cookie: string) =>
  h.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: `saksi_session=${cookie}` } });

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and returns a CSRF token', async () => {
    const a = await h.account('kpps', tps);
    const r = await login({ username: a.account.username, password: PASSWORD });
    expect(r.statusCode).toBe(200);
    const c = cookiesOf(r);
    expect(c.raw[0]).toMatch(
      /^saksi_session=[A-Za-z0-9_-]{43}; HttpOnly; Path=\/; SameSite=Strict; Max-Age=3600$/,
    );
    expect(c.raw[1]).not.toMatch(/HttpOnly/);
    expect(r.json().data).toMatchObject({
      via: 'session',
      csrfToken: c.csrf,
      account: { role: 'kpps', scope: tps },
    });
    expect(r.json().data.account).not.toHaveProperty('passwordHash');
    expect(r.headers['cache-control']).toBe('no-store');
    expect((await session(c.session)).json().data.account.username).toBe(a.account.username);
  });

  it('marks cookies Secure when the request came over TLS through a trusted proxy', async () => {
    const proxied = await authHarness({ security: { trustProxy: true }, store: h.t });
    try {
      const a = await proxied.account('kpps', tps);
      const r = await proxied.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: a.account.username, password: PASSWORD },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(cookiesOf(r).raw.every((c) => c.endsWith('; Secure'))).toBe(true);
      expect(r.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await proxied.close();
    }
  });

  it('answers the same for an unknown user and a wrong password', async () => {
    const a = await h.account('kpps', tps);
    const wrong = await login({ username: a.account.username, password: 'not the password at all' });
    const unknown = await login({ username: 'nobody.here', password: 'not the password at all' });
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json().error.code).toBe('LOGIN_FAILED_UNAUTHENTICATED');
    expect(unknown.json().error).toEqual(wrong.json().error);
  });
});

describe('session fixation', () => {
  it('issues a new session id at sign-in and revokes the one presented', async () => {
    const attacker = await h.account('kpps', tps);
    const victim = await h.account('kpps', tps);
    const planted = cookiesOf(
      await login({ username: attacker.account.username, password: PASSWORD }),
    ).session;
    expect((await session(planted)).statusCode).toBe(200);
    const r = await login(
      { username: victim.account.username, password: PASSWORD },
      { cookie: `saksi_session=${planted}` },
    );
    const issued = cookiesOf(r).session;
    expect(issued).not.toBe(planted);
    expect((await session(planted)).statusCode).toBe(401);
    expect((await session(issued)).json().data.account.username).toBe(victim.account.username);
  });

  it('never adopts a session id the client chose', async () => {
    const a = await h.account('kpps', tps);
    const chosen = 'A'.repeat(43);
    const r = await login(
      { username: a.account.username, password: PASSWORD },
      { cookie: `saksi_session=${chosen}` },
    );
    expect(cookiesOf(r).session).not.toBe(chosen);
    expect((await session(chosen)).statusCode).toBe(401);
  });
});

describe('CSRF', () => {
  const createToken = (headers: Record<string, string>) =>
    h.inject({
      method: 'POST',
      url: '/api/tokens',
      payload: { name: 'cli' },
      headers: { ...json, ...headers },
    });

  it('refuses a cookie-authenticated write without the token or with a wrong one, accepts the right one', async () => {
    const a = await h.account('kpps', tps);
    const s = await h.session(a);
    const none = await createToken({ cookie: s.cookie });
    expect(none.statusCode).toBe(403);
    expect(none.json().error.code).toBe('CSRF_FORBIDDEN');
    const wrong = await createToken({ cookie: s.cookie, 'x-csrf-token': 'B'.repeat(43) });
    expect(wrong.json().error.code).toBe('CSRF_FORBIDDEN');
    const other = await h.session(a);
    expect((await createToken({ cookie: s.cookie, 'x-csrf-token': other.csrf })).statusCode).toBe(403);
    expect((await createToken({ cookie: s.cookie, 'x-csrf-token': s.csrf })).statusCode).toBe(201);
  });

  it('needs no CSRF token for bearer-token writes, and a bad bearer token never falls back to the cookie', async () => {
    const a = await h.account('kpps', tps);
    const token = await h.bearer(a);
    expect((await createToken({ authorization: `Bearer ${token}` })).statusCode).toBe(201);
    const s = await h.session(a);
    const bad = await createToken({
      authorization: 'Bearer saksi_pat_nope',
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
    });
    expect(bad.statusCode).toBe(401);
  });

  it('lets reads through without a CSRF token', async () => {
    const a = await h.account('kpps', tps);
    const s = await h.session(a);
    expect(
      (await h.inject({ method: 'GET', url: '/api/tokens', headers: { cookie: s.cookie } })).statusCode,
    ).toBe(200);
  });
});

describe('brute force', () => {
  it('rate-limits sign-in per IP and per username', async () => {
    const limited = await authHarness({
      security: {
        rateLimits: {
          loginPerIp: { limit: 3, windowMs: 60_000 },
          loginPerAccount: { limit: 4, windowMs: 60_000 },
          writePerIp: { limit: 100, windowMs: 60_000 },
          writePerAccount: { limit: 100, windowMs: 60_000 },
        },
      },
      store: h.t,
    });
    try {
      const a = await limited.account('kpps', tps);
      const attempt = (ip: string, username = a.account.username) =>
        limited.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username, password: 'wrong password!!' },
          remoteAddress: ip,
        });
      const fromOne = [];
      for (let i = 0; i < 4; i++) fromOne.push((await attempt('203.0.113.1', `someone${i}`)).statusCode);
      expect(fromOne).toEqual([401, 401, 401, 429]);
      const r = await attempt('203.0.113.1');
      expect(r.statusCode).toBe(429);
      expect(r.json().error.code).toBe('RATE_LIMITED');
      const spread = [];
      for (let i = 2; i < 8; i++) spread.push((await attempt(`203.0.113.${i}`)).json().error.code);
      expect(spread.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThan(0);
      limited.clock.advance(60_000);
      expect((await attempt('203.0.113.1', 'someone')).statusCode).toBe(401);
    } finally {
      await limited.close();
    }
  });

  it('locks an account after repeated failures, audits it, and unlocks after the lockout', async () => {
    const a = await h.account('kpps', tps);
    const wrong = () => login({ username: a.account.username, password: 'wrong password!!' });
    expect((await wrong()).json().error.code).toBe('LOGIN_FAILED_UNAUTHENTICATED');
    expect((await wrong()).json().error.code).toBe('LOGIN_FAILED_UNAUTHENTICATED');
    expect((await wrong()).json().error.code).toBe('ACCOUNT_LOCKED_UNAUTHENTICATED');
    const right = await login({ username: a.account.username, password: PASSWORD });
    expect(right.statusCode).toBe(401);
    expect(right.json().error.code).toBe('ACCOUNT_LOCKED_UNAUTHENTICATED');
    const audit = await h.t.store.auth.audit.list({
      action: 'auth.lockout',
      targetId: a.account.id,
      limit: 5,
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ ip: '198.51.100.1', region: tps });
    h.clock.advance(600_001);
    expect((await login({ username: a.account.username, password: PASSWORD })).statusCode).toBe(200);
  });
});

describe('no username oracle', () => {
  it('answers an unknown username exactly as a known one, cool-down included', async () => {
    const a = await h.account('kpps', tps);
    const run = async (username: string) => {
      const out: Array<[number, string]> = [];
      for (let i = 0; i < 4; i++) {
        const r = await login({ username, password: 'wrong password!!' });
        out.push([r.statusCode, r.json().error.code]);
      }
      return out;
    };
    const known = await run(a.account.username);
    const unknown = await run('nobody.here.at.all');
    expect(known).toEqual([
      [401, 'LOGIN_FAILED_UNAUTHENTICATED'],
      [401, 'LOGIN_FAILED_UNAUTHENTICATED'],
      [401, 'ACCOUNT_LOCKED_UNAUTHENTICATED'],
      [401, 'ACCOUNT_LOCKED_UNAUTHENTICATED'],
    ]);
    expect(unknown).toEqual(known);
    // The cool-down is short at first (1 minute here), not the whole lockout.
    h.clock.advance(60_001);
    expect((await login({ username: a.account.username, password: PASSWORD })).statusCode).toBe(200);
  });
});

describe('password change and reset', () => {
  it('changes the password, ends other sessions and rotates the current one', async () => {
    const a = await h.account('kpps', tps);
    const other = await h.session(a);
    const s = await h.session(a);
    const change = (body: Record<string, string>) =>
      h.inject({
        method: 'POST',
        url: '/api/auth/password',
        payload: body,
        headers: { ...json, cookie: s.cookie, 'x-csrf-token': s.csrf },
      });
    expect(
      (await change({ currentPassword: 'wrong password!!', newPassword: 'a brand new passphrase' }))
        .statusCode,
    ).toBe(401);
    expect((await change({ currentPassword: PASSWORD, newPassword: 'short' })).json().error.code).toBe(
      'PASSWORD_LENGTH',
    );
    const ok = await change({ currentPassword: PASSWORD, newPassword: 'a brand new passphrase' });
    expect(ok.statusCode).toBe(200);
    const rotated = cookiesOf(ok);
    expect(rotated.session).not.toBe(s.cookie.split('=')[1]);
    expect((await session(other.cookie.split('=')[1] ?? '')).statusCode).toBe(401);
    expect((await session(s.cookie.split('=')[1] ?? '')).statusCode).toBe(401);
    expect((await session(rotated.session)).statusCode).toBe(200);
    expect((await login({ username: a.account.username, password: PASSWORD })).statusCode).toBe(401);
    expect(
      (await login({ username: a.account.username, password: 'a brand new passphrase' })).statusCode,
    ).toBe(200);
  });

  it('resets a password with a one-time token issued by a higher authority', async () => {
    const ppk = await h.account('ppk', '357901');
    const kpps = await h.account('kpps', tps);
    const bearer = await h.bearer(ppk);
    const issued = await h.inject({
      method: 'POST',
      url: `/api/accounts/${kpps.account.id}/password-reset`,
      headers: { authorization: `Bearer ${bearer}` },
    });
    expect(issued.statusCode).toBe(201);
    const token = issued.json().data.token as string;
    const reset = (newPassword: string) =>
      h.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { token, newPassword } });
    expect((await reset('short')).json().error.code).toBe('PASSWORD_LENGTH');
    expect((await reset('reset passphrase 2024')).statusCode).toBe(204);
    expect((await reset('another passphrase 2024')).json().error.code).toBe('RESET_TOKEN_INVALID');
    expect(
      (await login({ username: kpps.account.username, password: 'reset passphrase 2024' })).statusCode,
    ).toBe(200);
    const late = await h.inject({
      method: 'POST',
      url: `/api/accounts/${kpps.account.id}/password-reset`,
      headers: { authorization: `Bearer ${bearer}` },
    });
    h.clock.advance(600_001);
    const expired = await h.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token: late.json().data.token, newPassword: 'too late passphrase' },
    });
    expect(expired.json().error.code).toBe('RESET_TOKEN_INVALID');
  });

  it('invites: an account created without a password gets a one-time token to set one', async () => {
    const pps = await h.account('pps', tps.slice(0, 10));
    const r = await h.inject({
      method: 'POST',
      url: '/api/accounts',
      payload: { username: 'kpps.invited', role: 'kpps', scope: tps },
      headers: { authorization: `Bearer ${await h.bearer(pps)}` },
    });
    expect(r.statusCode).toBe(201);
    const token = r.json().invitation.token as string;
    expect((await login({ username: 'kpps.invited', password: 'anything at all' })).statusCode).toBe(401);
    await h.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token, newPassword: 'invited passphrase' },
    });
    expect((await login({ username: 'kpps.invited', password: 'invited passphrase' })).statusCode).toBe(200);
  });
});

describe('TOTP', () => {
  it('enrols, refuses a wrong code, confirms, then requires a fresh code at every sign-in', async () => {
    const a = await h.account('kpu-kabkota', '3579');
    const s = await h.session(a);
    const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf };
    const blocked = await h.inject({ method: 'POST', url: '/api/tokens', payload: { name: 'x' }, headers });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('TOTP_ENROLMENT_FORBIDDEN');
    const enrol = await h.inject({ method: 'POST', url: '/api/auth/totp/enrol', headers });
    expect(enrol.statusCode).toBe(201);
    const { secret, uri } = enrol.json().data as { secret: string; uri: string };
    expect(uri).toContain(`secret=${secret}`);
    const withSecret = {
      ...a,
      totpSecret: (await import('../../../core/auth/index.js')).base32Decode(secret),
    };
    const confirm = (code: string) =>
      h.inject({ method: 'POST', url: '/api/auth/totp/confirm', payload: { code }, headers });
    const good = h.code(withSecret);
    const wrongCode = good === '000000' ? '111111' : '000000';
    expect((await confirm(wrongCode)).json().error.code).toBe('TOTP_CODE_INVALID');
    expect((await confirm(good)).statusCode).toBe(204);
    expect(
      (await h.inject({ method: 'POST', url: '/api/tokens', payload: { name: 'x' }, headers })).statusCode,
    ).toBe(201);
    expect((await h.inject({ method: 'POST', url: '/api/auth/totp/enrol', headers })).statusCode).toBe(409);

    const signIn = (totp?: string) =>
      login({ username: a.account.username, password: PASSWORD, ...(totp === undefined ? {} : { totp }) });
    expect((await signIn()).json().error.code).toBe('LOGIN_TOTP_REQUIRED_UNAUTHENTICATED');
    expect((await signIn(wrongCode)).json().error.code).toBe('LOGIN_TOTP_INVALID_UNAUTHENTICATED');
    const replay = await signIn(good);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.message).toMatch(/sudah dipakai/);
    h.clock.advance(30_000);
    const next = h.code(withSecret);
    expect((await signIn(next)).statusCode).toBe(200);
    expect((await signIn(next)).json().error.code).toBe('LOGIN_TOTP_INVALID_UNAUTHENTICATED');
  });

  it('exempts demo accounts from the TOTP requirement only on a --demo server', async () => {
    for (const demo of [false, true]) {
      // A second app over the suite's store (registry already loaded): building a fresh
      // store per case loaded the official regions twice and took ~30 s under load.
      const server = await authHarness({ security: { demo }, store: h.t });
      try {
        const a = await server.account('admin', 'national');
        await server.t.store.auth.accounts.update(a.account.id, {
          demoExempt: true,
          updatedAt: '2024-11-27T01:00:00.000Z',
        });
        const r = await server.inject({
          method: 'POST',
          url: '/api/tokens',
          payload: { name: 'x' },
          headers: { authorization: `Bearer ${await server.bearer(a)}` },
        });
        expect(r.statusCode).toBe(demo ? 201 : 403);
      } finally {
        await server.close();
      }
    }
  });
});

describe('sign-out and disabling', () => {
  it('signs out: clears the cookies and ends the session', async () => {
    const a = await h.account('kpps', tps);
    const s = await h.session(a);
    const r = await h.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    });
    expect(r.statusCode).toBe(204);
    expect(cookiesOf(r).raw[0]).toMatch(/Max-Age=0/);
    expect(
      (await h.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: s.cookie } })).statusCode,
    ).toBe(401);
  });

  it('ends every session and token of a disabled account', async () => {
    const ppk = await h.account('ppk', '357901');
    const kpps = await h.account('kpps', tps);
    const s = await h.session(kpps);
    const token = await h.bearer(kpps);
    const r = await h.inject({
      method: 'PATCH',
      url: `/api/accounts/${kpps.account.id}`,
      payload: { disabled: true },
      headers: { authorization: `Bearer ${await h.bearer(ppk)}` },
    });
    expect(r.json().data.disabled).toBe(true);
    expect(
      (await h.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: s.cookie } })).statusCode,
    ).toBe(401);
    expect(
      (await h.inject({ method: 'GET', url: '/api/tokens', headers: { authorization: `Bearer ${token}` } }))
        .statusCode,
    ).toBe(401);
    expect((await login({ username: kpps.account.username, password: PASSWORD })).statusCode).toBe(401);
  });

  it('expires idle sessions', async () => {
    const a = await h.account('kpps', tps);
    const s = await h.session(a);
    h.clock.advance(1_800_001);
    expect(
      (await h.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: s.cookie } })).statusCode,
    ).toBe(401);
  });
});
