/**
 * Result forms (for the form routes to come). The target region is the
 * form's TPS or recap region.
 * - `forms.submit`: the KPPS of the TPS (C.Hasil); PPK and KPU at their
 *   recap level (D.Hasil).
 * - `forms.attest`: the saksi of a pair (for that pair only) and the PTPS.
 * - `forms.relay`: upload statements signed by others (a PPK's batch upload,
 *   an offline device syncing) — needs the explicit `relay` right on the
 *   account, granted by a higher authority. A relayed form is valid by its
 *   signature, not by the account that carried it.
 */
import type { ActionPolicy } from './policy.js';

export const FORM_POLICIES = {
  'forms.submit': {
    write: true,
    roles: {
      kpps: 'in-scope',
      ppk: 'in-scope',
      'kpu-kabkota': 'in-scope',
      'kpu-provinsi': 'in-scope',
      'kpu-ri': 'in-scope',
    },
  },
  'forms.attest': { write: true, roles: { saksi: 'own-pair', ptps: 'in-scope' } },
  'forms.relay': {
    write: true,
    permission: 'relay',
    roles: {
      'kpu-ri': 'in-scope',
      'kpu-provinsi': 'in-scope',
      'kpu-kabkota': 'in-scope',
      ppk: 'in-scope',
      pps: 'in-scope',
      'bawaslu-ri': 'in-scope',
      'bawaslu-provinsi': 'in-scope',
      'bawaslu-kabkota': 'in-scope',
      panwascam: 'in-scope',
      pkd: 'in-scope',
    },
  },
} as const satisfies Record<string, ActionPolicy>;
