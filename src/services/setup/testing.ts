/**
 * A data directory set up as `saksi init --new-root` leaves it, for tests
 * that start a real server: no witnesses (quorum 0), so the configuration
 * acknowledges that explicitly, as an operator must (SAKSI_WITNESS_QUORUM=0).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config/index.js';
import type { Config, ConfigInput } from '../../config/index.js';
import { initDataDir } from './init.js';
import type { InitReport } from './init.js';

export const TEST_ORIGIN = 'saksi.test/log';
export const TEST_ROOT = 'saksi.test/root';

/** A server configuration on `dataDir` that accepts a policy without witnesses. */
export function unwitnessedConfig(dataDir: string, flags: ConfigInput = {}): Config {
  return loadConfig(
    {},
    { dataDir, port: 0, host: '127.0.0.1', logLevel: 'silent', witnessQuorum: 0, ...flags },
  );
}

/** A new temporary directory, initialised with a new root key and no witnesses. */
export async function initialisedDir(prefix = 'saksi-init-'): Promise<{ dir: string; init: InitReport }> {
  const dir = join(mkdtempSync(join(tmpdir(), prefix)), 'data');
  const init = await initDataDir(unwitnessedConfig(dir), {
    origin: TEST_ORIGIN,
    publicUrl: 'http://127.0.0.1:8080',
    newRoot: TEST_ROOT,
    quorum: 0,
  });
  return { dir, init };
}
