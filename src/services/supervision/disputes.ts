/** Disputes: recorded by the handling body, moved through core/supervision/dispute-machine.ts. */
import {
  DISPUTE_KIND,
  DISPUTE_HANDLERS,
  applyDisputeTransition,
  disputeDeadlines,
  isDate,
  supervisionErrors,
} from '../../core/supervision/index.js';
import type { Dispute, DisputeAction, TransitionInput } from '../../core/supervision/index.js';
import type { Origin } from '../accounts/index.js';
import { createRecord, loadRecord, transitionRecord } from '../records/index.js';
import type { SupervisionDeps } from './deps.js';
import { accountOf, knownRegion, roleOf } from './shared.js';

export interface NewDispute {
  readonly kind: Dispute['kind'];
  readonly region: string;
  readonly electionKind: Dispute['electionKind'];
  readonly applicant: string;
  readonly respondent: string;
  readonly subject: string;
  readonly decisionOn?: string | null;
  readonly special?: boolean;
}

export async function createDispute(
  deps: SupervisionDeps,
  origin: Origin,
  input: NewDispute,
): Promise<Dispute> {
  const role = roleOf(origin);
  if (!(DISPUTE_HANDLERS[input.kind] as readonly string[]).includes(role))
    throw supervisionErrors.roleForbidden(`create-${input.kind}`, role);
  const region = await knownRegion(deps, input.region);
  const decisionOn = input.kind === 'kpu-decision' ? (input.decisionOn ?? null) : null;
  if (decisionOn !== null && !isDate(decisionOn)) throw supervisionErrors.dateInvalid('decisionOn');
  const now = deps.clock().toISOString();
  const special = input.kind === 'psap' && input.special === true;
  const d = disputeDeadlines({
    ...input,
    region,
    special,
    decisionOn,
    receivedAt: now,
    config: deps.deadlines,
  });
  const dispute: Dispute = {
    id: deps.newId(),
    kind: input.kind,
    region,
    electionKind: input.electionKind,
    state: 'received',
    registerNumber: null,
    applicant: input.applicant,
    respondent: input.respondent,
    subject: input.subject,
    decisionOn,
    special,
    receivedAt: now,
    receivedOn: d.receivedOn,
    late: d.late,
    dueAt: d.due.dueAt,
    createdAt: now,
    updatedAt: now,
    createdBy: accountOf(origin),
  };
  return createRecord(deps, DISPUTE_KIND, origin, dispute);
}

export function loadDispute(deps: SupervisionDeps, id: string): Promise<Dispute> {
  return loadRecord(deps, DISPUTE_KIND, id);
}

export function transitionDispute(
  deps: SupervisionDeps,
  origin: Origin,
  id: string,
  action: DisputeAction,
  input: TransitionInput,
): Promise<Dispute> {
  return transitionRecord(deps, DISPUTE_KIND, origin, id, action, (d, role) => {
    const { state, note, ...patch } = applyDisputeTransition(d, action, role, input);
    return { state, note, patch };
  });
}
