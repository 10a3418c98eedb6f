/**
 * `saksi import sirekap-tps DIR`: a tree of KPU Sirekap per-TPS records into
 * the log, each as a `form.chasil-import` signed by the importer key.
 *
 * Imported records are what KPU published: the handler keeps a record that
 * breaks a rule and flags it. A file that cannot be read as a Sirekap TPS
 * record is never dropped silently: it is counted and listed with its
 * reason, like every entry the ledger refuses. Sealing is deterministic
 * (RFC 8785 body, Ed25519), so importing the same tree again yields the same
 * entry bytes: every record answers `duplicate` and the log is unchanged.
 */
import { lstat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Config } from '../../config/index.js';
import { contestId } from '../../core/elections/index.js';
import type { SirekapType } from '../../core/elections/index.js';
import { SaksiError, msg } from '../../core/errors/index.js';
import { encodeBase64 } from '../../core/log/encoding.js';
import { FORM_CHASIL_IMPORT } from '../../core/recap/import.js';
import type { ChasilImportBody } from '../../core/recap/import.js';
import { history } from '../../core/recap/read.js';
import { parseSirekapTps } from '../../core/sirekap/index.js';
import { KEY_REGISTER, genesisOf, keyIdOf, sealStatement } from '../../core/statements/index.js';
import type { KeyRegisterBody, Ledger } from '../../core/statements/index.js';
import { nodeCrypto } from '../../crypto/node.js';
import type { Ingest, SubmitResult } from '../../ingest/ingest.js';
import type { LoadedKey } from '../../log/key-file.js';
import { loadOrCreateNamedKey, loadRootKey, openOfflineIngest } from './offline.js';
import { contestRegion, locateTps, readBoundedJson, walkJsonFiles } from './sirekap-tree.js';
import type { TreeFile } from './sirekap-tree.js';

export const DEFAULT_ELECTION = 'pilkada2024';
export const IMPORTER_KEY_NAME = 'sirekap-importer';
const DEFAULT_BATCH = 1000;
/** Files listed per refusal code (all are counted). */
const MAX_LISTED_PER_CODE = 10_000;
const READ_CONCURRENCY = 32;

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

export interface SirekapImportOptions {
  readonly dir: string;
  /** Election id of the contest ids (`<election>-<type>-<region>`); default pilkada2024. */
  readonly election?: string;
  /** Used where a file's path has no pkwkk/pkwkp/ppwp folder; must agree where it has one. */
  readonly contestType?: SirekapType;
  readonly batchSize?: number;
  readonly onProgress?: (done: number) => void;
}

/** The whole command: keys from the data directory, the log opened offline, the tree imported. */
export async function runSirekapImport(
  config: Config,
  options: SirekapImportOptions & { readonly keyFile?: string },
): Promise<SirekapImportReport> {
  const root = await loadRootKey(config);
  const importer = await loadOrCreateNamedKey(
    options.keyFile === undefined ? resolve(config.dataDir, 'keys', 'importer.key') : options.keyFile,
    IMPORTER_KEY_NAME,
  );
  const session = await openOfflineIngest(config, root.signer.publicKey);
  try {
    return await importSirekapTree(session.ingest, root, importer, options);
  } finally {
    await session.close();
  }
}

