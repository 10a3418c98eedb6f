/**
 * Ed25519 verification on every core: a pool of worker threads, each with
 * node:crypto. Jobs go in batches (one message per few thousand signatures)
 * so thread hand-off costs little next to the ~80 µs of each verification.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { isStrictEd25519PublicKey, isStrictEd25519Signature } from '../core/log/crypto.js';

export interface VerifyJob {
  readonly publicKey: Uint8Array;
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
}

/** Results of one batch: `true` where the signature verified. */
export type VerifyResults = boolean[];

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createPublicKey, verify } = require('node:crypto');
const cache = new Map();
function key(pub) {
  const x = Buffer.from(pub.buffer, pub.byteOffset, pub.byteLength).toString('base64url');
  let k = cache.get(x);
  if (!k) {
    // A JWK imports ~8x faster than SPKI DER, and most keys (one KPPS per TPS) sign once.
    k = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
    if (cache.size > 100000) cache.clear();
    cache.set(x, k);
  }
  return k;
}
parentPort.on('message', ({ id, jobs }) => {
  const out = new Array(jobs.length);
  for (let i = 0; i < jobs.length; i++) {
    const j = jobs[i];
    try {
      out[i] = j.publicKey.length === 32 && j.signature.length === 64 && verify(null, j.message, key(j.publicKey), j.signature);
    } catch { out[i] = false; }
  }
  parentPort.postMessage({ id, out });
});
`;

export class VerifyPool {
  readonly #workers: Worker[];
  readonly #pending = new Map<number, (r: VerifyResults) => void>();
  #next = 0;
  #rr = 0;

  constructor(size: number = Math.max(1, availableParallelism())) {
    this.#workers = Array.from({ length: size }, () => {
      const w = new Worker(WORKER_SOURCE, { eval: true });
      w.on('message', ({ id, out }: { id: number; out: boolean[] }) => {
        const done = this.#pending.get(id);
        this.#pending.delete(id);
        done?.(out);
      });
      return w;
    });
  }

  get size(): number {
    return this.#workers.length;
  }

  /**
   * Verify many signatures, split over the workers; results in input order.
   * The strict RFC 8032 encoding checks (the same ones the browser applies)
   * run here first, so every implementation accepts exactly the same set.
   */
  async verifyAll(jobs: readonly VerifyJob[]): Promise<VerifyResults> {
    if (jobs.length === 0) return [];
    const strict = jobs.map(
      (j) => isStrictEd25519PublicKey(j.publicKey) && isStrictEd25519Signature(j.signature),
    );
    const raw = await this.#verifyRaw(jobs);
    return raw.map((ok, i) => ok && strict[i] === true);
  }

  async #verifyRaw(jobs: readonly VerifyJob[]): Promise<VerifyResults> {
    const parts = Math.min(this.#workers.length, Math.ceil(jobs.length / 64));
    const per = Math.ceil(jobs.length / parts);
    const chunks: Promise<VerifyResults>[] = [];
    for (let i = 0; i < jobs.length; i += per) chunks.push(this.#send(jobs.slice(i, i + per)));
    return (await Promise.all(chunks)).flat();
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }

  #send(jobs: readonly VerifyJob[]): Promise<VerifyResults> {
    const id = this.#next++;
    const worker = this.#workers[this.#rr++ % this.#workers.length] as Worker;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      worker.postMessage({ id, jobs });
    });
  }
}
