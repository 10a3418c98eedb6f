/** Steps the supervision use cases share: checking regions and dates, recording to the audit trail. */
import { isDate, localDate, supervisionErrors } from '../../core/supervision/index.js';
import { levelOf, parseRegionCode, zoneOf } from '../../core/regions/index.js';
import type { RegionCode } from '../../core/regions/index.js';
import type { SupervisionRepos } from '../../store/repos/supervision/index.js';
import { auditInput } from '../accounts/index.js';
import type { AuditWhat, Origin } from '../accounts/index.js';
import type { SupervisionDeps } from './deps.js';
import { serviceErrors } from './errors.js';

/** A region or TPS code that exists in the region list or TPS registry. */
export async function knownRegion(
  deps: SupervisionDeps,
  input: string,
  field = 'region',
): Promise<RegionCode> {
  const code = parseRegionCode(input, field);
  const found = levelOf(code) === 'tps' ? await deps.store.tps.get(code) : await deps.store.regions.get(code);
  if (found === undefined) throw serviceErrors.regionUnknown(code, field);
  return code;
}

/** A real date, not after today in the region's zone. */
export function pastDate(deps: SupervisionDeps, date: string, region: RegionCode, field: string): string {
  if (!isDate(date)) throw supervisionErrors.dateInvalid(field);
  if (date > localDate(deps.clock(), zoneOf(region))) throw supervisionErrors.dateInFuture(field);
  return date;
}

export function roleOf(origin: Origin): string {
  return origin.actor.kind === 'account' ? origin.actor.principal.role : origin.actor.kind;
}

export function accountOf(origin: Origin): string | null {
  return origin.actor.kind === 'account' ? origin.actor.principal.accountId : null;
}

export async function audit(
  tx: SupervisionRepos,
  deps: SupervisionDeps,
  origin: Origin,
  what: AuditWhat,
): Promise<void> {
  await tx.audit.append(auditInput(origin, deps.clock(), what));
}
