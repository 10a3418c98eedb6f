/**
 * Disputes (sengketa proses, docs/DOMAIN.md §6) and their transitions as a table.
 * Between participants (PSAP, `psap`): the fast track settles it the day it
 * is received (up to 3 days in special conditions); otherwise registration,
 * mediation and, without agreement, adjudication. Against a KPU decision
 * (`kpu-decision`): a petition within 3 days of the decision, registered,
 * mediated, adjudicated within 12 days. Panwascam settles PSAP only.
 */
import { defineMachine, transitionOf } from '../records/index.js';
import type { SupervisorRole } from './categories.js';
import { supervisionErrors } from './errors.js';

export const DISPUTE_KINDS = ['psap', 'kpu-decision'] as const;
export type DisputeKind = (typeof DISPUTE_KINDS)[number];

export const DISPUTE_STATES = [
  'received',
  'registered',
  'not-registered',
  'mediation',
  'adjudication',
  'settled',
  'decided',
  'withdrawn',
] as const;
export type DisputeState = (typeof DISPUTE_STATES)[number];

export const DISPUTE_ACTIONS = [
  'settle-fast',
  'register',
  'not-register',
  'mediate',
  'agree',
  'no-agreement',
  'decide',
  'withdraw',
] as const;
export type DisputeAction = (typeof DISPUTE_ACTIONS)[number];

export type DisputeField = 'registerNumber' | 'reasons' | 'note';

export interface DisputeTransition {
  readonly from: readonly DisputeState[];
  readonly action: DisputeAction;
  readonly to: DisputeState;
  readonly kinds: readonly DisputeKind[];
  readonly requires: readonly DisputeField[];
}

/** Who handles each kind of dispute (in scope). */
export const DISPUTE_HANDLERS: Readonly<Record<DisputeKind, readonly SupervisorRole[]>> = {
  psap: ['panwascam', 'bawaslu-kabkota', 'bawaslu-provinsi', 'bawaslu-ri'],
  'kpu-decision': ['bawaslu-kabkota', 'bawaslu-provinsi', 'bawaslu-ri'],
};

const BOTH: readonly DisputeKind[] = DISPUTE_KINDS;

// prettier-ignore
export const DISPUTE_TRANSITIONS: readonly DisputeTransition[] = [
  { from: ['received'], action: 'settle-fast', to: 'settled', kinds: ['psap'], requires: ['note'] },
  { from: ['received'], action: 'register', to: 'registered', kinds: BOTH, requires: ['registerNumber'] },
  { from: ['received'], action: 'not-register', to: 'not-registered', kinds: BOTH, requires: ['reasons'] },
  { from: ['registered'], action: 'mediate', to: 'mediation', kinds: BOTH, requires: [] },
  { from: ['mediation'], action: 'agree', to: 'settled', kinds: BOTH, requires: ['note'] },
  { from: ['mediation'], action: 'no-agreement', to: 'adjudication', kinds: BOTH, requires: [] },
  { from: ['adjudication'], action: 'decide', to: 'decided', kinds: BOTH, requires: ['note'] },
  { from: ['received', 'registered', 'mediation'], action: 'withdraw', to: 'withdrawn', kinds: BOTH, requires: [] },
];

/** States in which the dispute's deadline still runs. */
export const OPEN_DISPUTE_STATES: readonly DisputeState[] = [
  'received',
  'registered',
  'mediation',
  'adjudication',
];

/** The dispute table as a kernel machine: the handlers depend on the kind, and so do some steps. */
type DisputeSubject = { readonly state: DisputeState; readonly kind: DisputeKind };

export const DISPUTE_MACHINE = defineMachine<DisputeSubject, DisputeState, DisputeAction, DisputeTransition>({
  states: DISPUTE_STATES,
  transitions: DISPUTE_TRANSITIONS,
  open: OPEN_DISPUTE_STATES,
  errors: {
    roleForbidden: supervisionErrors.roleForbidden,
    stateConflict: (action, state) => supervisionErrors.stateConflict('dispute', action, state),
    fieldRequired: supervisionErrors.fieldRequired,
  },
  stateOf: (d) => d.state,
  rolesFor: (_t, d) => DISPUTE_HANDLERS[d.kind],
  applies: (t, d) => t.kinds.includes(d.kind),
});

export function disputeTransitionFor(action: DisputeAction): DisputeTransition {
  return transitionOf(DISPUTE_MACHINE, action);
}
