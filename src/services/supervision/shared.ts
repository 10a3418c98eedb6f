/** Steps the supervision use cases share: checking regions and dates. */
import { isDate, localDate, supervisionErrors } from '../../core/supervision/index.js';
import { zoneOf } from '../../core/regions/index.js';
import type { RegionCode } from '../../core/regions/index.js';
import { knownRegion as kernelRegion } from '../records/index.js';
import type { SupervisionDeps } from './deps.js';
import { serviceErrors } from './errors.js';

export { accountOf, roleOf } from '../records/index.js';

/** A region or TPS code that exists in the region list or TPS registry. */
export function knownRegion(deps: SupervisionDeps, input: string, field = 'region'): Promise<RegionCode> {
  return kernelRegion(deps, input, field, serviceErrors.regionUnknown);
}

/** A real date, not after today in the region's zone. */
export function pastDate(deps: SupervisionDeps, date: string, region: RegionCode, field: string): string {
  if (!isDate(date)) throw supervisionErrors.dateInvalid(field);
  if (date > localDate(deps.clock(), zoneOf(region))) throw supervisionErrors.dateInFuture(field);
  return date;
}
