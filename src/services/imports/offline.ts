/**
 * The data directory's transparency log opened without the HTTP server, for
 * offline commands (`saksi import sirekap-tps`, `saksi rebuild`): the same
 * files, log key and entry handlers as `startServer`, but no witnesses and
 * no checkpoint publishing — the next `saksi serve` publishes a witnessed
 * checkpoint covering what was appended here. The trust policy file is left
 * alone (it names the server's witnesses).
 *
 * Run writers with the server stopped: the log has one writer at a time.
 * The read-only mode never writes or deletes a file.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../../config/index.js';
import { SaksiError, msg } from '../../core/errors/index.js';
import { parseSignerKey, parseVerifierKey } from '../../core/log/note-key.js';
import { ENTRY_HANDLERS } from '../../core/verify/handlers.js';
import { newSeed, nodeCrypto, nodeSigner } from '../../crypto/node.js';
import { VerifyPool } from '../../crypto/verify-pool.js';
import { Ingest } from '../../ingest/ingest.js';
import { loadOrCreateKey } from '../../log/key-file.js';
import type { LoadedKey } from '../../log/key-file.js';
import { TransparencyLog } from '../../log/log.js';
import { DiskTileStorage } from '../../log/tile-storage.js';
import type { TileStorage } from '../../log/tile-storage.js';
import { STATE_PATH } from '../../log/recovery.js';
import { findTrust } from '../setup/trust.js';

/** Never reached: without witnesses nothing is published offline. */
const NO_PUBLISHING = Number.MAX_SAFE_INTEGER;
const HOUR_MS = 3_600_000;

export function rootKeyFile(config: Config): string {
  return join(config.dataDir, 'keys', 'root.key');
}

/** Open the data directory's log. `readOnly`: no file is written or removed (safe beside a running server). */
export async function openOfflineLog(
  config: Config,
  options: { readOnly?: boolean } = {},
): Promise<TransparencyLog> {
  const readOnly = options.readOnly === true;
  // An initialised directory's policy names the log's origin (its key's name).
  config = (await findTrust(config))?.config ?? config;
  const logDir = join(config.dataDir, 'log');
  const stateDir = join(config.dataDir, 'log-state');
  if (!(await exists(join(stateDir, STATE_PATH))) && readOnly) throw noLog(config.dataDir);
  // The log key signs checkpoints, which are never published offline; a read-only
  // open must not create a key file, so it signs with a throwaway key.
  const logSigner = readOnly
    ? nodeSigner(newSeed())
    : (await loadOrCreateKey(nodeCrypto, config.logKeyFile, config.logOrigin)).signer;
  const logOptions = {
    crypto: nodeCrypto,
    origin: config.logOrigin,
    logSigner,
    witnesses: [],
    quorum: NO_PUBLISHING,
    publishIntervalMs: HOUR_MS,
    onError: () => undefined,
  };
  // A writer takes the log's lock (refused while a server runs on it); a reader needs none.
  if (!readOnly) return TransparencyLog.openDir(logDir, stateDir, logOptions);
  const storage = (dir: string): TileStorage => readOnlyStorage(new DiskTileStorage(dir));
  return TransparencyLog.open({ ...logOptions, storage: storage(logDir), state: storage(stateDir) });
}

/**
 * The election root's public key, as the server takes it: the data
 * directory's trust policy (`saksi init`), SAKSI_ROOT_VKEY, or the demo's
 * DATA_DIR/keys/root.key.
 */
export async function rootPublicKey(config: Config): Promise<Uint8Array> {
  config = (await findTrust(config))?.config ?? config;
  if (config.rootVkey !== undefined) return parseVerifierKey(nodeCrypto, config.rootVkey).publicKey;
  const file = rootKeyFile(config);
  if (!(await exists(file)))
    throw new SaksiError(
      'ROOT_KEY_MISSING',
      msg(
        `Kunci akar pemilihan tidak diketahui: siapkan direktori data dengan \`saksi init\` (atau \`saksi serve --demo\` untuk demo).`,
        `The election root key is unknown: set up the data directory with \`saksi init\` (or \`saksi serve --demo\` for the demo).`,
      ),
      { field: 'root.key' },
    );
  return (await loadRootKey(config)).signer.publicKey;
}

