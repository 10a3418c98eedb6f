/**
 * Applying a transition of the case or dispute table: the state must be one
 * the action leaves from, the role one it lists, the required fields present.
 * Pure: the clock and the deadline configuration are passed in.
 */
import type { ElectionKind } from '../elections/index.js';
import type { RegionCode } from '../regions/index.js';
import { checkTransition } from '../records/index.js';
import { CASE_MACHINE } from './case-machine.js';
import type { CaseAction, CaseOutcome, CaseState } from './case-machine.js';
import { DISPUTE_MACHINE } from './dispute-machine.js';
import type { DisputeAction, DisputeKind, DisputeState } from './dispute-machine.js';
import { caseDeadlines } from './deadlines.js';
import type { DeadlineConfig } from './deadlines.js';
import { supervisionErrors } from './errors.js';

/** The fields a transition request may carry (all untrusted, already shape-checked). */
export interface TransitionInput {
  readonly formalMet?: boolean;
  readonly materialMet?: boolean;
  readonly registerNumber?: string;
  readonly reasons?: string;
  readonly note?: string;
  readonly agency?: string;
}

export interface CaseSnapshot {
  readonly state: CaseState;
  readonly origin: 'finding' | 'report';
  readonly region: RegionCode;
  readonly electionKind: ElectionKind;
  readonly knownOn: string;
  readonly receivedAt: string;
  readonly extended: boolean;
  /** Set by the check: both requirements met. */
  readonly requirementsMet: boolean | null;
}

/** What changes on the case. */
export interface CaseChange {
  readonly state: CaseState;
  readonly outcome?: CaseOutcome;
  readonly registerNumber?: string;
  readonly requirementsMet?: boolean;
  readonly extended?: boolean;
  readonly dueAt?: string;
  readonly agency?: string;
  /** What the timeline shows (reasons, note). */
  readonly note: string | null;
}

export function applyCaseTransition(
  c: CaseSnapshot,
  action: CaseAction,
  role: string,
  input: TransitionInput,
  config: DeadlineConfig,
): CaseChange {
  const t = checkTransition(CASE_MACHINE, c, action, role, input);
  const note = input.reasons ?? input.note ?? null;
  const base = { state: t.to, note, ...(t.outcome === undefined ? {} : { outcome: t.outcome }) };
  switch (action) {
    case 'check':
      return { ...base, requirementsMet: input.formalMet === true && input.materialMet === true };
    case 'register':
      if (c.requirementsMet !== true) throw supervisionErrors.requirementsUnmet();
      return { ...base, registerNumber: (input.registerNumber as string).trim() };
    case 'request-information': {
      if (c.extended) throw supervisionErrors.extensionUsed();
      const { due } = caseDeadlines({ ...c, extended: true, config });
      return { ...base, extended: true, dueAt: due.dueAt };
    }
    case 'forward-agency':
      return { ...base, agency: (input.agency as string).trim() };
    default:
      return base;
  }
}

export interface DisputeChange {
  readonly state: DisputeState;
  readonly registerNumber?: string;
  readonly note: string | null;
}

export function applyDisputeTransition(
  d: { readonly state: DisputeState; readonly kind: DisputeKind },
  action: DisputeAction,
  role: string,
  input: TransitionInput,
): DisputeChange {
  const t = checkTransition(DISPUTE_MACHINE, d, action, role, input);
  const note = input.reasons ?? input.note ?? null;
  return action === 'register'
    ? { state: t.to, registerNumber: (input.registerNumber as string).trim(), note }
    : { state: t.to, note };
}
