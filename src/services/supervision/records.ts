/**
 * Recording Model A reports, prevention actions and APK enforcement. The
 * route has already checked that the region is in the officer's scope; here
 * the region must exist, dates must be real and past, and each write is
 * recorded in the audit trail in the same transaction.
 */
import type { ApkEnforcement, PreventionAction, SupervisionReport } from '../../core/supervision/index.js';
import { SUPERVISOR_ROLES, isSupervisorRole } from '../../core/supervision/index.js';
import type { SupervisorRole } from '../../core/supervision/index.js';
import type { Origin } from '../accounts/index.js';
import type { SupervisionDeps } from './deps.js';
import { accountOf, audit, knownRegion, pastDate, roleOf } from './shared.js';

type Input<T> = Omit<T, 'id' | 'region' | 'createdAt' | 'createdBy'> & { readonly region: string };

export async function createSupervisionReport(
  deps: SupervisionDeps,
  origin: Origin,
  input: Omit<Input<SupervisionReport>, 'supervisorRole'>,
): Promise<SupervisionReport> {
  const region = await knownRegion(deps, input.region);
  const report: SupervisionReport = {
    ...input,
    id: deps.newId(),
    region,
    supervisorRole: supervisorRole(origin),
    occurredOn: pastDate(deps, input.occurredOn, region, 'occurredOn'),
    createdAt: deps.clock().toISOString(),
    createdBy: accountOf(origin),
  };
  await deps.store.supervision.transaction(async (tx) => {
    await tx.records.insertReport(report);
    await audit(tx, deps, origin, {
      action: 'supervision.report.create',
      targetType: 'supervision-report',
      targetId: report.id,
      region,
      after: { stage: report.stage, activity: report.activity, occurredOn: report.occurredOn },
    });
  });
  return report;
}

export async function createPrevention(
  deps: SupervisionDeps,
  origin: Origin,
  input: Input<PreventionAction>,
): Promise<PreventionAction> {
  const region = await knownRegion(deps, input.region);
  const action: PreventionAction = {
    ...input,
    id: deps.newId(),
    region,
    occurredOn: pastDate(deps, input.occurredOn, region, 'occurredOn'),
    createdAt: deps.clock().toISOString(),
    createdBy: accountOf(origin),
  };
  await deps.store.supervision.transaction(async (tx) => {
    await tx.records.insertPrevention(action);
    await audit(tx, deps, origin, {
      action: 'supervision.prevention.create',
      targetType: 'prevention-action',
      targetId: action.id,
      region,
      after: { kind: action.kind, stage: action.stage, addressee: action.addressee, subject: action.subject },
    });
  });
  return action;
}

export async function createApk(
  deps: SupervisionDeps,
  origin: Origin,
  input: Input<ApkEnforcement>,
): Promise<ApkEnforcement> {
  const region = await knownRegion(deps, input.region);
  const apk: ApkEnforcement = {
    ...input,
    id: deps.newId(),
    region,
    photos: [...new Set(input.photos.map((p) => p.toLowerCase()))],
    occurredOn: pastDate(deps, input.occurredOn, region, 'occurredOn'),
    createdAt: deps.clock().toISOString(),
    createdBy: accountOf(origin),
  };
  await deps.store.supervision.transaction(async (tx) => {
    await tx.records.insertApk(apk);
    await audit(tx, deps, origin, {
      action: 'supervision.apk.create',
      targetType: 'apk-enforcement',
      targetId: apk.id,
      region,
      after: { kind: apk.kind, count: apk.count, pairOrParty: apk.pairOrParty, photos: apk.photos },
    });
  });
  return apk;
}

/** The supervisor's role from the account (the CLI and imports record as Bawaslu RI). */
function supervisorRole(origin: Origin): SupervisorRole {
  const role = roleOf(origin);
  return isSupervisorRole(role) ? role : (SUPERVISOR_ROLES[5] as SupervisorRole);
}
