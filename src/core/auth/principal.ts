/** Who is making a request: an authenticated account, with how it proved itself. */
import type { Permission } from './permissions.js';
import type { Role } from './roles.js';
import type { Scope } from './scope.js';

export interface Principal {
  readonly accountId: string;
  readonly username: string;
  readonly role: Role;
  readonly scope: Scope;
  /** The candidate pair a saksi represents; null for every other role. */
  readonly pairId: string | null;
  readonly permissions: readonly Permission[];
  readonly totpEnabled: boolean;
  /** A demo account exempt from the TOTP requirement, honoured only on a server run with --demo. */
  readonly demoExempt: boolean;
  /** `session` (browser cookie, CSRF-protected) or `token` (CLI bearer token). */
  readonly via: 'session' | 'token';
  /** Hash of the session or token that authenticated the request. */
  readonly credentialId: string;
}
