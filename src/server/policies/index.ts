/** Every action the server knows, by entity. A route names one; the tables decide. */
import { ACCOUNT_POLICIES } from './accounts.js';
import { AUDIT_POLICIES } from './audit.js';
import { AUTH_POLICIES } from './auth.js';
import { FORM_POLICIES } from './forms.js';
import { KERAWANAN_POLICIES } from './kerawanan.js';
import { LOGISTICS_POLICIES } from './logistics.js';
import { SUPERVISION_POLICIES } from './supervision.js';
import { TOKEN_POLICIES } from './tokens.js';
import type { ActionPolicy } from './policy.js';

export const POLICIES = {
  ...ACCOUNT_POLICIES,
  ...AUTH_POLICIES,
  ...TOKEN_POLICIES,
  ...AUDIT_POLICIES,
  ...FORM_POLICIES,
  ...SUPERVISION_POLICIES,
  ...KERAWANAN_POLICIES,
  ...LOGISTICS_POLICIES,
} as const satisfies Record<string, ActionPolicy>;

export type Action = keyof typeof POLICIES;

export { decide, everyRole } from './policy.js';
export type { ActionPolicy, DecideOptions, Rule, Target } from './policy.js';
