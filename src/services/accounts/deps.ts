/** What the account services need, passed in: the store, the hasher, the clock and the settings. */
import type { Store } from '../../store/index.js';
import type { PasswordHasher } from './password-hash.js';

export interface AuthSettings {
  /** A session ends this long after sign-in, whatever happens. */
  readonly sessionTtlMs: number;
  /** A session ends after this long without a request. */
  readonly sessionIdleMs: number;
  /** Failed sign-ins in a row after which a username cools down… */
  readonly lockoutAttempts: number;
  /** …for this long at first (default 1 minute), doubling with each further failure… */
  readonly lockoutBaseMs?: number;
  /** …up to this long. */
  readonly lockoutMs: number;
  /** A password reset token is valid this long. */
  readonly resetTtlMs: number;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  sessionTtlMs: 12 * 60 * 60 * 1000,
  sessionIdleMs: 2 * 60 * 60 * 1000,
  lockoutAttempts: 5,
  lockoutBaseMs: 60 * 1000,
  lockoutMs: 15 * 60 * 1000,
  resetTtlMs: 60 * 60 * 1000,
};

export interface AuthDeps {
  readonly store: Store;
  readonly hasher: PasswordHasher;
  readonly clock: () => Date;
  readonly settings: AuthSettings;
}