/**
 * The election root's signing key from DATA_DIR/keys/root.key (never
 * created here). It must be the key the policy or SAKSI_ROOT_VKEY names.
 */
export async function loadRootKey(config: Config): Promise<LoadedKey> {
  config = (await findTrust(config))?.config ?? config;
  const file = rootKeyFile(config);
  if (!(await exists(file)))
    throw new SaksiError(
      'ROOT_KEY_MISSING',
      msg(
        `Kunci akar pemilihan tidak ada di ${file}: ini butuh tanda tangan akar. Buat pernyataannya di sini, tanda tangani di mesin yang memegang akar (\`saksi root sign\`), lalu \`saksi log submit\`; atau \`saksi init --new-root\` pada direktori baru.`,
        `No election root key at ${file}: this needs the root's signature. Prepare the statement here, sign it on the machine that holds the root (\`saksi root sign\`), then \`saksi log submit\`; or \`saksi init --new-root\` on a new directory.`,
      ),
      { field: 'root.key' },
    );
  const key = await loadExistingKey(file);
  if (config.rootVkey !== undefined) {
    const pinned = parseVerifierKey(nodeCrypto, config.rootVkey).publicKey;
    if (!Buffer.from(pinned).equals(Buffer.from(key.signer.publicKey)))
      throw new SaksiError(
        'ROOT_KEY_MISMATCH',
        msg(
          `Kunci di ${file} bukan kunci akar yang ditetapkan SAKSI_ROOT_VKEY.`,
          `The key in ${file} is not the root key SAKSI_ROOT_VKEY names.`,
        ),
        { field: 'root.key' },
      );
  }
  return key;
}

/** A signing key file, under whatever name it holds; created (named `name`) when missing. */
export async function loadOrCreateNamedKey(file: string, name: string): Promise<LoadedKey> {
  return (await exists(file)) ? loadExistingKey(file) : loadOrCreateKey(nodeCrypto, file, name);
}

async function loadExistingKey(file: string): Promise<LoadedKey> {
  let name = 'unnamed';
  try {
    name = parseSignerKey((await readFile(file, 'utf8')).trim()).name;
  } catch {
    // unreadable: loadOrCreateKey reports KEY_FILE_INVALID below
  }
  return loadOrCreateKey(nodeCrypto, file, name);
}

export interface OfflineIngest {
  readonly log: TransparencyLog;
  readonly ingest: Ingest;
  close(): Promise<void>;
}

/** The log and the ingest pipeline (ledger replayed, signature pool), as `startServer` opens them. */
export async function openOfflineIngest(config: Config, rootKey: Uint8Array): Promise<OfflineIngest> {
  // An initialised directory (its policy written by `saksi init`) may hold an empty log.
  const initialised = (await findTrust(config)) !== undefined;
  if (!initialised && !(await exists(join(config.dataDir, 'log-state', STATE_PATH))))
    throw noLog(config.dataDir);
  const log = await openOfflineLog(config);
  const pool = new VerifyPool();
  const close = async () => {
    await pool.close().catch(() => undefined);
    await log.close();
  };
  try {
    const ingest = await Ingest.open({ log, crypto: nodeCrypto, pool, rootKey, handlers: ENTRY_HANDLERS });
    return { log, ingest, close };
  } catch (e) {
    await close();
    throw e;
  }
}

function noLog(dataDir: string): SaksiError {
  return new SaksiError(
    'LOG_NOT_FOUND',
    msg(
      `Belum ada log di ${dataDir}. Siapkan direktori dengan \`saksi init\` (atau \`saksi serve --demo\` untuk demo).`,
      `There is no log in ${dataDir} yet. Set the directory up with \`saksi init\` (or \`saksi serve --demo\` for the demo).`,
    ),
    { field: 'data-dir' },
  );
}

/** Reads pass through; recovery's removal of unacknowledged tiles is skipped; writes are a bug. */
function readOnlyStorage(inner: TileStorage): TileStorage {
  return {
    get: (path) => inner.get(path),
    list: (prefix) => inner.list(prefix),
    remove: () => Promise.resolve(),
    put: (path) => Promise.reject(new Error(`read-only log: refusing to write ${path}`)),
  };
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
