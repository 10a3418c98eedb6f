/**
 * Full verification speed: a log of N signed statements (the genesis, then
 * `key.register` entries signed by the root key), a signed checkpoint and a
 * trust policy without witnesses (quorum 0), verified by `verifyLog` from the
 * directory — signatures on every core (VerifyPool), then on one core.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { signCheckpoint } from '../../src/core/log/checkpoint.js';
import { encodeBase64 } from '../../src/core/log/encoding.js';
import { ed25519NoteSigner, formatVerifierKey, SIGNATURE_TYPE_ED25519 } from '../../src/core/log/note-key.js';
import { parsePolicy } from '../../src/core/log/policy.js';
import { GENESIS, KEY_REGISTER, sealStatement } from '../../src/core/statements/index.js';
import { ENTRY_HANDLERS } from '../../src/core/verify/handlers.js';
import { verifyLog } from '../../src/core/verify/index.js';
import type { VerifyReport } from '../../src/core/verify/index.js';
import { newSeed, nodeCrypto, nodeSigner } from '../../src/crypto/node.js';
import { VerifyPool } from '../../src/crypto/verify-pool.js';
import { Sequencer } from '../../src/log/sequencer.js';
import { DiskTileStorage } from '../../src/log/tile-storage.js';
import { directorySource } from '../../src/verify/sources.js';
import { secondsSince } from './measure.js';

export interface VerifyRun {
  readonly seconds: number;
  readonly perSecond: number;
}

export interface VerifyFigures {
  readonly entries: number;
  readonly logBytes: number;
  readonly buildSeconds: number;
  readonly allCores: VerifyRun;
  readonly oneCore: VerifyRun;
}

const ORIGIN = 'bench.saksi.example/log';

export async function measureVerify(dir: string, n: number): Promise<VerifyFigures> {
  const start = performance.now();
  const { policyText, logBytes } = await buildLog(dir, n);
  const buildSeconds = secondsSince(start);
  const policy = parsePolicy(nodeCrypto, policyText); // no witnesses, quorum 0: accepted
  const options = {
    source: directorySource(join(dir, 'log')),
    crypto: nodeCrypto,
    policy,
    handlers: ENTRY_HANDLERS,
  };
  const pool = new VerifyPool();
  // As `saksi verify` runs: entries prepared on the pool, replayed in order on the main thread.
  const allCores = await timed(n, () => verifyLog({ ...options, prepare: pool.preparer() }));
  await pool.close();
  const oneCore = await timed(n, () => verifyLog(options));
  return { entries: n, logBytes, buildSeconds, allCores, oneCore };
}

async function timed(n: number, verify: () => Promise<VerifyReport>): Promise<VerifyRun> {
  const start = performance.now();
  const report = await verify();
  const seconds = secondsSince(start);
  if (!report.ok || report.size !== n)
    throw new Error(`verification failed: ${JSON.stringify(report.failure)}`);
  return { seconds, perSecond: n / seconds };
}

/** Writes the log, its checkpoint and returns the trust policy text. */
async function buildLog(dir: string, n: number): Promise<{ policyText: string; logBytes: number }> {
  const root = nodeSigner(newSeed());
  const logKey = nodeSigner(newSeed());
  const seq = await Sequencer.open({
    storage: new DiskTileStorage(join(dir, 'log')),
    state: new DiskTileStorage(join(dir, 'state')),
    hasher: nodeCrypto,
  });
  const entries = statements(root, n);
  const logBytes = entries.reduce((s, e) => s + e.length, 0);
  const acks = await Promise.all(entries.map((e) => seq.add(e)));
  if (acks.some((a, i) => a.index !== i)) throw new Error('entries were not sequenced in order');
  const note = signCheckpoint({ origin: ORIGIN, size: seq.size, rootHash: seq.tree.root(), extensions: [] }, [
    ed25519NoteSigner(nodeCrypto, ORIGIN, logKey),
  ]);
  await seq.close();
  writeFileSync(join(dir, 'log', 'checkpoint'), note);
  const vkey = (name: string, key: Uint8Array) =>
    formatVerifierKey(nodeCrypto, name, SIGNATURE_TYPE_ED25519, key);
  const policyText = `log ${vkey(ORIGIN, logKey.publicKey)}\nroot ${vkey('bench-root', root.publicKey)}\nquorum 0\n`;
  return { policyText, logBytes };
}

/** The genesis, then n − 1 kpps keys registered by the root (random 32-byte public keys). */
function statements(root: ReturnType<typeof nodeSigner>, n: number): Uint8Array[] {
  const genesis = sealStatement(nodeCrypto, root, GENESIS, {
    election: {
      id: 'bench-2024',
      name: 'Benchmark',
      kind: 'pilkada',
      votingDay: '2024-11-27',
      ballotReservePermille: 25,
    },
    rootKey: encodeBase64(root.publicKey),
    contests: [],
  });
  const out = [genesis];
  for (let i = 1; i < n; i++) {
    out.push(
      sealStatement(nodeCrypto, root, KEY_REGISTER, {
        publicKey: encodeBase64(randomBytes(32)),
        role: 'kpps',
        scope: { region: 'national' },
        name: `KPPS bench ${i}`,
      }),
    );
  }
  return out;
}
