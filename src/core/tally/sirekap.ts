/**
 * A region's tally in the shape of KPU Sirekap's public region aggregates
 * (e.g. `pkwkk/35/3579.json`, `pkwkp/35/35.json`):
 *
 *     { mode: "hhcw",
 *       tungsura: { chart: { <pairId>: votes, progres: { total, persen, progres } },
 *                   table: { <childCode>: { psu, <pairId>: votes, progres: {…}, status_progress } } },
 *       psu, progres: { total, progres }, ts }
 *
 * Observed in all 1,091 files of the 2024 snapshot: `persen` is
 * 100 × progres ÷ total rounded half-up to 2 decimals; a child with no TPS
 * reported has no pair keys and `status_progress: false`; the table is in
 * code order; `psu` is "Reguler". KPU writes `psu` before the pair ids, but a
 * JS object always lists integer-like keys first, so compare parsed objects.
 */
import type { TallySnapshot } from './tally.js';

export interface SirekapProgress {
  readonly total: number;
  readonly persen: number;
  readonly progres: number;
}

/** A table row: `psu`, the pairs' votes (only once a TPS reported), `progres`, `status_progress`. */
export type SirekapAggregateRow = {
  readonly psu: string;
  readonly progres: SirekapProgress;
  readonly status_progress: boolean;
} & { readonly [pairId: string]: number | string | boolean | SirekapProgress };

export type SirekapAggregateChart = { readonly progres: SirekapProgress } & {
  readonly [pairId: string]: number | SirekapProgress;
};

export interface SirekapAggregate {
  readonly mode: 'hhcw';
  readonly tungsura: {
    readonly chart: SirekapAggregateChart;
    readonly table: Readonly<Record<string, SirekapAggregateRow>>;
  };
  readonly psu: string;
  readonly progres: { readonly total: number; readonly progres: number };
  readonly ts: string;
}

const PSU = 'Reguler';

/**
 * `snapshot`: the region's totals; `children`: its children's (from
 * `Tally.children`); `progress`: the number of TPS in each child (from the
 * TPS registry, which is not on the log); `ts`: Sirekap's "YYYY-MM-DD HH:MM:SS".
 * A child with forms but no registry count counts its reported TPS as its total.
 */
export function toSirekapAggregate(
  snapshot: TallySnapshot,
  children: readonly TallySnapshot[],
  progress: Readonly<Record<string, number>>,
  ts: string,
): SirekapAggregate {
  const byCode = new Map(children.map((c) => [c.region, c]));
  const codes = [...new Set([...Object.keys(progress), ...byCode.keys()])].sort();
  const table: Record<string, SirekapAggregateRow> = {};
  let total = 0;
  for (const code of codes) {
    const child = byCode.get(code);
    const reported = child?.forms ?? 0;
    const tps = progress[code] ?? reported;
    total += tps;
    table[code] = {
      psu: PSU,
      ...(reported > 0 && child !== undefined ? child.votes : {}),
      progres: progressOf(tps, reported),
      status_progress: reported > 0,
    } as SirekapAggregateRow;
  }
  const chart = {
    ...(snapshot.forms > 0 ? snapshot.votes : {}),
    progres: progressOf(total, snapshot.forms),
  } as SirekapAggregateChart;
  return {
    mode: 'hhcw',
    tungsura: { chart, table },
    psu: PSU,
    progres: { total, progres: snapshot.forms },
    ts,
  };
}

/** `persen` = 100 × progres ÷ total, rounded half-up to 2 decimals, in integers. */
export function progressOf(total: number, progres: number): SirekapProgress {
  const persen = total === 0 ? 0 : Math.floor((progres * 20_000 + total) / (2 * total)) / 100;
  return { total, persen, progres };
}
