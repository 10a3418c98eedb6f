/**
 * Permalinks of the portal's views and the public data behind them. Every
 * view is a path: /hasil/{contest}[/{region}], /wilayah/{code}, /tps/{code}?pemilihan={contest},
 * /kandidat[/{contest}], /jadwal[/{election}], /unduh.
 */
import type { ResultPair } from './types.js';

export const resultsPath = (contestId: string, region?: string): string =>
  region === undefined ? `/hasil/${contestId}` : `/hasil/${contestId}/${region}`;

export const regionPath = (code: string): string => `/wilayah/${code}`;

/** The TPS behind a counter of a results page (missing, objected, corrected, warnings, …). */
export const problemsPath = (contestId: string, region: string, filter: string): string =>
  `/hasil/${contestId}/${region}/tps?status=${encodeURIComponent(filter)}`;

export const tpsPath = (code: string, contestId?: string): string =>
  contestId === undefined ? `/tps/${code}` : `/tps/${code}?pemilihan=${encodeURIComponent(contestId)}`;

export const candidatesPath = (contestId?: string): string =>
  contestId === undefined ? '/kandidat' : `/kandidat/${contestId}`;

export const apiResultsPath = (contestId: string, region?: string): string =>
  region === undefined
    ? `/api/results/${encodeURIComponent(contestId)}`
    : `/api/results/${encodeURIComponent(contestId)}/${region}`;

/** The contest's type (pkwkp, pkwkk, ppwp) from its id, `pilkada2024-pkwkk-3579`. */
export function contestType(contestId: string): string {
  return contestId.split('-').at(-2) ?? '';
}

/**
 * The Sirekap-compatible JSON of a contest at a region (src/server/routes/sirekap):
 * `/sirekap/pilkada/hhcw/pkwkk/35/3579/357901.json`; null where there is none.
 */
export function sirekapPath(contestId: string, region: string): string | null {
  const type = contestType(contestId);
  if (type === 'ppwp') {
    return region === 'national'
      ? '/sirekap/pemilu/hhcw/ppwp.json'
      : `/sirekap/pemilu/hhcw/ppwp/${prefixes(region)}.json`;
  }
  if (type !== 'pkwkp' && type !== 'pkwkk') return null;
  if (!/^\d+$/.test(region)) return null;
  return `/sirekap/pilkada/hhcw/${type}/${prefixes(region)}.json`;
}

/** '3579011001' → '35/3579/357901/3579011001'. */
function prefixes(code: string): string {
  return [2, 4, 6, 10, 13]
    .filter((n) => n <= code.length)
    .map((n) => code.slice(0, n))
    .join('/');
}

/** Pairs in ballot order. */
export function byBallot<P extends Pick<ResultPair, 'ballotNumber'>>(pairs: readonly P[]): P[] {
  return [...pairs].sort((a, b) => a.ballotNumber - b.ballotNumber);
}

/** The pair with the most votes, or null before any vote (or on a tie for first place). */
export function leaderOf<P extends Pick<ResultPair, 'id'>>(
  pairs: readonly P[],
  votes: Readonly<Record<string, number>>,
): P | null {
  let best: P | null = null;
  let bestVotes = 0;
  let tied = false;
  for (const p of pairs) {
    const v = votes[p.id] ?? 0;
    if (v > bestVotes) [best, bestVotes, tied] = [p, v, false];
    else if (v === bestVotes && v > 0) tied = true;
  }
  return tied ? null : best;
}

/** A pair's display colour, grey when the registry has none. */
export const colorOf = (p: Pick<ResultPair, 'color'>): string => p.color ?? '#8a8a8a';

/** Black or white text on a background colour, whichever contrasts more (WCAG relative luminance). */
export function textOn(background: string): string {
  const m = /^#([0-9a-f]{6})$/i.exec(background);
  if (m === null) return '#000000';
  const n = parseInt(m[1] as string, 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
