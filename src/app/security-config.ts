/**
 * The security settings an operator can give, from environment variables,
 * checked at start-up with every problem listed at once (like config.ts).
 */
import type { SecurityOptions } from '../server/security/index.js';
import { DEFAULT_RATE_LIMITS } from '../server/security/index.js';
import { DEFAULT_AUTH_SETTINGS } from '../services/accounts/index.js';
import { ConfigError } from '../config/index.js';

export const SECURITY_SETTINGS = {
  SAKSI_TRUST_PROXY:
    'the reverse proxies’ addresses (comma-separated) whose X-Forwarded-* to trust; default none. `1` (trust any client) only with --demo',
  SAKSI_RATE_LOGIN: 'sign-in attempts per minute per IP (default 20; half that per username)',
  SAKSI_RATE_WRITE: 'writes per minute per account (default 300; twice that per IP)',
  SAKSI_LOCKOUT_ATTEMPTS:
    'failed sign-ins after which a username, known or not, cools down 1 minute, doubling per further failure (default 5)',
  SAKSI_LOCKOUT_MINUTES: 'the longest cool-down (default 15)',
  SAKSI_SESSION_HOURS: 'longest session (default 12)',
  SAKSI_SESSION_IDLE_MINUTES: 'session ends after this long without a request (default 120)',
} as const;

const MINUTE = 60_000;

export function loadSecurityConfig(
  env: Readonly<Record<string, string | undefined>>,
  demo: boolean,
): Partial<SecurityOptions> {
  const problems: string[] = [];
  const int = (name: keyof typeof SECURITY_SETTINGS, fallback: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (Number.isInteger(n) && n >= 1 && n <= max) return n;
    problems.push(
      `${name} "${raw.slice(0, 40)}" must be a whole number from 1 to ${max}: ${SECURITY_SETTINGS[name]}.`,
    );
    return fallback;
  };
  const login = int('SAKSI_RATE_LOGIN', DEFAULT_RATE_LIMITS.loginPerIp.limit, 100_000);
  const write = int('SAKSI_RATE_WRITE', DEFAULT_RATE_LIMITS.writePerAccount.limit, 1_000_000);
  const auth = {
    ...DEFAULT_AUTH_SETTINGS,
    lockoutAttempts: int('SAKSI_LOCKOUT_ATTEMPTS', DEFAULT_AUTH_SETTINGS.lockoutAttempts, 1000),
    lockoutMs: int('SAKSI_LOCKOUT_MINUTES', DEFAULT_AUTH_SETTINGS.lockoutMs / MINUTE, 10_080) * MINUTE,
    sessionTtlMs:
      int('SAKSI_SESSION_HOURS', DEFAULT_AUTH_SETTINGS.sessionTtlMs / (60 * MINUTE), 720) * 60 * MINUTE,
    sessionIdleMs:
      int('SAKSI_SESSION_IDLE_MINUTES', DEFAULT_AUTH_SETTINGS.sessionIdleMs / MINUTE, 43_200) * MINUTE,
  };
  const trustProxy = parseTrustProxy(env['SAKSI_TRUST_PROXY'] ?? '0', demo, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    demo,
    trustProxy,
    auth,
    rateLimits: {
      loginPerIp: { limit: login, windowMs: MINUTE },
      loginPerAccount: { limit: Math.max(1, Math.floor(login / 2)), windowMs: MINUTE },
      writePerIp: { limit: write * 2, windowMs: MINUTE },
      writePerAccount: { limit: write, windowMs: MINUTE },
    },
  };
}

const PROXY = /^[0-9a-fA-F.:/]+(?:\s*,\s*[0-9a-fA-F.:/]+)*$/;

/**
 * Trusting X-Forwarded-For from anyone lets any client choose its address
 * and escape the per-IP limits (issue 16 #3): only the demo may do that.
 */
function parseTrustProxy(raw: string, demo: boolean, problems: string[]): boolean | string {
  const v = raw.trim().toLowerCase();
  if (['0', 'false', 'no', 'off', ''].includes(v)) return false;
  if (['1', 'true', 'yes', 'on'].includes(v)) {
    if (demo) return true;
    problems.push(
      `SAKSI_TRUST_PROXY "${raw.slice(0, 20)}" would trust X-Forwarded-For from any client, who could then pick its own address and escape the per-IP limits: give the reverse proxies' addresses or CIDRs, e.g. SAKSI_TRUST_PROXY=127.0.0.1,10.0.0.0/8.`,
    );
    return false;
  }
  if (PROXY.test(v)) return v;
  problems.push(`SAKSI_TRUST_PROXY "${raw.slice(0, 60)}": ${SECURITY_SETTINGS.SAKSI_TRUST_PROXY}.`);
  return false;
}
