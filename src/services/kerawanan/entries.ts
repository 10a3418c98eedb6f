/**
 * Recording a vulnerability assessment: the instrument version named (or
 * the newest), a region that exists at the instrument's level, a role that
 * maps that level, a past date, every indicator answered within its range;
 * the score and band are computed here, never taken from the client. The
 * entry and its audit record commit together (services/records).
 */
import {
  KERAWANAN_ENTRY_KIND,
  instrumentOf,
  kerawananErrors,
  latestInstrument,
  mayMap,
  scoreEntry,
} from '../../core/kerawanan/index.js';
import type { Answers, Instrument, KerawananEntry } from '../../core/kerawanan/index.js';
import { levelOf } from '../../core/regions/index.js';
import type { Origin } from '../accounts/index.js';
import { accountOf, createRecord, knownRegion, pastDate, roleOf } from '../records/index.js';
import type { RecordDeps } from '../records/index.js';

export interface KerawananDeps extends RecordDeps {
  readonly newId: () => string;
  readonly instruments?: readonly Instrument[];
}

export interface NewEntry {
  readonly instrumentId: string;
  readonly instrumentVersion?: number;
  readonly region: string;
  readonly answers: Answers;
  readonly evidence?: string;
  readonly photos?: readonly string[];
  readonly assessedOn: string;
  readonly extraSupervision?: boolean;
}

export async function createEntry(
  deps: KerawananDeps,
  origin: Origin,
  input: NewEntry,
): Promise<KerawananEntry> {
  const inst =
    input.instrumentVersion === undefined
      ? latestInstrument(input.instrumentId, deps.instruments)
      : instrumentOf(input.instrumentId, input.instrumentVersion, deps.instruments);
  const region = await knownRegion(deps, input.region);
  if (levelOf(region) !== inst.level) throw kerawananErrors.levelMismatch(inst.id, inst.level);
  const role = roleOf(origin);
  if (!mayMap(role, inst.level)) throw kerawananErrors.roleForbidden(role, inst.level);
  pastDate(deps, input.assessedOn, region, 'assessedOn');
  const scored = scoreEntry(inst, input.answers);
  const entry: KerawananEntry = {
    id: deps.newId(),
    instrumentId: inst.id,
    instrumentVersion: inst.version,
    region,
    level: inst.level,
    answers: input.answers,
    score: scored.score,
    band: scored.band,
    flagged: scored.flagged,
    evidence: input.evidence ?? '',
    photos: [...new Set((input.photos ?? []).map((p) => p.toLowerCase()))],
    assessedOn: input.assessedOn,
    extraSupervision: input.extraSupervision === true,
    createdAt: deps.clock().toISOString(),
    createdBy: accountOf(origin),
    createdRole: role,
  };
  return createRecord(deps, KERAWANAN_ENTRY_KIND, origin, entry);
}
