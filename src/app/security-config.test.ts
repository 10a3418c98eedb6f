import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/index.js';
import { loadSecurityConfig } from './security-config.js';

describe('loadSecurityConfig', () => {
  it('has safe defaults and reads every setting', () => {
    expect(loadSecurityConfig({}, false)).toMatchObject({ demo: false, trustProxy: false });
    const c = loadSecurityConfig(
      {
        SAKSI_TRUST_PROXY: '10.0.0.1, 10.0.0.2',
        SAKSI_RATE_LOGIN: '6',
        SAKSI_LOCKOUT_MINUTES: '30',
        SAKSI_SESSION_HOURS: '8',
      },
      true,
    );
    expect(c).toMatchObject({ demo: true, trustProxy: '10.0.0.1, 10.0.0.2' });
    expect(c.rateLimits?.loginPerIp.limit).toBe(6);
    expect(c.rateLimits?.loginPerAccount.limit).toBe(3);
    expect(c.auth?.lockoutMs).toBe(30 * 60_000);
    expect(c.auth?.sessionTtlMs).toBe(8 * 3_600_000);
  });
  it('trusts X-Forwarded-For from any client only in the demo; otherwise only the proxies named', () => {
    expect(loadSecurityConfig({ SAKSI_TRUST_PROXY: '1' }, true)).toMatchObject({ trustProxy: true });
    expect(() => loadSecurityConfig({ SAKSI_TRUST_PROXY: 'true' }, false)).toThrowError(/any client/);
    expect(loadSecurityConfig({ SAKSI_TRUST_PROXY: '127.0.0.1,10.0.0.0/8' }, false)).toMatchObject({
      trustProxy: '127.0.0.1,10.0.0.0/8',
    });
  });

  it('lists every problem at once', () => {
    try {
      loadSecurityConfig(
        { SAKSI_TRUST_PROXY: 'everyone', SAKSI_RATE_WRITE: '-3', SAKSI_LOCKOUT_ATTEMPTS: 'many' },
        false,
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).problems).toHaveLength(3);
    }
  });
});
