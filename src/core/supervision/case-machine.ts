/**
 * The states of a violation case (temuan or laporan) and the transitions
 * between them, written as a table (docs/DOMAIN.md §6; Perbawaslu on handling
 * violations): received → formal/material check → registered (with a register
 * number) or not registered (a notice with reasons) → study (kajian),
 * optionally asking the reporter for more information → decision →
 * forwarded → follow-up → closed. A transition is allowed only from its
 * state, by the roles listed, with its required fields.
 */
import { allowedActions as machineActions, defineMachine, transitionOf } from '../records/index.js';
import type { SupervisorRole } from './categories.js';
import { supervisionErrors } from './errors.js';

export const CASE_STATES = [
  'received',
  'checked',
  'registered',
  'not-registered',
  'study',
  'awaiting-information',
  'recommended-kpu',
  'forwarded-gakkumdu',
  'forwarded-dkpp',
  'forwarded-agency',
  'stopped',
  'followed-up',
  'closed',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CASE_ACTIONS = [
  'check',
  'register',
  'not-register',
  'study',
  'request-information',
  'information-received',
  'recommend-kpu',
  'forward-gakkumdu',
  'forward-dkpp',
  'forward-agency',
  'stop',
  'follow-up',
  'close',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** What the study decided: administrative, criminal, ethics, other law, or no violation. */
export const CASE_OUTCOMES = ['administrative', 'criminal', 'ethics', 'other-law', 'not-violation'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** Fields a transition may carry; the table says which are required. */
export type CaseField = 'formalMet' | 'materialMet' | 'registerNumber' | 'reasons' | 'note' | 'agency';

export interface CaseTransition {
  readonly from: readonly CaseState[];
  readonly action: CaseAction;
  readonly to: CaseState;
  readonly roles: readonly SupervisorRole[];
  readonly requires: readonly CaseField[];
  /** The decision this transition records. */
  readonly outcome?: CaseOutcome;
}

/** Panwascam and the permanent bodies receive, check, register and study. */
const HANDLERS: readonly SupervisorRole[] = [
  'panwascam',
  'bawaslu-kabkota',
  'bawaslu-provinsi',
  'bawaslu-ri',
];
/** Only the permanent bodies decide and forward. */
const DECIDERS: readonly SupervisorRole[] = ['bawaslu-kabkota', 'bawaslu-provinsi', 'bawaslu-ri'];
const DECIDING: readonly CaseState[] = ['study'];
const FORWARDED: readonly CaseState[] = [
  'recommended-kpu',
  'forwarded-gakkumdu',
  'forwarded-dkpp',
  'forwarded-agency',
];

// prettier-ignore
export const CASE_TRANSITIONS: readonly CaseTransition[] = [
  { from: ['received'], action: 'check', to: 'checked', roles: HANDLERS, requires: ['formalMet', 'materialMet'] },
  { from: ['checked'], action: 'register', to: 'registered', roles: HANDLERS, requires: ['registerNumber'] },
  { from: ['checked'], action: 'not-register', to: 'not-registered', roles: HANDLERS, requires: ['reasons'] },
  { from: ['registered'], action: 'study', to: 'study', roles: HANDLERS, requires: [] },
  { from: ['study'], action: 'request-information', to: 'awaiting-information', roles: HANDLERS, requires: ['note'] },
  { from: ['awaiting-information'], action: 'information-received', to: 'study', roles: HANDLERS, requires: [] },
  { from: DECIDING, action: 'recommend-kpu', to: 'recommended-kpu', roles: DECIDERS, requires: ['note'], outcome: 'administrative' },
  { from: DECIDING, action: 'forward-gakkumdu', to: 'forwarded-gakkumdu', roles: DECIDERS, requires: ['note'], outcome: 'criminal' },
  { from: DECIDING, action: 'forward-dkpp', to: 'forwarded-dkpp', roles: DECIDERS, requires: ['note'], outcome: 'ethics' },
  { from: DECIDING, action: 'forward-agency', to: 'forwarded-agency', roles: DECIDERS, requires: ['note', 'agency'], outcome: 'other-law' },
  { from: DECIDING, action: 'stop', to: 'stopped', roles: DECIDERS, requires: ['reasons'], outcome: 'not-violation' },
  { from: FORWARDED, action: 'follow-up', to: 'followed-up', roles: DECIDERS, requires: ['note'] },
  { from: ['followed-up', 'stopped', 'not-registered'], action: 'close', to: 'closed', roles: DECIDERS, requires: [] },
];

/** States in which the follow-up deadline still runs (no decision yet). */
export const OPEN_CASE_STATES: readonly CaseState[] = [
  'received',
  'checked',
  'registered',
  'study',
  'awaiting-information',
];

/** States reached only through registration: the case counts as a registered report. */
export const REGISTERED_CASE_STATES: readonly CaseState[] = CASE_STATES.filter(
  (s) => !['received', 'checked', 'not-registered'].includes(s),
);

/** The case table as a kernel machine (core/records/machine.ts). */
export const CASE_MACHINE = defineMachine<
  { readonly state: CaseState },
  CaseState,
  CaseAction,
  CaseTransition
>({
  states: CASE_STATES,
  transitions: CASE_TRANSITIONS,
  open: OPEN_CASE_STATES,
  errors: {
    roleForbidden: supervisionErrors.roleForbidden,
    stateConflict: (action, state) => supervisionErrors.stateConflict('case', action, state),
    fieldRequired: supervisionErrors.fieldRequired,
  },
  stateOf: (c) => c.state,
  rolesFor: (t) => t.roles,
});

export function transitionFor(action: CaseAction): CaseTransition {
  return transitionOf(CASE_MACHINE, action);
}

/** The actions a role may take from a state (for the console's buttons). */
export function allowedActions(state: CaseState, role: string): CaseAction[] {
  return machineActions(CASE_MACHINE, { state }, role);
}

export function isCaseState(value: string): value is CaseState {
  return (CASE_STATES as readonly string[]).includes(value);
}
