/**
 * A real, witnessed log on disk for tests: a witness service on a loopback
 * port, a TransparencyLog with that witness at quorum 1, a root key, a
 * genesis entry and `keys` registered officer keys. Everything is torn down
 * by `dispose()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeBase64 } from '../../src/core/log/encoding.js';
import { noteKeyPair, parseVerifierKey } from '../../src/core/log/note-key.js';
import { formatPolicy } from '../../src/core/log/policy.js';
import { sealStatement } from '../../src/core/statements/index.js';
import type { Ed25519Signer } from '../../src/core/log/crypto.js';
import { newSeed, nodeCrypto, nodeSigner } from '../../src/crypto/node.js';
import { TransparencyLog } from '../../src/log/log.js';
import { generateWitnessKey, startWitness, writeWitnessKeyFile } from '../../src/witness/index.js';
import type { RunningWitness } from '../../src/witness/index.js';

export const ORIGIN = 'saksi.test/log';

export interface LogFixture {
  readonly dir: string;
  readonly logDir: string;
  readonly log: TransparencyLog;
  readonly root: Ed25519Signer;
  readonly policy: string;
  readonly policyFile: string;
  readonly witness: RunningWitness;
  readonly logSeed: Uint8Array;
  dispose(): Promise<void>;
}

export async function openLogFixture(
  options: { keys?: number; genesisContests?: unknown[]; electionId?: string } = {},
): Promise<LogFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'saksi-log-'));
  const logSeed = newSeed();
  const logSigner = nodeSigner(logSeed);
  const logVkey = noteKeyPair(nodeCrypto, ORIGIN, logSeed, logSigner.publicKey).vkey;
  const witnessKeyFile = join(dir, 'witness.key');
  const wk = generateWitnessKey(nodeCrypto, 'witness.test/w1');
  await writeWitnessKeyFile(witnessKeyFile, wk.skey);
  const witness = await startWitness({
    port: 0,
    host: '127.0.0.1',
    keyFile: witnessKeyFile,
    logs: [parseVerifierKey(nodeCrypto, logVkey)],
    stateDir: join(dir, 'witness-state'),
  });
  const witnessKey = parseVerifierKey(nodeCrypto, witness.witness.vkey);
  const logDir = join(dir, 'log');
  const log = await TransparencyLog.openDir(logDir, join(dir, 'log-state'), {
    crypto: nodeCrypto,
    origin: ORIGIN,
    logSigner,
    witnesses: [{ name: 'w1', url: witness.address, key: witnessKey }],
    quorum: 1,
    publishIntervalMs: 20,
  });
  const rootSeed = newSeed();
  const root = nodeSigner(rootSeed);
  const rootVkey = noteKeyPair(nodeCrypto, 'root.test/kpu', rootSeed, root.publicKey).vkey;
  const policy = formatPolicy(nodeCrypto, {
    log: parseVerifierKey(nodeCrypto, logVkey),
    root: parseVerifierKey(nodeCrypto, rootVkey),
    witnesses: [{ name: 'w1', key: witnessKey }],
    quorum: 1,
  });
  const policyFile = join(dir, 'policy.txt');
  (await import('node:fs')).writeFileSync(policyFile, policy);
  await log.append(
    sealStatement(nodeCrypto, root, 'election.genesis', {
      election: {
        id: options.electionId ?? 'test',
        name: 'Test',
        kind: 'pilkada',
        votingDay: '2024-11-27',
        ballotReservePermille: 25,
      },
      rootKey: encodeBase64(root.publicKey),
      contests: options.genesisContests ?? [],
    }),
  );
  const n = options.keys ?? 0;
  await Promise.all(
    Array.from({ length: n }, (_, i) =>
      log.append(
        sealStatement(nodeCrypto, root, 'key.register', {
          publicKey: encodeBase64(nodeSigner(newSeed()).publicKey),
          role: 'kpps',
          scope: { region: `3579011001${String((i % 999) + 1).padStart(3, '0')}` },
          name: `KPPS ${i}`,
        }),
      ),
    ),
  );
  return {
    dir,
    logDir,
    log,
    root,
    policy,
    policyFile,
    witness,
    logSeed,
    dispose: async () => {
      await log.close();
      await witness.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
