/** Steps the supervision use cases share: checking regions and dates. */
import type { RegionCode } from '../../core/regions/index.js';
import { knownRegion as kernelRegion } from '../records/index.js';
import type { SupervisionDeps } from './deps.js';
import { serviceErrors } from './errors.js';

export { accountOf, pastDate, roleOf } from '../records/index.js';

/** A region or TPS code that exists in the region list or TPS registry. */
export function knownRegion(deps: SupervisionDeps, input: string, field = 'region'): Promise<RegionCode> {
  return kernelRegion(deps, input, field, serviceErrors.regionUnknown);
}
