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
import { lstat, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Config } from '../../config/index.js';
import { contestId } from '../../core/elections/index.js';
import type { SirekapType } from '../../core/elections/index.js';
import { SaksiError, msg } from '../../core/errors/index.js';
import { encodeBase64 } from '../../core/log/encoding.js';
import { FORM_CHASIL_IMPORT } from '../../core/recap/import.js';
import type { ChasilImportBody } from '../../core/recap/import.js';
import { parseSirekapTps } from '../../core/sirekap/index.js';
import { KEY_REGISTER, genesisOf, keyIdOf, sealStatement } from '../../core/statements/index.js';
import type { KeyRegisterBody } from '../../core/statements/index.js';
import { nodeCrypto } from '../../crypto/node.js';
import type { Ingest } from '../../ingest/ingest.js';
import type { LoadedKey } from '../../log/key-file.js';
import { requestFileBytes } from '../setup/statements.js';
import {
  loadOrCreateNamedKey,
  loadRootKey,
  openOfflineIngest,
  rootKeyFile,
  rootPublicKey,
} from './offline.js';
import { Accumulator } from './sirekap-report.js';
import type { SirekapImportReport, Sealed } from './sirekap-report.js';
import { contestRegion, locateTps, readBoundedJson, walkJsonFiles } from './sirekap-tree.js';
import type { TreeFile } from './sirekap-tree.js';

export const DEFAULT_ELECTION = 'pilkada2024';
export const IMPORTER_KEY_NAME = 'sirekap-importer';
const DEFAULT_BATCH = 1000;
const READ_CONCURRENCY = 32;

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
  const importer = await loadOrCreateNamedKey(
    options.keyFile === undefined ? resolve(config.dataDir, 'keys', 'importer.key') : options.keyFile,
    IMPORTER_KEY_NAME,
  );
  const root = (await exists(rootKeyFile(config))) ? await loadRootKey(config) : null;
  const session = await openOfflineIngest(config, await rootPublicKey(config));
  try {
    if (
      root === null &&
      session.ingest.ledger.keys.get(keyIdOf(nodeCrypto, importer.signer.publicKey)) === undefined
    )
      throw await importerRequest(config, importer);
    return await importSirekapTree(session.ingest, root, importer, options);
  } finally {
    await session.close();
  }
}

/**
 * With the root kept offline, the importer key's registration is written as
 * a request for the root to sign (`saksi root sign`, then `saksi log submit`).
 */
async function importerRequest(config: Config, importer: LoadedKey): Promise<SaksiError> {
  const file = join(config.dataDir, 'importer.request.json');
  const body: KeyRegisterBody = {
    publicKey: encodeBase64(importer.signer.publicKey),
    role: 'importer',
    scope: { region: 'national' },
    name: importer.name,
  };
  await writeFile(file, requestFileBytes([{ type: KEY_REGISTER, body }]));
  return new SaksiError(
    'IMPORT_KEY_UNREGISTERED',
    msg(
      `Kunci pengimpor belum terdaftar dan kunci akar tidak ada di sini. Tanda tangani ${file} di mesin akar (\`saksi root sign\`), \`saksi log submit\` hasilnya, lalu impor lagi.`,
      `The importer key is not registered and the root key is not here. Sign ${file} on the root's machine (\`saksi root sign\`), \`saksi log submit\` the result, then import again.`,
    ),
    { field: 'key' },
  );
}

/** Register the importer key if needed, then import every file under `options.dir` through `ingest`. */
export async function importSirekapTree(
  ingest: Ingest,
  root: LoadedKey | null,
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
async function ensureImporterKey(
  ingest: Ingest,
  root: LoadedKey | null,
  importer: LoadedKey,
): Promise<boolean> {
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
  if (root === null) throw new Error('the importer key is unregistered and there is no root key');
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

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

export { formatImportReport } from './sirekap-report.js';
export type { FileRefusal, RefusalGroup, SirekapImportReport } from './sirekap-report.js';
