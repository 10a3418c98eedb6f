/**
 * Recording Model A reports, prevention actions and APK enforcement. The
 * route has already checked that the region is in the officer's scope; here
 * the region must exist, dates must be real and past, and each write is
 * recorded in the audit trail in the same transaction (services/records).
 */
import type { ApkEnforcement, PreventionAction, SupervisionReport } from '../../core/supervision/index.js';
import {
  APK_KIND,
  PREVENTION_KIND,
  SUPERVISION_REPORT_KIND,
  SUPERVISOR_ROLES,
  isSupervisorRole,
} from '../../core/supervision/index.js';
import type { SupervisorRole } from '../../core/supervision/index.js';
import type { Origin } from '../accounts/index.js';
import type { SupervisionDeps } from './deps.js';
import { createRecord } from '../records/index.js';
import { accountOf, knownRegion, pastDate, roleOf } from './shared.js';

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
  return createRecord(deps, SUPERVISION_REPORT_KIND, origin, report);
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
  return createRecord(deps, PREVENTION_KIND, origin, action);
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
  return createRecord(deps, APK_KIND, origin, apk);
}

/** The supervisor's role from the account (the CLI and imports record as Bawaslu RI). */
function supervisorRole(origin: Origin): SupervisorRole {
  const role = roleOf(origin);
  return isSupervisorRole(role) ? role : (SUPERVISOR_ROLES[5] as SupervisorRole);
}
