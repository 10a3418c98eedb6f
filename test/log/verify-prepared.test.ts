/**
 * `saksi verify` prepares entries on worker threads (leaf hash, strict
 * parse, signature) and replays them in order on the main thread. It must
 * decide exactly as the one-by-one verifier does: the same failure, at the
 * same entry, for a bad signature, a refused entry, an unknown key, and the
 * first of two problems; the same tallies when all is well.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../src/core/log/encoding.js';
import { parsePolicy } from '../../src/core/log/policy.js';
import { sealStatement } from '../../src/core/statements/index.js';
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

  it('names the same entry for a bad signature, a refused entry, an unknown key, and the first of two', async () => {
    const stranger = nodeSigner(newSeed());
    const cases: Array<[string, (f: LogFixture) => Uint8Array[], string]> = [
      [
        'bad signature',
        (f) => [
          sealStatement(nodeCrypto, f.root, 'key.register', registration(1)),
          badSignature(sealStatement(nodeCrypto, f.root, 'key.register', registration(2))),
        ],
        'VERIFY_SIGNATURE_INVALID',
      ],
      [
        'not canonical',
        (f) => [
          new TextEncoder().encode(
            new TextDecoder()
              .decode(sealStatement(nodeCrypto, f.root, 'key.register', registration(3)))
              .replace('{"body":', '{ "body":'),
          ),
        ],
        'VERIFY_ENTRY_REFUSED',
      ],
      [
        'unknown key',
        () => [sealStatement(nodeCrypto, stranger, 'key.register', registration(4))],
        'VERIFY_ENTRY_REFUSED',
      ],
      [
        'bad signature before a refused entry',
        (f) => [
          badSignature(sealStatement(nodeCrypto, f.root, 'key.register', registration(5))),
          sealStatement(nodeCrypto, stranger, 'key.register', registration(6)),
        ],
        'VERIFY_SIGNATURE_INVALID',
      ],
    ];
    for (const [name, entries, code] of cases) {
      fx = await logWith(entries);
      const [plain, prepared] = await both(fx);
      const size = fx.log.size;
      const expectedIndex =
        name === 'bad signature' ? size - 1 : name.startsWith('bad') ? size - 2 : size - 1;
      expect(failureOf(plain), name).toEqual({ ok: false, code, index: expectedIndex });
      expect(failureOf(prepared), name).toEqual(failureOf(plain));
      expect(prepared.failure?.reason).toEqual(plain.failure?.reason);
      expect(prepared.failure?.cause).toEqual(plain.failure?.cause);
      await fx.dispose();
      fx = undefined;
    }
  }, 60_000);
});
