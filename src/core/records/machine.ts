/**
 * A state machine as a data table: each transition leaves from some states,
 * by one action, to one state, for the roles it lists, with the fields it
 * requires. `checkTransition` is the one place where a request is held
 * against the table (role, then state, then fields); what a transition
 * changes beyond the state is the record kind's own pure function.
 */
import type { SaksiError } from '../errors/index.js';

export interface Transition<S extends string = string, A extends string = string> {
  readonly from: readonly S[];
  readonly action: A;
  readonly to: S;
  readonly requires: readonly string[];
}

/** The errors a machine raises, with the codes its record kind has always used. */
export interface MachineErrors {
  roleForbidden(action: string, role: string): SaksiError;
  stateConflict(action: string, state: string): SaksiError;
  fieldRequired(action: string, field: string): SaksiError;
}

export interface Machine<R, S extends string, A extends string, T extends Transition<S, A>> {
  readonly states: readonly S[];
  readonly transitions: readonly T[];
  /** States in which the record's deadline still runs. */
  readonly open: readonly S[];
  readonly errors: MachineErrors;
  stateOf(record: R): S;
  /** The roles that may take `t` on `record` (default: none). */
  rolesFor(t: T, record: R): readonly string[];
  /** Whether `t` exists for this record at all (e.g. per kind of dispute; default: yes). */
  applies(t: T, record: R): boolean;
}

export type MachineSpec<R, S extends string, A extends string, T extends Transition<S, A>> = Omit<
  Machine<R, S, A, T>,
  'applies'
> &
  Partial<Pick<Machine<R, S, A, T>, 'applies'>>;

export function defineMachine<R, S extends string, A extends string, T extends Transition<S, A>>(
  spec: MachineSpec<R, S, A, T>,
): Machine<R, S, A, T> {
  for (const t of spec.transitions)
    for (const s of [...t.from, t.to])
      if (!spec.states.includes(s)) throw new Error(`transition ${t.action}: unknown state ${s}`);
  return { applies: () => true, ...spec };
}

/** The first transition of the table for `action` (an action has one target state). */
export function transitionOf<T extends Transition>(
  m: { readonly transitions: readonly T[] },
  action: string,
): T {
  const t = m.transitions.find((x) => x.action === action);
  if (t === undefined) throw new Error(`no transition for ${action}`);
  return t;
}

/** A transition request held against the table: the transition, or the error that says why not. */
export function checkTransition<R, S extends string, A extends string, T extends Transition<S, A>>(
  m: Machine<R, S, A, T>,
  record: R,
  action: A,
  role: string,
  input: object,
): T {
  const t = transitionOf(m, action);
  if (!m.rolesFor(t, record).includes(role)) throw m.errors.roleForbidden(action, role);
  const state = m.stateOf(record);
  if (!m.applies(t, record) || !t.from.includes(state)) throw m.errors.stateConflict(action, state);
  for (const field of t.requires) if (!isGiven(input, field)) throw m.errors.fieldRequired(action, field);
  return t;
}

/** The actions `role` may take on `record` now (for the console's buttons). */
export function allowedActions<R, S extends string, A extends string, T extends Transition<S, A>>(
  m: Machine<R, S, A, T>,
  record: R,
  role: string,
): A[] {
  const state = m.stateOf(record);
  return m.transitions
    .filter((t) => t.from.includes(state) && m.applies(t, record) && m.rolesFor(t, record).includes(role))
    .map((t) => t.action);
}

/** A required field is given: a boolean, a number or a non-blank string. */
export function isGiven(input: object, field: string): boolean {
  const v = (input as Record<string, unknown>)[field];
  return typeof v === 'boolean' || typeof v === 'number' || (typeof v === 'string' && v.trim().length > 0);
}
