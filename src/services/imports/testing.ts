/**
 * A data directory for tests of the offline commands: a log whose first
 * entry is an election genesis, signed by a root key saved where the
 * commands expect it (DATA_DIR/keys/root.key), as `saksi serve --demo`
 * leaves one. `dispose()` removes it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config/index.js';
import type { Config } from '../../config/index.js';
import { encodeBase64 } from '../../core/log/encoding.js';
import { GENESIS, sealStatement } from '../../core/statements/index.js';
import type { Genesis, GenesisContest } from '../../core/statements/index.js';
import { nodeCrypto } from '../../crypto/node.js';
import { loadOrCreateKey } from '../../log/key-file.js';
import type { LoadedKey } from '../../log/key-file.js';
import { openOfflineLog, rootKeyFile } from './offline.js';

export interface ElectionDataDir {
  readonly dir: string;
  readonly config: Config;
  readonly root: LoadedKey;
  dispose(): Promise<void>;
}

export async function makeElectionDataDir(
  contests: readonly GenesisContest[],
  election: Partial<Genesis['election']> = {},
): Promise<ElectionDataDir> {
  const dir = await mkdtemp(join(tmpdir(), 'saksi-imports-'));
  const config = loadConfig({}, { dataDir: join(dir, 'data') }, dir);
  const root = await loadOrCreateKey(nodeCrypto, rootKeyFile(config), 'kpu.test/root');
  const log = await openOfflineLog(config);
  try {
    const genesis: Genesis = {
      election: {
        id: 'pilkada2024',
        name: 'Pemilihan Serentak 2024',
        kind: 'pilkada',
        votingDay: '2024-11-27',
        ballotReservePermille: 25,
        ...election,
      },
      rootKey: encodeBase64(root.signer.publicKey),
      contests,
    };
    await log.append(sealStatement(nodeCrypto, root.signer, GENESIS, genesis));
  } finally {
    await log.close();
  }
  return { dir, config, root, dispose: () => rm(dir, { recursive: true, force: true }) };
}
