/** What every route needs: the store and the configuration. Passed in, never imported. */
import type { Store } from '../store/index.js';
import type { Config } from '../config/index.js';
import type { TransparencyLog } from '../log/log.js';
import type { Ingest } from '../ingest/ingest.js';

export interface AppContext {
  readonly store: Store;
  readonly config: Pick<Config, 'bodyLimit' | 'logLevel'>;
  /** The transparency log, when this server runs one. */
  readonly log?: TransparencyLog;
  /** The ingest pipeline, when this server accepts statements. */
  readonly ingest?: Ingest;
}
