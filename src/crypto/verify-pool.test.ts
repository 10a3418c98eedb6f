import { afterAll, describe, expect, it } from 'vitest';
import { VerifyPool } from './verify-pool.js';
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
