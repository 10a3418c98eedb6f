/** Self-service: one's own session, password and second factor. Every role, own account only. */
import { ROLE_IDS } from '../../core/auth/index.js';
import { everyRole } from './policy.js';
import type { ActionPolicy } from './policy.js';

const OWN = everyRole('own', ROLE_IDS);

export const AUTH_POLICIES = {
  'auth.session': { write: false, roles: OWN },
  'auth.logout': { write: true, beforeTotp: true, roles: OWN },
  'auth.password.change': { write: true, beforeTotp: true, roles: OWN },
  'auth.totp.enrol': { write: true, beforeTotp: true, roles: OWN },
  'auth.totp.confirm': { write: true, beforeTotp: true, roles: OWN },
} as const satisfies Record<string, ActionPolicy>;
