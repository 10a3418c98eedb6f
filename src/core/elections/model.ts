/**
 * Election events, contests and candidate pairs (docs/DOMAIN.md §1, §2, §9).
 * An election event (Pilkada 2024) holds contests; a contest is decided in one
 * region and lists candidate pairs, including the kolom kosong of a single-pair
 * contest, which is a ballot option like a pair and can win.
 */
import type { RegionCode } from '../regions/index.js';

export type ElectionKind = 'pilkada' | 'pemilu';
export type ContestKind = 'governor' | 'regent' | 'mayor' | 'president';
/** KPU Sirekap's contest type codes: governor, regent/mayor, president. */
export type SirekapType = 'pkwkp' | 'pkwkk' | 'ppwp';

export interface Election {
  readonly id: string;
  readonly name: string;
  readonly kind: ElectionKind;
  /** Voting day, ISO date (YYYY-MM-DD). */
  readonly votingDay: string;
  /** Ballot reserve in per mille of DPT: 25 for Pilkada (2.5%), 20 for Pemilu (2%). */
  readonly ballotReservePermille: number;
}

export interface Contest {
  readonly id: string;
  readonly electionId: string;
  readonly kind: ContestKind;
  /** The region the contest is decided in (`national` code '' for the president is not used: see `region`). */
  readonly region: RegionCode | 'national';
  readonly name: string;
  readonly sirekapType: SirekapType;
}

export interface CandidatePair {
  /** Stable id; for imported contests it is KPU Sirekap's pair id. */
  readonly id: string;
  readonly contestId: string;
  readonly ballotNumber: number;
  /** The pair as KPU lists it, e.g. "NUROCHMAN, S.H., M.H. - HELI SUYANTO, S.H., M.H.". */
  readonly name: string;
  readonly head: string;
  readonly deputy: string;
  /** Display colour, `#rrggbb`. */
  readonly color: string;
  /** The kolom kosong of a single-pair contest. */
  readonly emptyColumn: boolean;
}

/** A contest's id, readable and URL-safe: `pilkada2024-pkwkk-3579`. */
export function contestId(electionId: string, type: SirekapType, region: RegionCode | 'national'): string {
  return `${electionId}-${type}-${region}`;
}

/** Contest kind from the type and, for pkwkk, the kab/kota's name (Kota → mayor). */
export function contestKind(type: SirekapType, regionName: string): ContestKind {
  if (type === 'ppwp') return 'president';
  if (type === 'pkwkp') return 'governor';
  return /^kota\b/i.test(regionName.trim()) ? 'mayor' : 'regent';
}

const TITLE: Readonly<Record<ContestKind, string>> = {
  governor: 'Gubernur dan Wakil Gubernur',
  regent: 'Bupati dan Wakil Bupati',
  mayor: 'Wali Kota dan Wakil Wali Kota',
  president: 'Presiden dan Wakil Presiden',
};

/** The contest's official-style name: "Pemilihan Wali Kota dan Wakil Wali Kota Batu". */
export function contestName(kind: ContestKind, regionName: string): string {
  const place = regionName.replace(/^(kota|kabupaten|kab\.|provinsi)\s+/i, '').trim();
  return kind === 'president' ? `Pemilihan ${TITLE[kind]}` : `Pemilihan ${TITLE[kind]} ${place}`;
}

/** A contest with one real pair runs against the kolom kosong. */
export function isSinglePair(pairs: readonly CandidatePair[]): boolean {
  return pairs.some((p) => p.emptyColumn);
}
