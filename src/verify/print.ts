/**
 * What `saksi verify` prints: a verdict line, then what was checked, then
 * every contest's recomputed totals. Exit status carries the verdict.
 */
import type { VerifyReport } from '../core/verify/index.js';
import { genesisOf } from '../core/statements/index.js';
import { contestTotals } from './totals.js';

export function printReport(report: VerifyReport, ms: number, json: boolean): string[] {
  if (json) return [JSON.stringify(toJson(report, ms), null, 2)];
  const lines: string[] = [];
  if (!report.ok) {
    const f = report.failure;
    const where = f?.index === undefined ? '' : ` at entry ${f.index}`;
    lines.push(
      `FAIL${where}: ${f?.code ?? 'VERIFY_ERROR'}${f?.cause === undefined ? '' : ` (${f.cause})`}: ${f?.reason.en ?? ''}`,
    );
    lines.push(`GAGAL${where}: ${f?.reason.id ?? ''}`);
    return lines;
  }
  lines.push(
    `OK: ${report.size} entries of ${report.origin ?? '?'} verified in ${ms} ms (${report.witnesses} witness cosignatures)`,
  );
  lines.push(
    '    checkpoint signature and witness quorum; every entry against its leaf hash; every tile; the root;',
  );
  lines.push("    every signer's registration and signature; every entry replayed through the recap rules");
  const ledger = report.ledger;
  if (ledger !== undefined) {
    lines.push(`entries by type: ${[...ledger.counts].map(([t, n]) => `${t} ${n}`).join(', ')}`);
    const genesis = genesisOf(ledger);
    if (genesis !== undefined) {
      lines.push(
        `election: ${genesis.election.name} (${genesis.election.id}), ${genesis.contests.length} contests, ${ledger.keys.size} registered keys`,
      );
      for (const t of contestTotals(ledger)) lines.push(...t.lines);
    }
  }
  lines.push(
    'The log proves who published which numbers when and that history was not rewritten; not that the paper count was right.',
  );
  return lines;
}

function toJson(report: VerifyReport, ms: number) {
  const ledger = report.ledger;
  return {
    ok: report.ok,
    size: report.size,
    origin: report.origin,
    witnesses: report.witnesses,
    ms,
    failure: report.failure,
    entries: ledger === undefined ? undefined : Object.fromEntries(ledger.counts),
    contests: ledger === undefined ? undefined : contestTotals(ledger).map((t) => t.json),
  };
}
