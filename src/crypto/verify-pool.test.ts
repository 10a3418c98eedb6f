import { afterAll, describe, expect, it } from 'vitest';
import { hashLeaf } from '../core/log/hash.js';
import { sealStatement } from '../core/statements/index.js';
import {
  PREPARED_BAD_SIGNATURE,
  PREPARED_REFUSED,
  PREPARED_UNCHECKED,
  PREPARED_VERIFIED,
  VerifyPool,
  startWorker,
} from './verify-pool.js';
import type { Worker } from 'node:worker_threads';
import { newSeed, nodeCrypto, nodeSigner } from './node.js';

describe('VerifyPool', () => {
  const pool = new VerifyPool(2);
  afterAll(() => pool.close());

  it('verifies in input order across workers and agrees with nodeCrypto', async () => {
    const signer = nodeSigner(newSeed());
    const jobs = Array.from({ length: 500 }, (_, i) => {
      const message = new TextEncoder().encode(`m${i}`);
      const signature = signer.sign(message);
      if (i % 7 === 3) signature[5] = (signature[5] ?? 0) ^ 1;
      return { publicKey: signer.publicKey, message, signature };
    });
    const results = await pool.verifyAll(jobs);
    expect(results).toEqual(jobs.map((j) => nodeCrypto.verifyEd25519(j.publicKey, j.message, j.signature)));
    expect(results.filter((r) => !r)).toHaveLength(71);
  });

  it('refuses non-canonical S (S + L) that OpenSSL alone might accept', async () => {
    const signer = nodeSigner(newSeed());
    const message = new Uint8Array([1, 2, 3]);
    const sig = signer.sign(message);
    // S' = S + L: same point maths, non-canonical encoding (RFC 8032 §5.1.7 requires S < L)
    const L = 2n ** 252n + 27742317777372353535851937790883648493n;
    let s = 0n;
    for (let i = 63; i >= 32; i--) s = (s << 8n) | BigInt(sig[i]!);
    const s2 = s + L;
    const forged = Uint8Array.from(sig);
    let t = s2;
    for (let i = 32; i < 64; i++) {
      forged[i] = Number(t & 0xffn);
      t >>= 8n;
    }
    expect((await pool.verifyAll([{ publicKey: signer.publicKey, message, signature: forged }]))[0]).toBe(
      false,
    );
    expect((await pool.verifyAll([{ publicKey: signer.publicKey, message, signature: sig }]))[0]).toBe(true);
  });
});

describe('VerifyPool.prepareAll', () => {
  const pool = new VerifyPool(2);
  afterAll(() => pool.close());
  const signer = nodeSigner(newSeed());
  const other = nodeSigner(newSeed());
  const entry = (n: number) => sealStatement(nodeCrypto, signer, 'test.note', { n, text: `catatan ${n}` });

  it('hashes, parses and verifies each entry in input order, across workers', async () => {
    const entries = Array.from({ length: 300 }, (_, i) => entry(i));
    const tampered = Uint8Array.from(entry(1000));
    const sigAt = new TextDecoder().decode(tampered).indexOf('"sig":"') + 8;
    tampered[sigAt] = tampered[sigAt] === 0x41 ? 0x42 : 0x41; // one base64 character of the signature
    entries[7] = tampered;
    entries[8] = new TextEncoder().encode('{"not":"an entry"}');
    entries[9] = new TextEncoder().encode(
      new TextDecoder().decode(entry(9)).replace('{"body":', '{ "body":'),
    );
    const keys = entries.map((_, i) =>
      i % 10 === 3 ? undefined : i % 10 === 4 ? other.publicKey : signer.publicKey,
    );
    const prepared = await pool.prepareAll(entries, keys);

    entries.forEach((e, i) => {
      expect(Buffer.from(prepared.hashes.subarray(32 * i, 32 * i + 32))).toEqual(
        Buffer.from(hashLeaf(nodeCrypto, e)),
      );
    });
    const expected = entries.map((_, i) => {
      if (i === 7) return PREPARED_BAD_SIGNATURE;
      if (i === 8 || i === 9) return PREPARED_REFUSED;
      if (i % 10 === 3 || i % 10 === 4) return PREPARED_UNCHECKED; // no key, or a key with another key id
      return PREPARED_VERIFIED;
    });
    expect([...prepared.status]).toEqual(expected);
    expect(prepared.refusals.get(8)).toMatchObject({ code: 'ENTRY_SHAPE_INVALID', field: 'entry' });
    expect(prepared.refusals.get(9)).toMatchObject({ code: 'ENTRY_NOT_CANONICAL' });
    expect(prepared.refusals.get(9)?.messages.id).toMatch(/kanonis/);
    expect([...prepared.refusals.keys()].sort()).toEqual([8, 9]);
  });

  it('prepares an empty batch and a batch smaller than one worker share', async () => {
    expect((await pool.prepareAll([], [])).status).toHaveLength(0);
    const one = await pool.prepareAll([entry(1)], [signer.publicKey]);
    expect([...one.status]).toEqual([PREPARED_VERIFIED]);
  });
});

describe('VerifyPool when a worker dies', () => {
  it('fails the dead worker’s requests instead of leaving them waiting, and goes on with a new worker', async () => {
    const started: Worker[] = [];
    const pool = new VerifyPool(1, () => {
      const w = startWorker();
      started.push(w);
      return w;
    });
    try {
      const signer = nodeSigner(newSeed());
      const message = new Uint8Array([7]);
      const job = { publicKey: signer.publicKey, message, signature: signer.sign(message) };
      const pending = pool.verifyAll(Array.from({ length: 5_000 }, () => job));
      await started[0]!.terminate(); // a crash, out of memory… while it works
      await expect(pending).rejects.toThrow(/entry worker/);
      expect(started).toHaveLength(2); // replaced
      expect(await pool.verifyAll([job])).toEqual([true]);
    } finally {
      await pool.close();
    }
  });
});
