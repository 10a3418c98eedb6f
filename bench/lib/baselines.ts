/**
 * What the log's figures are compared with, measured in the same run:
 * raw Ed25519 verification (one core, and all cores through VerifyPool),
 * SHA-256 of 1 KiB, and the disk's fsync rate — the physical limit of
 * durable appends, since the Sequencer fsyncs every batch.
 */
import { createHash, createPublicKey, generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { closeSync, fdatasyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { VerifyPool } from '../../src/crypto/verify-pool.js';
import type { VerifyJob } from '../../src/crypto/verify-pool.js';
import { DiskTileStorage } from '../../src/log/tile-storage.js';
import { rateAsync, rateSync } from './measure.js';

export interface Baselines {
  /** Ed25519 verifications/s, node:crypto, one core. */
  readonly ed25519OneCore: number;
  /** Ed25519 verifications/s, VerifyPool over every core. */
  readonly ed25519AllCores: number;
  readonly poolSize: number;
  /** SHA-256 digests/s of 1 KiB inputs, node:crypto. */
  readonly sha256Of1KiB: number;
  /** write(64 B) + fdatasync per second on one small file. */
  readonly fdatasync: number;
  /** DiskTileStorage.put per second, one at a time (tmp file, fdatasync, rename, fsync of the directory). */
  readonly durablePut: number;
}

const SIGNED_MESSAGES = 4096;
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export async function measureBaselines(dir: string): Promise<Baselines> {
  const jobs = signedJobs(SIGNED_MESSAGES);
  const ed25519OneCore = ed25519Rate(jobs);
  const pool = new VerifyPool();
  const ed25519AllCores = await rateAsync(async () => void (await pool.verifyAll(jobs)), jobs.length, 3000);
  const poolSize = pool.size;
  await pool.close();
  const kib = randomBytes(1024);
  const sha256Of1KiB = rateSync(() => void createHash('sha256').update(kib).digest(), 1, 1500);
  return {
    ed25519OneCore,
    ed25519AllCores,
    poolSize,
    sha256Of1KiB,
    fdatasync: fdatasyncRate(dir),
    durablePut: await durablePutRate(dir),
  };
}

/** Statement-sized messages (≈ 300 B) signed by 64 keys, as the verifier sees them. */
function signedJobs(n: number): VerifyJob[] {
  const keys = Array.from({ length: 64 }, () => generateKeyPairSync('ed25519'));
  return Array.from({ length: n }, (_, i) => {
    const { privateKey, publicKey } = keys[i % keys.length]!;
    // its own ArrayBuffer: a pooled Buffer would make postMessage clone the whole 8 KiB slab
    const message = new Uint8Array(randomBytes(300));
    const spki = publicKey.export({ format: 'der', type: 'spki' });
    return {
      publicKey: new Uint8Array(spki.subarray(SPKI_PREFIX.length)),
      message,
      signature: new Uint8Array(sign(null, message, privateKey)),
    };
  });
}

/** node:crypto verify with cached key objects (what nodeCrypto does, minus the strict encoding checks). */
function ed25519Rate(jobs: readonly VerifyJob[]): number {
  const cache = new Map<string, KeyObject>();
  const keyOf = (pub: Uint8Array) => {
    const id = Buffer.from(pub).toString('latin1');
    let k = cache.get(id);
    if (k === undefined) {
      k = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, pub]), format: 'der', type: 'spki' });
      cache.set(id, k);
    }
    return k;
  };
  let bad = 0;
  const rate = rateSync(
    () => {
      for (const j of jobs) if (!verify(null, j.message, keyOf(j.publicKey), j.signature)) bad++;
    },
    jobs.length,
    2500,
  );
  if (bad > 0) throw new Error(`${bad} signatures did not verify`);
  return rate;
}

function fdatasyncRate(dir: string): number {
  const file = join(dir, 'fsync-probe');
  const fd = openSync(file, 'w');
  const block = Buffer.alloc(64, 1);
  try {
    return rateSync(
      () => {
        writeSync(fd, block, 0, block.length, 0);
        fdatasyncSync(fd);
      },
      1,
      2000,
    );
  } finally {
    closeSync(fd);
    rmSync(file, { force: true });
  }
}

async function durablePutRate(dir: string): Promise<number> {
  const storage = new DiskTileStorage(join(dir, 'put-probe'));
  const bytes = new Uint8Array(64);
  let n = 0;
  const rate = await rateAsync(() => storage.put(`p/${n++ % 16}`, bytes), 1, 2000);
  rmSync(join(dir, 'put-probe'), { recursive: true, force: true });
  return rate;
}
