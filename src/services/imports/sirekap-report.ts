/**
 * The report of `saksi import sirekap-tps`: every file imported, a
 * duplicate or refused (counted and listed by code), and the rules each
 * imported record broke, warned about or could not check.
 */
import { SaksiError } from '../../core/errors/index.js';
import { history } from '../../core/recap/read.js';
import type { Ledger } from '../../core/statements/index.js';
import type { SubmitResult } from '../../ingest/ingest.js';

/** Files listed per refusal code (all are counted). */
const MAX_LISTED_PER_CODE = 10_000;

/** One sealed record on its way to the log. */
export interface Sealed {
  readonly path: string;
  readonly contestId: string;
  readonly tps: string;
  readonly bytes: Uint8Array;
}

export interface FileRefusal {
  readonly path: string;
  readonly reason: string;
}

export interface RefusalGroup {
  readonly code: string;
  readonly count: number;
  /** Up to MAX_LISTED_PER_CODE of them. */
  readonly files: FileRefusal[];
}

export interface SirekapImportReport {
  readonly dir: string;
  readonly election: string;
  readonly importer: { readonly keyId: string; readonly registeredNow: boolean };
  /** `.json` files found; each is imported, a duplicate or refused. */
  readonly found: number;
  readonly imported: number;
  readonly duplicates: number;
  readonly refused: number;
  /** By code, in code order. */
  readonly refusals: RefusalGroup[];
  /** Other files (not `.json`, symlinks) passed over. */
  readonly ignored: number;
  /** Of the records imported now: how many each rule flagged (error rules), warned about, or could not check. */
  readonly flaggedRecords: number;
  readonly flagged: Readonly<Record<string, number>>;
  readonly warnings: Readonly<Record<string, number>>;
  readonly notCheckable: Readonly<Record<string, number>>;
  /** Records imported now, by contest. */
  readonly contests: Readonly<Record<string, number>>;
  readonly logSize: { readonly before: number; readonly after: number };
}

export class Accumulator {
  found = 0;
  imported = 0;
  duplicates = 0;
  flaggedRecords = 0;
  readonly #refusals = new Map<string, { count: number; files: FileRefusal[] }>();
  readonly #flagged = new Map<string, number>();
  readonly #warnings = new Map<string, number>();
  readonly #notCheckable = new Map<string, number>();
  readonly #contests = new Map<string, number>();

  refuse(code: string, path: string, reason: string): void {
    const group = this.#refusals.get(code) ?? { count: 0, files: [] };
    group.count++;
    if (group.files.length < MAX_LISTED_PER_CODE) group.files.push({ path, reason });
    this.#refusals.set(code, group);
  }

  refuseError(path: string, e: unknown): void {
    if (!(e instanceof SaksiError))
      return this.refuse('IMPORT_UNEXPECTED_ERROR', path, String(e).slice(0, 200));
    const details = e.problems
      .slice(0, 5)
      .map((p) => `${p.code} [${p.fields.join(', ')}]`)
      .join('; ');
    const more = e.problems.length > 5 ? `; … ${e.problems.length - 5} more` : '';
    this.refuse(e.code, path, details === '' ? e.messages.en : `${e.messages.en}: ${details}${more}`);
  }

  result(ledger: Ledger, s: Sealed, r: SubmitResult): void {
    if (r.status === 'refused') return this.refuseError(s.path, r.error);
    if (r.status === 'duplicate') {
      this.duplicates++;
      return;
    }
    this.imported++;
    bump(this.#contests, s.contestId);
    const entry = history(ledger, s.contestId, s.tps).find((h) => h.index === r.index);
    if (entry === undefined) return;
    if (entry.flags.length > 0) this.flaggedRecords++;
    for (const code of new Set(entry.flags.map((p) => p.code))) bump(this.#flagged, code);
    for (const code of new Set(entry.warnings.map((p) => p.code))) bump(this.#warnings, code);
    for (const code of entry.notCheckable) bump(this.#notCheckable, code);
  }

  report(
    rest: Pick<SirekapImportReport, 'dir' | 'election' | 'importer' | 'ignored' | 'logSize'>,
  ): SirekapImportReport {
    const refusals = [...this.#refusals]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, g]) => ({ code, count: g.count, files: g.files }));
    return {
      ...rest,
      found: this.found,
      imported: this.imported,
      duplicates: this.duplicates,
      refused: refusals.reduce((n, g) => n + g.count, 0),
      refusals,
      flaggedRecords: this.flaggedRecords,
      flagged: sorted(this.#flagged),
      warnings: sorted(this.#warnings),
      notCheckable: sorted(this.#notCheckable),
      contests: sorted(this.#contests),
    };
  }
}

function bump(m: Map<string, number>, key: string): void {
  m.set(key, (m.get(key) ?? 0) + 1);
}

function sorted(m: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The report as text lines; `limit` files listed per refusal code. */
export function formatImportReport(r: SirekapImportReport, limit = 20): string[] {
  const counts = (m: Readonly<Record<string, number>>) =>
    Object.entries(m).map(([code, n]) => `    ${code}: ${n}`);
  const lines = [
    `${r.dir}: ${r.found} files found`,
    `  imported:   ${r.imported}`,
    `  duplicates: ${r.duplicates} (already in the log)`,
    `  refused:    ${r.refused}`,
  ];
  for (const g of r.refusals) {
    lines.push(`    ${g.code}: ${g.count}`);
    for (const f of g.files.slice(0, limit)) lines.push(`      ${f.path}: ${f.reason}`);
    if (g.count > limit) lines.push(`      … and ${g.count - limit} more`);
  }
  if (r.ignored > 0) lines.push(`  other files ignored (not .json, or links): ${r.ignored}`);
  lines.push(`  records flagged: ${r.flaggedRecords} (kept as published; per rule:)`, ...counts(r.flagged));
  if (Object.keys(r.warnings).length > 0) lines.push('  plausibility warnings:', ...counts(r.warnings));
  if (Object.keys(r.notCheckable).length > 0)
    lines.push('  rules not checkable (Sirekap lacks the numbers):', ...counts(r.notCheckable));
  if (Object.keys(r.contests).length > 0) lines.push('  imported by contest:', ...counts(r.contests));
  lines.push(
    `  importer key ${r.importer.keyId}${r.importer.registeredNow ? ' (registered now)' : ''}; ` +
      `log ${r.logSize.before} → ${r.logSize.after} entries (election ${r.election})`,
  );
  return lines;
}
