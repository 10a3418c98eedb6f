/**
 * `saksi rebuild`: the projections (ledger → recap → tally) recreated from the
 * data directory's log, as the server does at start (`replayLog`), and every
 * contest's totals (`contestTotals`) — the numbers the live server shows.
 * Read-only: no file is written, so it may run beside the server (it sees
 * the log as of its durable size when it opens).
 */
import type { Config } from '../../config/index.js';
import type { Ledger } from '../../core/statements/index.js';
import { ENTRY_HANDLERS } from '../../core/verify/handlers.js';
import { nodeCrypto } from '../../crypto/node.js';
import { replayLog } from '../../ingest/replay.js';
import { contestTotals } from '../../verify/totals.js';
import type { ContestTotals } from '../../verify/totals.js';
import { openOfflineLog, rootPublicKey } from './offline.js';

export interface RebuildResult {
  /** Entries replayed. */
  readonly size: number;
  readonly ledger: Ledger;
  readonly totals: ContestTotals[];
  readonly elapsedMs: number;
}

export async function rebuildProjections(config: Config): Promise<RebuildResult> {
  const rootKey = await rootPublicKey(config);
  const started = Date.now();
  const log = await openOfflineLog(config, { readOnly: true });
  try {
    const ledger = await replayLog(log, nodeCrypto, rootKey, ENTRY_HANDLERS);
    return { size: log.size, ledger, totals: contestTotals(ledger), elapsedMs: Date.now() - started };
  } finally {
    await log.close();
  }
}

/** The result as text lines, or one JSON document. */
export function formatRebuild(r: RebuildResult, json: boolean): string[] {
  if (json) return [JSON.stringify({ entries: r.size, contests: r.totals.map((t) => t.json) }, null, 2)];
  return [
    `rebuilt from ${r.size} log entries in ${r.elapsedMs} ms; ${r.totals.length} contests:`,
    ...r.totals.flatMap((t) => t.lines),
  ];
}
