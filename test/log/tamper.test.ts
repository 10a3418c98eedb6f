/**
 * Tamper drills: a real witnessed log, copied and damaged in each way an
 * attacker (or a broken disk) could, must be refused by the verifier with a
 * clear reason — and the untouched log must verify.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeEntryBundle, parseEntryBundle } from '../../src/core/log/entry-bundle.js';
import { signCheckpoint, parseCheckpoint } from '../../src/core/log/checkpoint.js';
import { ed25519NoteSigner } from '../../src/core/log/note-key.js';
import { parsePolicy } from '../../src/core/log/policy.js';
import { parseNote, formatNote } from '../../src/core/log/note.js';
import { verifyLog } from '../../src/core/verify/index.js';
import { ENTRY_HANDLERS } from '../../src/core/verify/handlers.js';
import { newSeed, nodeCrypto, nodeSigner } from '../../src/crypto/node.js';
import { directorySource } from '../../src/verify/sources.js';
import { openLogFixture, ORIGIN } from '../support/log-fixture.js';
import type { LogFixture } from '../support/log-fixture.js';

let fx: LogFixture;
let oldCheckpoint: string;
let size: number;

beforeAll(async () => {
  fx = await openLogFixture({ keys: 100 });
  oldCheckpoint = (await fx.log.publisher.waitFor(fx.log.size, 10_000))!.text;
  await Promise.all(Array.from({ length: 2 }, () => fx.log.size)); // keep the old one
  const more = await openMore(fx, 250);
  size = more;
  await fx.log.publisher.waitFor(size, 10_000);
}, 60_000);
afterAll(() => fx.dispose());

async function openMore(f: LogFixture, n: number): Promise<number> {
  const { sealStatement } = await import('../../src/core/statements/index.js');
  const { encodeBase64 } = await import('../../src/core/log/encoding.js');
  await Promise.all(
    Array.from({ length: n }, (_, i) =>
      f.log.append(
        sealStatement(nodeCrypto, f.root, 'key.register', {
          publicKey: encodeBase64(nodeSigner(newSeed()).publicKey),
          role: 'ptps',
          scope: { region: `3579021002${String((i % 999) + 1).padStart(3, '0')}` },
          name: `PTPS ${i}`,
        }),
      ),
    ),
  );
  return f.log.size;
}

let copyN = 0;
function copyLog(): string {
  const dir = join(fx.dir, `copy-${copyN++}`);
  cpSync(fx.logDir, dir, { recursive: true });
  return dir;
}

function verify(dir: string, since?: string) {
  return verifyLog({
    source: directorySource(dir),
    crypto: nodeCrypto,
    policy: parsePolicy(nodeCrypto, fx.policy),
    handlers: ENTRY_HANDLERS,
    ...(since === undefined ? {} : { since }),
  });
}

function flipByte(file: string, offset: number): void {
  const b = readFileSync(file);
  b[offset] = (b[offset] ?? 0) ^ 0x01;
  writeFileSync(file, b);
}

describe('tamper drills', () => {
  it('the untouched log verifies, with its whole history since an older checkpoint', async () => {
    expect(size).toBe(351);
    const r = await verify(copyLog(), oldCheckpoint);
    expect(r.failure).toBeUndefined();
    expect(r).toMatchObject({ ok: true, size: 351, witnesses: 1 });
    expect(r.ledger?.keys.size).toBe(350);
  });

  it('a flipped byte in an entry bundle', async () => {
    const dir = copyLog();
    flipByte(join(dir, 'tile/entries/001.p/95'), 400);
    const r = await verify(dir);
    expect(r.failure?.code).toBe('VERIFY_ENTRY_HASH_MISMATCH');
    expect(r.failure?.index).toBeGreaterThanOrEqual(256);
  });

  it('a flipped byte in a hash tile', async () => {
    const dir = copyLog();
    flipByte(join(dir, 'tile/1/000.p/1'), 7);
    const r = await verify(dir);
    expect(r.failure?.code).toBe('VERIFY_TILE_MISMATCH');
    expect(r.failure?.reason.en).toMatch(/tile\/1\/000\.p\/1 hash #0/);
  });

  it('a removed entry', async () => {
    const dir = copyLog();
    const file = join(dir, 'tile/entries/000');
    const entries = parseEntryBundle(readFileSync(file), 256);
    writeFileSync(file, encodeEntryBundle([...entries.slice(0, 10), ...entries.slice(11)]));
    const r = await verify(dir);
    expect(r.failure?.code).toBe('VERIFY_BUNDLE_MALFORMED');
  });

  it('two entries swapped', async () => {
    const dir = copyLog();
    const file = join(dir, 'tile/entries/000');
    const e = parseEntryBundle(readFileSync(file), 256);
    [e[20], e[21]] = [e[21]!, e[20]!];
    writeFileSync(file, encodeEntryBundle(e));
    const r = await verify(dir);
    expect(r.failure).toMatchObject({ code: 'VERIFY_ENTRY_HASH_MISMATCH', index: 20 });
  });

  it('a truncated log presented with its old checkpoint, to someone who saw the newer one', async () => {
    const dir = copyLog();
    writeFileSync(join(dir, 'checkpoint'), oldCheckpoint);
    const newer = readFileSync(join(fx.logDir, 'checkpoint'), 'utf8');
    const r = await verify(dir, newer);
    expect(r.failure?.code).toBe('VERIFY_LOG_TRUNCATED');
  });

  it('a rewritten history (consistency with an older checkpoint fails)', async () => {
    const dir = copyLog();
    // The attacker holds the log key: rewrites entry 5, rebuilds every tile and re-signs — but an
    // auditor kept the older checkpoint. Simulate by signing a checkpoint whose first entries differ.
    const forgedOld = signCheckpoint(
      { origin: ORIGIN, size: 50, rootHash: new Uint8Array(32).fill(7), extensions: [] },
      [ed25519NoteSigner(nodeCrypto, ORIGIN, nodeSigner(fx.logSeed))],
    );
    const r = await verify(dir, forgedOld);
    expect(r.failure?.code).toBe('VERIFY_HISTORY_REWRITTEN');
  });

  it('a checkpoint signed by an unknown key', async () => {
    const dir = copyLog();
    const cp = parseCheckpoint(parseNote(readFileSync(join(dir, 'checkpoint'), 'utf8')).text);
    writeFileSync(
      join(dir, 'checkpoint'),
      signCheckpoint(cp, [ed25519NoteSigner(nodeCrypto, ORIGIN, nodeSigner(newSeed()))]),
    );
    const r = await verify(dir);
    expect(r.failure?.code).toBe('VERIFY_CHECKPOINT_INVALID');
  });

  it('a forged witness cosignature', async () => {
    const dir = copyLog();
    const note = parseNote(readFileSync(join(dir, 'checkpoint'), 'utf8'));
    const forged = note.signatures.map((s) =>
      s.name === 'witness.test/w1'
        ? { ...s, signature: s.signature.map((b, i) => (i === 20 ? b ^ 1 : b)) }
        : s,
    );
    writeFileSync(join(dir, 'checkpoint'), formatNote({ ...note, signatures: forged }));
    const r = await verify(dir);
    expect(r.failure?.code).toBe('VERIFY_WITNESS_QUORUM');
  });

  it('saksi verify (the CLI) prints the totals line and exits 0, and exits 1 naming the entry on tampering', () => {
    const bin = join(import.meta.dirname, '../../bin/saksi.js');
    const good = spawnSync(process.execPath, [bin, 'verify', '--log', copyLog(), '--policy', fx.policyFile], {
      encoding: 'utf8',
    });
    expect(good.stdout).toMatch(/^OK: 351 entries of saksi.test\/log verified/m);
    expect(good.status).toBe(0);
    const dir = copyLog();
    flipByte(join(dir, 'tile/entries/000'), 300);
    const bad = spawnSync(process.execPath, [bin, 'verify', '--log', dir, '--policy', fx.policyFile], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/^FAIL at entry \d+: VERIFY_ENTRY_HASH_MISMATCH/m);
    rmSync(dir, { recursive: true, force: true });
  });
});
