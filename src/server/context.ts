/** What every route needs: the store and the configuration. Passed in, never imported. */
import type { Store } from '../store/index.js';
import type { Config } from '../config/index.js';

export interface AppContext {
  readonly store: Store;
  readonly config: Pick<Config, 'bodyLimit' | 'logLevel'>;
}
