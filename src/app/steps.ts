/** The production start-up steps (boot.ts): store and regions, the log, the ingest, the app. */
import { access, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { SaksiError, msg } from '../core/errors/index.js';
import { parseVerifierKey } from '../core/log/note-key.js';
import { ENTRY_HANDLERS } from '../core/verify/handlers.js';
import { nodeCrypto } from '../crypto/node.js';
import { VerifyPool } from '../crypto/verify-pool.js';
import { Ingest } from '../ingest/ingest.js';
import { buildApp } from '../server/app.js';
import { openLogService, openTrustedLogService } from '../services/log/open-log.js';
import { checkServeTrust, requireTrust } from '../services/setup/trust.js';
import { ensureRegionsLoaded } from '../services/regions/load.js';
import { openStore } from '../store/index.js';
import type { BootState } from './boot.js';
import { required } from './boot.js';
import type { SecurityOptions } from '../server/security/index.js';

export async function openStoreAndRegions(s: BootState): Promise<void> {
  const store = await openStore(s.config.database);
  s.store = store;
  s.closers.unshift(() => store.close());
  s.regions = await ensureRegionsLoaded(store);
}

/** Files and marks the demo leaves in a data directory (src/demo). */
export const DEMO_MARKS = {
  meta: 'demo.registry',
  files: ['demo-keys.json', 'demo-credentials.json'],
} as const;

/**
 * Demo state must never become production state (issue 16 #1): a data
 * directory the demo has used carries its accounts with known passwords,
 * its root key and its log. Served without `--demo` it is refused.
 */
export async function refuseDemoData(s: BootState): Promise<void> {
  const store = required(s.store, 'the store');
  const marks: string[] = [];
  if ((await store.meta.get(DEMO_MARKS.meta)) !== undefined) marks.push(`meta ${DEMO_MARKS.meta}`);
  for (const f of DEMO_MARKS.files)
    if (
      await access(join(s.config.dataDir, f)).then(
        () => true,
        () => false,
      )
    )
      marks.push(f);
  if (marks.length === 0) return;
  throw new SaksiError(
    'DEMO_DATA_REFUSED',
    msg(
      `Direktori data ${s.config.dataDir} berisi data demo (${marks.join(', ')}): jalankan dengan --demo, atau siapkan direktori baru untuk pemilihan sungguhan.`,
      `The data directory ${s.config.dataDir} holds demo data (${marks.join(', ')}): serve it with --demo, or prepare a new directory for a real election.`,
    ),
    { field: 'dataDir' },
  );
}

/**
 * A real deployment's trust policy, from its data directory: refused when
 * there is none (`saksi init` makes it) or when settings contradict it.
 */
export async function readTrust(s: BootState): Promise<void> {
  const trust = await requireTrust(s.config);
  checkServeTrust(s.config, trust.policy);
  s.trust = trust;
  s.rootVkey = trust.config.rootVkey;
}

export async function openLog(s: BootState, onError?: (m: string) => void): Promise<void> {
  const logService = s.trust
    ? await openTrustedLogService(s.trust.config, s.trust, onError === undefined ? {} : { onError })
    : await openDemoLog(s, onError);
  s.logService = logService;
  s.closers.unshift(() => logService.log.close());
}

function openDemoLog(s: BootState, onError?: (m: string) => void) {
  return openLogService(s.config, {
    ...(s.extraWitnesses.length === 0 ? {} : { extraWitnesses: s.extraWitnesses }),
    ...(s.rootVkey === undefined ? {} : { rootVkey: s.rootVkey }),
    ...(onError === undefined ? {} : { onError }),
  });
}

/** The ingest pipeline (the ledger replayed from the log, a signature worker pool), when there is a root key. */
export async function openIngestStep(s: BootState): Promise<void> {
  if (s.rootVkey === undefined) return;
  const pool = new VerifyPool();
  s.closers.unshift(() => pool.close());
  s.ingest = await Ingest.open({
    log: required(s.logService, 'the log').log,
    crypto: nodeCrypto,
    pool,
    rootKey: parseVerifierKey(nodeCrypto, s.rootVkey).publicKey,
    handlers: ENTRY_HANDLERS,
  });
}

export async function listen(
  s: BootState,
  options: { readonly security?: Partial<SecurityOptions>; readonly webDir?: string },
): Promise<{ app: FastifyInstance; address: string }> {
  const logService = required(s.logService, 'the log');
  const app = await buildApp(
    {
      store: required(s.store, 'the store'),
      config: s.config,
      log: logService.log,
      policy: logService.policyText,
      ...(s.ingest === undefined ? {} : { ingest: s.ingest }),
    },
    {
      security: { ...options.security, demo: s.config.demo },
      ...(options.webDir === undefined ? {} : { webDir: options.webDir }),
    },
  );
  s.closers.unshift(() => app.close());
  return { app, address: await app.listen({ port: s.config.port, host: s.config.host }) };
}

/** What in a data directory is private: owner-only (the log, its tiles and the policy are public, for nginx). */
function privatePaths(s: BootState): string[] {
  const d = s.config.dataDir;
  const db = s.config.database.kind === 'sqlite' ? s.config.database.file : null;
  return [
    ...(db === null || db === ':memory:' ? [] : [db, `${db}-wal`, `${db}-shm`]),
    join(d, 'keys'),
    join(d, 'evidence'),
    ...DEMO_MARKS.files.map((f) => join(d, f)),
  ];
}

/**
 * Private files readable by others are refused at start (issue 16 #2), with
 * the command that fixes them: the database holds password hashes, TOTP
 * secrets and reporters' identities; keys/ the log's and witnesses' keys.
 */
export async function refuseOpenPrivateFiles(s: BootState): Promise<void> {
  const open: string[] = [];
  for (const p of privatePaths(s)) {
    const st = await stat(p).catch(() => null);
    if (st === null) continue;
    if ((st.mode & 0o077) !== 0) open.push(`${p} (${(st.mode & 0o777).toString(8)})`);
    if (st.isDirectory())
      for (const f of await readdir(p)) {
        const inner = await stat(join(p, f)).catch(() => null);
        if (inner !== null && inner.isFile() && (inner.mode & 0o077) !== 0)
          open.push(`${join(p, f)} (${(inner.mode & 0o777).toString(8)})`);
      }
  }
  if (open.length === 0) return;
  throw new SaksiError(
    'DATA_FILES_TOO_OPEN',
    msg(
      `Berkas rahasia dapat dibaca pengguna lain: ${open.join(', ')}. Perbaiki: chmod 600 untuk berkas, chmod 700 untuk folder.`,
      `Private files are readable by other users: ${open.join(', ')}. Fix: chmod 600 for files, chmod 700 for folders.`,
    ),
    { field: 'dataDir' },
  );
}
