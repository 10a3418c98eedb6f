/**
 * The vulnerability mapping: Bawaslu and its ad-hoc bodies enter it within
 * their scope (which level each role maps is core/kerawanan's rule, checked
 * by the service); KPU reads it in scope, for early logistics and for the
 * TPS it should watch. The public sees only what Bawaslu publishes.
 */
import type { ActionPolicy } from './policy.js';
import { SUPERVISORS } from './supervision.js';

export const KERAWANAN_POLICIES = {
  'kerawanan.read': {
    write: false,
    roles: {
      ...SUPERVISORS,
      ppk: 'in-scope',
      'kpu-kabkota': 'in-scope',
      'kpu-provinsi': 'in-scope',
      'kpu-ri': 'in-scope',
    },
  },
  'kerawanan.entry.create': { write: true, roles: SUPERVISORS },
} as const satisfies Record<string, ActionPolicy>;
