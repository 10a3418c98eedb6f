/** What every route needs: the store and the configuration. Passed in, never imported. */
import type { Store } from '../store/index.js';
import type { Config } from '../config/index.js';
import type { TransparencyLog } from '../log/log.js';
import type { Ingest } from '../ingest/ingest.js';

export interface AppContext {
  readonly store: Store;
  /** `dataDir`, when given, holds supervision evidence files (under `evidence/`). */
  readonly config: Pick<Config, 'bodyLimit' | 'logLevel'> & Partial<Pick<Config, 'dataDir' | 'leaderRule'>>;
  /** The transparency log, when this server runs one. */
  readonly log?: TransparencyLog;
  /** The ingest pipeline, when this server accepts statements. */
  readonly ingest?: Ingest;
  /** The trust policy verifiers apply (DATA_DIR/policy.txt), served at /log/policy.txt. */
  readonly policy?: string;
}
