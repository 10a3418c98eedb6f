/**
 * Supervision (pengawasan): Bawaslu and its ad-hoc bodies, each within its
 * region scope. The target region is the record's region (for a new record,
 * the one in the body; for a case or dispute, the stored one). On top of
 * this table, the case and dispute state machines (core/supervision) decide
 * which of these roles may take each step.
 * - records (Model A, prevention, APK) and findings: every supervisor;
 * - handling cases and disputes: Panwascam and the permanent bodies;
 * - the reporter's identity: the same handlers only (PTPS and PKD read
 *   cases without it); erasing it on request: the permanent bodies.
 */
import type { ActionPolicy, Rule } from './policy.js';

/** Every supervisor, PTPS to Bawaslu RI, in scope (the kerawanan policies use it too). */
export const SUPERVISORS = {
  ptps: 'in-scope',
  pkd: 'in-scope',
  panwascam: 'in-scope',
  'bawaslu-kabkota': 'in-scope',
  'bawaslu-provinsi': 'in-scope',
  'bawaslu-ri': 'in-scope',
} as const satisfies Record<string, Rule>;

const HANDLERS = {
  panwascam: 'in-scope',
  'bawaslu-kabkota': 'in-scope',
  'bawaslu-provinsi': 'in-scope',
  'bawaslu-ri': 'in-scope',
} as const satisfies Record<string, Rule>;

export const SUPERVISION_POLICIES = {
  'supervision.read': { write: false, roles: SUPERVISORS },
  'supervision.reporter.read': { write: false, roles: HANDLERS },
  'supervision.reporter.erase': {
    write: true,
    roles: { 'bawaslu-kabkota': 'in-scope', 'bawaslu-provinsi': 'in-scope', 'bawaslu-ri': 'in-scope' },
  },
  'supervision.report.create': { write: true, roles: SUPERVISORS },
  'supervision.prevention.create': { write: true, roles: SUPERVISORS },
  'supervision.apk.create': { write: true, roles: SUPERVISORS },
  'supervision.case.create': { write: true, roles: SUPERVISORS },
  'supervision.case.transition': { write: true, roles: HANDLERS },
  'supervision.dispute.create': { write: true, roles: HANDLERS },
  'supervision.dispute.transition': { write: true, roles: HANDLERS },
} as const satisfies Record<string, ActionPolicy>;
