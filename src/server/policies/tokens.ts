/** CLI bearer tokens: each account manages its own; the admin may revoke anyone's. */
import { ROLE_IDS } from '../../core/auth/index.js';
import { everyRole } from './policy.js';
import type { ActionPolicy } from './policy.js';

const OWN = everyRole('own', ROLE_IDS);

export const TOKEN_POLICIES = {
  'tokens.read': { write: false, roles: OWN },
  'tokens.create': { write: true, roles: OWN },
  'tokens.revoke': { write: true, roles: { ...OWN, admin: 'anywhere' } },
} as const satisfies Record<string, ActionPolicy>;
