/**
 * How the server secures itself. Everything has a safe default; tests lower
 * the rate limits and the argon2 cost, and move the clock.
 */
import { DEFAULT_AUTH_SETTINGS, argon2idHasher } from '../../services/accounts/index.js';
import type { AuthSettings, PasswordHasher } from '../../services/accounts/index.js';
import type { RateLimit } from './rate-limit.js';

export interface RateLimits {
  /** Sign-in and password-reset attempts per client IP. */
  readonly loginPerIp: RateLimit;
  /** Sign-in attempts per username (on top of the lockout). */
  readonly loginPerAccount: RateLimit;
  /** Authenticated writes per client IP. */
  readonly writePerIp: RateLimit;
  /** Writes per account. */
  readonly writePerAccount: RateLimit;
  /** Public filings without an account (violation reports) per client IP; default DEFAULT_INTAKE_LIMIT. */
  readonly intakePerIp?: RateLimit;
}

/** Ten reports an hour from one address: a family or a village office, not a flood. */
export const DEFAULT_INTAKE_LIMIT: RateLimit = { limit: 10, windowMs: 60 * 60_000 };

export interface SecurityOptions {
  /** The server runs with --demo: demo accounts are exempt from the TOTP requirement. */
  readonly demo: boolean;
  /** Fastify's trustProxy: true, or the addresses (comma-separated) of the proxies whose X-Forwarded-* to believe. */
  readonly trustProxy: boolean | string;
  readonly auth: AuthSettings;
  readonly rateLimits: RateLimits;
  readonly hasher: PasswordHasher;
  readonly clock: () => Date;
}

const MINUTE = 60_000;

export const DEFAULT_RATE_LIMITS: RateLimits = {
  loginPerIp: { limit: 20, windowMs: MINUTE },
  loginPerAccount: { limit: 10, windowMs: MINUTE },
  writePerIp: { limit: 600, windowMs: MINUTE },
  writePerAccount: { limit: 300, windowMs: MINUTE },
};

export function securityOptions(given: Partial<SecurityOptions> = {}): SecurityOptions {
  return {
    demo: given.demo ?? false,
    trustProxy: given.trustProxy ?? false,
    auth: given.auth ?? DEFAULT_AUTH_SETTINGS,
    rateLimits: given.rateLimits ?? DEFAULT_RATE_LIMITS,
    hasher: given.hasher ?? argon2idHasher(),
    clock: given.clock ?? (() => new Date()),
  };
}
