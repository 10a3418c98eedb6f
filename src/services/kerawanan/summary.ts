/** The vulnerability map of a region: its newest entries under one instrument, summarised by core/kerawanan. */
import type { Scope } from '../../core/auth/index.js';
import {
  KERAWANAN_ENTRY_KIND,
  latestInstrument,
  instrumentOf,
  summarise,
} from '../../core/kerawanan/index.js';
import type { KerawananSummary } from '../../core/kerawanan/index.js';
import type { RegionCode } from '../../core/regions/index.js';
import type { KerawananDeps } from './entries.js';

/** Enough for every TPS of the largest province with re-assessments. */
const MAX_ENTRIES = 500_000;

export async function kerawananSummary(
  deps: KerawananDeps,
  region: Scope,
  instrumentId: string,
  version?: number,
): Promise<KerawananSummary> {
  const inst =
    version === undefined
      ? latestInstrument(instrumentId, deps.instruments)
      : instrumentOf(instrumentId, version, deps.instruments);
  const entries = await deps.store.records.of(KERAWANAN_ENTRY_KIND).list({
    within: region === 'national' ? null : region,
    where: { instrumentId: inst.id },
    limit: MAX_ENTRIES,
  });
  return summarise(inst, region === 'national' ? 'national' : (region as RegionCode), entries);
}
