/** Disputes: recorded by the handling body, moved through core/supervision/dispute-machine.ts. */
import {
  DISPUTE_HANDLERS,
  applyDisputeTransition,
  disputeDeadlines,
  isDate,
  supervisionErrors,
} from '../../core/supervision/index.js';
import type { Dispute, DisputeAction, TransitionInput } from '../../core/supervision/index.js';
import type { Origin } from '../accounts/index.js';
import type { SupervisionDeps } from './deps.js';
import { serviceErrors } from './errors.js';
import { accountOf, audit, knownRegion, roleOf } from './shared.js';

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
  await deps.store.supervision.transaction(async (tx) => {
    await tx.disputes.insert(dispute);
    await tx.events.append({
      subjectId: dispute.id,
      at: now,
      action: 'receive',
      fromState: null,
      toState: 'received',
      actorRole: role,
      note: null,
    });
    await audit(tx, deps, origin, {
      action: 'supervision.dispute.create',
      targetType: 'dispute',
      targetId: dispute.id,
      region,
      after: { kind: dispute.kind, state: dispute.state, late: dispute.late, dueAt: dispute.dueAt },
    });
  });
  return dispute;
}

export async function loadDispute(deps: SupervisionDeps, id: string): Promise<Dispute> {
  const d = await deps.store.supervision.disputes.byId(id);
  if (d === undefined) throw serviceErrors.disputeNotFound();
  return d;
}

export async function transitionDispute(
  deps: SupervisionDeps,
  origin: Origin,
  id: string,
  action: DisputeAction,
  input: TransitionInput,
): Promise<Dispute> {
  const role = roleOf(origin);
  return deps.store.supervision.transaction(async (tx) => {
    const d = await tx.disputes.byId(id);
    if (d === undefined) throw serviceErrors.disputeNotFound();
    const change = applyDisputeTransition(d, action, role, input);
    const now = deps.clock().toISOString();
    const moved = await tx.disputes.update(d.id, d.state, {
      state: change.state,
      updated_at: now,
      ...(change.registerNumber === undefined ? {} : { register_number: change.registerNumber }),
    });
    if (!moved) throw serviceErrors.movedMeanwhile();
    await tx.events.append({
      subjectId: d.id,
      at: now,
      action,
      fromState: d.state,
      toState: change.state,
      actorRole: role,
      note: change.note,
    });
    await audit(tx, deps, origin, {
      action: 'supervision.dispute.transition',
      targetType: 'dispute',
      targetId: d.id,
      region: d.region,
      before: { state: d.state },
      after: { state: change.state, action, note: change.note },
    });
    return (await tx.disputes.byId(d.id)) as Dispute;
  });
}
