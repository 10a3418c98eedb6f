/** The instruments Saksi ships, by id and version; new versions are added, never edited. */
import { kerawananErrors } from './errors.js';
import type { Instrument } from './instrument.js';
import { TPS_2024 } from './tps-2024.js';

export const INSTRUMENTS: readonly Instrument[] = [TPS_2024];

export function instrumentOf(
  id: string,
  version: number,
  list: readonly Instrument[] = INSTRUMENTS,
): Instrument {
  const found = list.find((i) => i.id === id && i.version === version);
  if (found === undefined) throw kerawananErrors.instrumentUnknown(id, version);
  return found;
}

/** The newest version of an instrument. */
export function latestInstrument(id: string, list: readonly Instrument[] = INSTRUMENTS): Instrument {
  const versions = list.filter((i) => i.id === id).sort((a, b) => b.version - a.version);
  const found = versions[0];
  if (found === undefined) throw kerawananErrors.instrumentUnknown(id, 0);
  return found;
}
