/**
 * The demo's log trust root, so a fresh clone publishes witnessed checkpoints:
 * a local witness (its own key and state, in-process on a loopback port,
 * quorum 1) and the demo election authority's root key, whose first act is
 * the genesis entry. A real deployment keeps the root key offline and runs
 * witnesses at independent organisations; the demo keeps both in DATA_DIR.
 */
import { join } from 'node:path';
import { stat } from 'node:fs/promises';
import type { Config } from '../config/index.js';
import { parseVerifierKey } from '../core/log/note-key.js';
import { sealStatement } from '../core/statements/index.js';
import { nodeCrypto } from '../crypto/node.js';
import { loadOrCreateKey } from '../log/key-file.js';
import type { LoadedKey } from '../log/key-file.js';
import type { WitnessEndpoint } from '../log/publisher.js';
import type { TransparencyLog } from '../log/log.js';
import { generateWitnessKey, startWitness, writeWitnessKeyFile } from '../witness/index.js';
import type { RunningWitness } from '../witness/index.js';
import type { Store } from '../store/index.js';
import { DEMO_ELECTION } from '../synthetic/seed.js';
import { genesisFromStore } from '../services/setup/genesis.js';

export const DEMO_ROOT_NAME = 'kpu.demo/root';
export const DEMO_WITNESS_NAME = 'witness.demo/local';

export interface DemoTrust {
  readonly root: LoadedKey;
  readonly witness: RunningWitness;
  readonly endpoint: WitnessEndpoint;
}

/** Start the demo's local witness (trusting the log key) and load the root key. */
export async function startDemoTrust(config: Config): Promise<DemoTrust> {
  const logKey = await loadOrCreateKey(nodeCrypto, config.logKeyFile, config.logOrigin);
  const keyFile = join(config.dataDir, 'keys', 'witness.key');
  if (!(await exists(keyFile)))
    await writeWitnessKeyFile(keyFile, generateWitnessKey(nodeCrypto, DEMO_WITNESS_NAME).skey);
  const witness = await startWitness(
    {
      port: 0,
      host: '127.0.0.1',
      keyFile,
      logs: [parseVerifierKey(nodeCrypto, logKey.vkey)],
      stateDir: join(config.dataDir, 'witness-state'),
    },
    { logLevel: 'warn' },
  );
  const root = await loadOrCreateKey(nodeCrypto, join(config.dataDir, 'keys', 'root.key'), DEMO_ROOT_NAME);
  const key = parseVerifierKey(nodeCrypto, witness.witness.vkey);
  return { root, witness, endpoint: { name: DEMO_WITNESS_NAME, url: witness.address, key } };
}

/** Append the demo election's genesis entry when the log is empty. */
export async function ensureDemoGenesis(
  log: TransparencyLog,
  store: Store,
  root: LoadedKey,
): Promise<boolean> {
  if (log.size > 0) return false;
  const genesis = await genesisFromStore(store, DEMO_ELECTION.id, root.signer.publicKey);
  await log.append(sealStatement(nodeCrypto, root.signer, 'election.genesis', genesis));
  return true;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
