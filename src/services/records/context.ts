/** What the record use cases need, and the small steps they share: who acts, and whether a region exists. */
import { SaksiError, msg } from '../../core/errors/index.js';
import { levelOf, parseRegionCode, zoneOf } from '../../core/regions/index.js';
import { isDate, localDate, supervisionErrors } from '../../core/supervision/index.js';
import type { RegionCode } from '../../core/regions/index.js';
import type { Store } from '../../store/index.js';
import type { Origin } from '../accounts/index.js';

export interface RecordDeps {
  readonly store: Store;
  readonly clock: () => Date;
}

export function roleOf(origin: Origin): string {
  return origin.actor.kind === 'account' ? origin.actor.principal.role : origin.actor.kind;
}

export function accountOf(origin: Origin): string | null {
  return origin.actor.kind === 'account' ? origin.actor.principal.accountId : null;
}

export const regionUnknown = (code: string, field: string): SaksiError =>
  new SaksiError(
    'RECORD_REGION_UNKNOWN',
    msg(`Wilayah atau TPS "${code}" tidak dikenal.`, `Region or TPS "${code}" is unknown.`),
    { field },
  );

/** A region or TPS code that exists in the region list or TPS registry. */
export async function knownRegion(
  deps: RecordDeps,
  input: string,
  field = 'region',
  unknown: (code: string, field: string) => SaksiError = regionUnknown,
): Promise<RegionCode> {
  const code = parseRegionCode(input, field);
  const found = levelOf(code) === 'tps' ? await deps.store.tps.get(code) : await deps.store.regions.get(code);
  if (found === undefined) throw unknown(code, field);
  return code;
}

/** A real date (YYYY-MM-DD), not after today in the region's own time zone. */
export function pastDate(deps: RecordDeps, date: string, region: RegionCode, field: string): string {
  if (!isDate(date)) throw supervisionErrors.dateInvalid(field);
  if (date > localDate(deps.clock(), zoneOf(region))) throw supervisionErrors.dateInFuture(field);
  return date;
}
