/**
 * Start a complete Saksi server from a configuration: the store (migrated),
 * the official regions, the demo when asked, the transparency log with its
 * witnesses, and the HTTP app. `saksi serve` and end-to-end tests call this.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/index.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { ensureRegionsLoaded } from '../services/regions/load.js';
import type { RegionLoadReport } from '../services/regions/load.js';
import { openLogService } from '../services/log/open-log.js';
import type { LogService } from '../services/log/open-log.js';
import { ensureDemo } from '../demo/load.js';
import type { DemoReport } from '../demo/load.js';
import { ensureDemoGenesis, startDemoTrust } from '../demo/log.js';
import type { DemoTrust } from '../demo/log.js';
import { buildApp } from './app.js';
import { Ingest } from '../ingest/ingest.js';
import type { TransparencyLog } from '../log/log.js';
import { VerifyPool } from '../crypto/verify-pool.js';
import { nodeCrypto } from '../crypto/node.js';
import { parseVerifierKey } from '../core/log/note-key.js';
import { ENTRY_HANDLERS } from '../core/verify/handlers.js';
import { ensureDemoAccounts } from '../demo/accounts.js';
import { ensureDemoForms } from '../demo/forms.js';
import type { DemoFormsReport } from '../demo/forms.js';
import type { DemoAccountsReport } from '../demo/accounts.js';
import type { SecurityOptions } from './security/index.js';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly logService: LogService;
  readonly address: string;
  readonly regions: RegionLoadReport;
  readonly demo: DemoReport | null;
  /** Demo accounts (with --demo): passwords only on the start that created them. */
  readonly demoAccounts: DemoAccountsReport | null;
  /** Demo results and the demo officers' signing keys (with --demo, on the start that made them). */
  readonly demoForms: DemoFormsReport | null;
  /** The statement intake and live projection (null without an election root key). */
  readonly ingest: Ingest | null;
  close(): Promise<void>;
}

export async function startServer(
  config: Config,
  options: {
    onLogError?: (m: string) => void;
    security?: Partial<SecurityOptions>;
    /** The web UI's files (default: this package's dist/web; see buildApp). */
    webDir?: string;
  } = {},
): Promise<RunningServer> {
  const store = await openStore(config.database);
  const closers: Array<() => Promise<void>> = [() => store.close()];
  try {
    const regions = await ensureRegionsLoaded(store);
    const demo = config.demo ? await ensureDemo(store, new Date()) : null;
    const demoAccounts = config.demo ? await ensureDemoAccounts(store, config.dataDir) : null;
    const trust: DemoTrust | null = config.demo ? await startDemoTrust(config) : null;
    if (trust !== null) closers.unshift(() => trust.witness.close());
    const rootVkey = trust?.root.vkey ?? config.rootVkey;
    const logService = await openLogService(config, {
      ...(trust === null ? {} : { extraWitnesses: [trust.endpoint] }),
      ...(rootVkey === undefined ? {} : { rootVkey }),
      ...(options.onLogError === undefined ? {} : { onError: options.onLogError }),
    });
    closers.unshift(() => logService.log.close());
    if (trust !== null) await ensureDemoGenesis(logService.log, store, trust.root);
    const ingest = rootVkey === undefined ? undefined : await openIngest(logService.log, rootVkey, closers);
    const demoForms =
      trust === null || ingest === undefined || demoAccounts === null
        ? null
        : await ensureDemoForms(ingest, store, trust.root, config.dataDir, demoAccounts.credentials);
    const app = await buildApp(
      {
        store,
        config,
        log: logService.log,
        policy: logService.policyText,
        ...(ingest === undefined ? {} : { ingest }),
      },
      {
        security: { ...options.security, demo: config.demo },
        ...(options.webDir === undefined ? {} : { webDir: options.webDir }),
      },
    );
    closers.unshift(() => app.close());
    const address = await app.listen({ port: config.port, host: config.host });
    return {
      app,
      store,
      logService,
      ingest: ingest ?? null,
      address,
      regions,
      demo,
      demoAccounts,
      demoForms,
      close: () => closeAll(closers),
    };
  } catch (e) {
    await closeAll(closers);
    throw e;
  }
}

/** The ingest pipeline: the ledger replayed from the log, and a signature worker pool. */
async function openIngest(
  log: TransparencyLog,
  rootVkey: string,
  closers: Array<() => Promise<void>>,
): Promise<Ingest> {
  const pool = new VerifyPool();
  closers.unshift(() => pool.close());
  return Ingest.open({
    log,
    crypto: nodeCrypto,
    pool,
    rootKey: parseVerifierKey(nodeCrypto, rootVkey).publicKey,
    handlers: ENTRY_HANDLERS,
  });
}

async function closeAll(closers: Array<() => Promise<void>>): Promise<void> {
  for (const close of closers) await close().catch(() => undefined);
}