/** Register the importer key if needed, then import every file under `options.dir` through `ingest`. */
export async function importSirekapTree(
  ingest: Ingest,
  root: LoadedKey,
  importer: LoadedKey,
  options: SirekapImportOptions,
): Promise<SirekapImportReport> {
  const genesis = genesisOf(ingest.ledger);
  if (genesis === undefined)
    throw new SaksiError(
      'IMPORT_NO_GENESIS',
      msg(
        'Log belum punya entri genesis pemilihan; impor butuh pemilihan yang sudah diumumkan.',
        'The log has no election genesis entry yet; an import needs the contests announced.',
      ),
    );
  await lstat(options.dir); // a missing DIR fails before anything is logged
  const election = options.election ?? DEFAULT_ELECTION;
  const before = ingest.ledger.size;
  const registeredNow = await ensureImporterKey(ingest, root, importer);
  const acc = new Accumulator();
  const ignored = { count: 0 };
  let batch: TreeFile[] = [];
  const flush = async () => {
    await importBatch(ingest, importer, batch, election, options.contestType, acc);
    batch = [];
    options.onProgress?.(acc.found);
  };
  for await (const f of walkJsonFiles(options.dir, ignored)) {
    batch.push(f);
    if (batch.length >= (options.batchSize ?? DEFAULT_BATCH)) await flush();
  }
  if (batch.length > 0) await flush();
  return acc.report({
    dir: options.dir,
    election,
    importer: { keyId: keyIdOf(nodeCrypto, importer.signer.publicKey), registeredNow },
    ignored: ignored.count,
    logSize: { before, after: ingest.ledger.size },
  });
}

/** The importer key, registered by the root with role importer over the whole country (once). */
async function ensureImporterKey(ingest: Ingest, root: LoadedKey, importer: LoadedKey): Promise<boolean> {
  const keyId = keyIdOf(nodeCrypto, importer.signer.publicKey);
  const known = ingest.ledger.keys.get(keyId);
  if (known !== undefined) {
    if (known.role === 'importer' && known.scope.region === 'national' && known.revokedAt === null)
      return false;
    throw new SaksiError(
      'IMPORT_KEY_UNUSABLE',
      msg(
        `Kunci pengimpor ${keyId} terdaftar sebagai ${known.role} (${known.scope.region})${known.revokedAt === null ? '' : ', sudah dicabut'}; pakai kunci lain (--key).`,
        `Importer key ${keyId} is registered as ${known.role} (${known.scope.region})${known.revokedAt === null ? '' : ', revoked'}; use another key (--key).`,
      ),
      { field: 'key' },
    );
  }
  const body: KeyRegisterBody = {
    publicKey: encodeBase64(importer.signer.publicKey),
    role: 'importer',
    scope: { region: 'national' },
    name: importer.name,
  };
  const [r] = await ingest.submit([sealStatement(nodeCrypto, root.signer, KEY_REGISTER, body)]);
  if (r?.status === 'refused') throw r.error;
  return r?.status === 'accepted';
}

interface Sealed {
  readonly path: string;
  readonly contestId: string;
  readonly tps: string;
  readonly bytes: Uint8Array;
}

async function importBatch(
  ingest: Ingest,
  importer: LoadedKey,
  files: readonly TreeFile[],
  election: string,
  flagType: SirekapType | undefined,
  acc: Accumulator,
): Promise<void> {
  const sealed: Sealed[] = [];
  for (let i = 0; i < files.length; i += READ_CONCURRENCY) {
    const chunk = files.slice(i, i + READ_CONCURRENCY);
    const reads = await Promise.all(chunk.map((f) => readBoundedJson(f)));
    chunk.forEach((f, k) => {
      acc.found++;
      const read = reads[k]!;
      if (!read.ok) return acc.refuse(read.code, f.path, read.reason);
      const where = locateTps(f.file, flagType);
      if (!where.ok) return acc.refuse(where.code, f.path, where.reason);
      try {
        const contest = contestId(election, where.type, contestRegion(where.type, where.tps));
        const { form, extras } = parseSirekapTps(read.json, { contestId: contest, tps: where.tps });
        const body: ChasilImportBody = {
          contestId: contest,
          tps: where.tps,
          source: { path: f.path, ...(extras.ts === null ? {} : { ts: extras.ts }) },
          form,
        };
        const bytes = sealStatement(nodeCrypto, importer.signer, FORM_CHASIL_IMPORT, body);
        sealed.push({ path: f.path, contestId: contest, tps: where.tps, bytes });
      } catch (e) {
        acc.refuseError(f.path, e);
      }
    });
  }
  if (sealed.length === 0) return;
  const results = await ingest.submit(sealed.map((s) => s.bytes));
  sealed.forEach((s, i) => acc.result(ingest.ledger, s, results[i]!));
}

class Accumulator {
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
