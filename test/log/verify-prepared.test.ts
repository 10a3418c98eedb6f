/**
 * `saksi verify` prepares entries on worker threads (leaf hash, strict
 * parse, signature) and replays them in order on the main thread. It must
 * decide exactly as the one-by-one verifier does: the same failure, at the
 * same entry, for a bad signature, a refused entry, an unknown key, and the
 * first of two problems, across bundles; the same ledger when all is well.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../src/core/log/encoding.js';
import { parsePolicy } from '../../src/core/log/policy.js';
import { keyIdOf, sealStatement } from '../../src/core/statements/index.js';
import { verifyLog } from '../../src/core/verify/index.js';
import type { VerifyReport } from '../../src/core/verify/index.js';
import { ENTRY_HANDLERS } from '../../src/core/verify/handlers.js';
import { newSeed, nodeCrypto, nodeSigner } from '../../src/crypto/node.js';
import { VerifyPool } from '../../src/crypto/verify-pool.js';
import { directorySource } from '../../src/verify/sources.js';
import { openLogFixture } from '../support/log-fixture.js';
import type { LogFixture } from '../support/log-fixture.js';

const pool = new VerifyPool(2);
afterAll(() => pool.close());
let fx: LogFixture | undefined;
afterEach(async () => {
  await fx?.dispose();
  fx = undefined;
});

const registration = (i: number) => ({
  publicKey: encodeBase64(nodeSigner(newSeed()).publicKey),
  role: 'ptps',
  scope: { region: `3579021002${String((i % 999) + 1).padStart(3, '0')}` },
  name: `PTPS ${i}`,
});

/** A witnessed log: the fixture's genesis and keys, then `entries(f)` appended in order. */
async function logWith(entries: (f: LogFixture) => Uint8Array[]): Promise<LogFixture> {
  const f = await openLogFixture({ keys: 20 });
  for (const e of entries(f)) await f.log.append(e);
  await f.log.publisher.waitFor(f.log.size, 10_000);
  return f;
}

async function both(f: LogFixture): Promise<[VerifyReport, VerifyReport]> {
  const options = {
    source: directorySource(f.logDir),
    crypto: nodeCrypto,
    policy: parsePolicy(nodeCrypto, f.policy),
    handlers: ENTRY_HANDLERS,
  };
  return [await verifyLog(options), await verifyLog({ ...options, prepare: pool.preparer() })];
}

const failureOf = (r: VerifyReport) => ({ ok: r.ok, code: r.failure?.code, index: r.failure?.index });

function badSignature(entry: Uint8Array): Uint8Array {
  const text = new TextDecoder().decode(entry);
  const at = text.indexOf('"sig":"') + 7;
  return new TextEncoder().encode(text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1));
}

describe('saksi verify with entries prepared on worker threads', () => {
  it('accepts a good log of 600 entries (three bundles) with the same ledger', async () => {
    fx = await logWith((f) =>
      Array.from({ length: 600 }, (_, i) =>
        sealStatement(nodeCrypto, f.root, 'key.register', registration(i)),
      ),
    );
    const [plain, prepared] = await both(fx);
    expect(plain.ok).toBe(true);
    expect(prepared.ok).toBe(true);
    expect(prepared.size).toBe(plain.size);
    expect(prepared.ledger?.keys.size).toBe(plain.ledger?.keys.size);
    expect(prepared.ledger?.size).toBe(fx.log.size);
  });

  it('names the same entry for a bad signature, a refused entry, an unknown key, a new key, and the first of two', async () => {
    const stranger = nodeSigner(newSeed());
    const newcomer = nodeSigner(newSeed());
    const selfRevoke = (f: LogFixture) => [
      sealStatement(nodeCrypto, f.root, 'key.register', {
        ...registration(7),
        publicKey: encodeBase64(newcomer.publicKey),
      }),
      // Signed by a key registered in the same group of bundles: checked on the main thread, in order.
      badSignature(
        sealStatement(nodeCrypto, newcomer, 'key.revoke', {
          keyId: keyIdOf(nodeCrypto, newcomer.publicKey),
          reason: 'kunci hilang',
        }),
      ),
    ];
    const cases: Array<{
      name: string;
      entries: (f: LogFixture) => Uint8Array[];
      damage?: (f: LogFixture) => void;
      code: string;
      /** The failing entry, from the end of the log. */
      fromEnd: number;
    }> = [
      {
        name: 'bad signature',
        entries: (f) => [
          sealStatement(nodeCrypto, f.root, 'key.register', registration(1)),
          badSignature(sealStatement(nodeCrypto, f.root, 'key.register', registration(2))),
        ],
        code: 'VERIFY_SIGNATURE_INVALID',
        fromEnd: 1,
      },
      {
        name: 'not canonical',
        entries: (f) => [
          new TextEncoder().encode(
            new TextDecoder()
              .decode(sealStatement(nodeCrypto, f.root, 'key.register', registration(3)))
              .replace('{"body":', '{ "body":'),
          ),
        ],
        code: 'VERIFY_ENTRY_REFUSED',
        fromEnd: 1,
      },
      {
        name: 'unknown key',
        entries: () => [sealStatement(nodeCrypto, stranger, 'key.register', registration(4))],
        code: 'VERIFY_ENTRY_REFUSED',
        fromEnd: 1,
      },
      {
        name: 'bad signature before a refused entry',
        entries: (f) => [
          badSignature(sealStatement(nodeCrypto, f.root, 'key.register', registration(5))),
          sealStatement(nodeCrypto, stranger, 'key.register', registration(6)),
        ],
        code: 'VERIFY_SIGNATURE_INVALID',
        fromEnd: 2,
      },
      {
        name: 'bad signature by a key registered just before',
        entries: selfRevoke,
        code: 'VERIFY_SIGNATURE_INVALID',
        fromEnd: 1,
      },
      {
        name: 'bad signature in one bundle, a damaged entry in the next',
        entries: (f) =>
          Array.from({ length: 300 }, (_, i) => {
            const e = sealStatement(nodeCrypto, f.root, 'key.register', registration(100 + i));
            return i === 10 ? badSignature(e) : e;
          }),
        damage: (f) => {
          const dir = join(f.logDir, 'tile/entries/001.p');
          const file = join(dir, readdirSync(dir)[0] as string);
          const bytes = readFileSync(file);
          bytes[40] = (bytes[40] ?? 0) ^ 1;
          writeFileSync(file, bytes);
        },
        code: 'VERIFY_SIGNATURE_INVALID',
        fromEnd: 290,
      },
    ];
    for (const c of cases) {
      fx = await logWith(c.entries);
      c.damage?.(fx);
      const [plain, prepared] = await both(fx);
      expect(failureOf(plain), c.name).toEqual({ ok: false, code: c.code, index: fx.log.size - c.fromEnd });
      expect(failureOf(prepared), c.name).toEqual(failureOf(plain));
      expect(prepared.failure?.reason).toEqual(plain.failure?.reason);
      expect(prepared.failure?.cause).toEqual(plain.failure?.cause);
      await fx.dispose();
      fx = undefined;
    }
  }, 120_000);
});
