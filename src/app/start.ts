/**
 * Start a Saksi server from a configuration: the store (migrated), the
 * official regions, the transparency log with its witnesses, the ingest
 * (with an election root key) and the HTTP app, each a step of boot.ts.
 * `saksi serve`, the simulator and end-to-end tests call this; the demo
 * adds its own steps (src/demo/start.ts). Nothing here knows the demo.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/index.js';
import type { Ingest } from '../ingest/ingest.js';
import type { SecurityOptions } from '../server/security/index.js';
import type { LogService } from '../services/log/open-log.js';
import type { RegionLoadReport } from '../services/regions/load.js';
import type { Store } from '../store/index.js';
import { bootState, closeAll, required, runPhase } from './boot.js';
import type { BootStep } from './boot.js';
import {
  listen,
  openIngestStep,
  openLog,
  openStoreAndRegions,
  readTrust,
  refuseDemoData,
  refuseOpenPrivateFiles,
} from './steps.js';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly logService: LogService;
  readonly address: string;
  readonly regions: RegionLoadReport;
  /** The statement intake and live projection (null without an election root key). */
  readonly ingest: Ingest | null;
  /** What added steps reported, by step name. */
  readonly reports: ReadonlyMap<string, unknown>;
  close(): Promise<void>;
}

export interface StartOptions {
  onLogError?: (m: string) => void;
  security?: Partial<SecurityOptions>;
  /** The web UI's files (default: this package's dist/web; see buildApp). */
  webDir?: string;
  /** Steps a variant adds at their phases (the demo's). */
  steps?: readonly BootStep[];
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const s = bootState(config);
  const added = options.steps ?? [];
  try {
    await openStoreAndRegions(s);
    await refuseOpenPrivateFiles(s);
    await runPhase(s, 'store', added);
    if (!config.demo) await refuseDemoData(s);
    if (!config.demo) await readTrust(s);
    await runPhase(s, 'before-log', added);
    await openLog(s, options.onLogError);
    await runPhase(s, 'after-log', added);
    await openIngestStep(s);
    await runPhase(s, 'after-ingest', added);
    const { app, address } = await listen(s, options);
    return {
      app,
      address,
      store: required(s.store, 'the store'),
      logService: required(s.logService, 'the log'),
      regions: required(s.regions, 'the regions'),
      ingest: s.ingest ?? null,
      reports: s.reports,
      close: () => closeAll(s.closers),
    };
  } catch (e) {
    await closeAll(s.closers);
    throw e;
  }
}
