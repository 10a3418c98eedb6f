/**
 * One vulnerability assessment of one region (a TPS, kecamatan, kab/kota or
 * province) under one instrument version, with who made it, when, and the
 * evidence. Entries are never edited: a later assessment of the same region
 * under the same instrument supersedes the earlier one, and both are kept.
 */
import type { RegionCode } from '../regions/index.js';
import type { Answers } from './score.js';
import type { Band, MappedLevel } from './instrument.js';

export interface KerawananEntry {
  readonly id: string;
  readonly instrumentId: string;
  readonly instrumentVersion: number;
  readonly region: RegionCode;
  readonly level: MappedLevel;
  readonly answers: Answers;
  readonly score: number;
  readonly band: Band;
  readonly flagged: readonly string[];
  /** What the officer saw, in words. */
  readonly evidence: string;
  /** SHA-256 (hex) of each photo. */
  readonly photos: readonly string[];
  readonly assessedOn: string;
  /** Marked for extra supervision on voting day (visible to supervision pages). */
  readonly extraSupervision: boolean;
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly createdRole: string;
}

/** The newest entry per region and instrument (by assessment date, then by when it was written). */
export function latestEntries(entries: readonly KerawananEntry[]): KerawananEntry[] {
  const best = new Map<string, KerawananEntry>();
  for (const e of entries) {
    const key = `${e.instrumentId}|${e.region}`;
    const cur = best.get(key);
    if (cur === undefined || [e.assessedOn, e.createdAt, e.id] > [cur.assessedOn, cur.createdAt, cur.id])
      best.set(key, e);
  }
  return [...best.values()];
}
