/**
 * The pipelined ingest on a real log: answers keep submission order, entries
 * are deduplicated within a batch and across batches still in flight, a key
 * registered in one batch signs in the next, and the ledger equals a replay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64 } from '../core/log/encoding.js';
import { history } from '../core/recap/index.js';
import { StoredVersion } from '../core/recap/stored-version.js';
import { BATU, recapForm } from '../core/recap/testing.js';
import { sealStatement } from '../core/statements/index.js';
import { ENTRY_HANDLERS } from '../core/verify/handlers.js';
import { newSeed, nodeCrypto, nodeSigner } from '../crypto/node.js';
import { VerifyPool } from '../crypto/verify-pool.js';
import { openLogFixture } from '../../test/support/log-fixture.js';
import type { LogFixture } from '../../test/support/log-fixture.js';
import { tallyOf } from '../core/recap/index.js';
import { Ingest } from './ingest.js';
import { replayLog } from './replay.js';

const TPS = Array.from({ length: 40 }, (_, i) => `3579011001${String(i + 1).padStart(3, '0')}`);

describe('Ingest (pipelined batches)', () => {
  let fx: LogFixture;
  let pool: VerifyPool;
  let ingest: Ingest;
  beforeAll(async () => {
    fx = await openLogFixture({ genesisContests: [BATU], electionId: 'pilkada2024' });
    pool = new VerifyPool(2);
    ingest = await Ingest.open({
      log: fx.log,
      crypto: nodeCrypto,
      pool,
      rootKey: fx.root.publicKey,
      handlers: ENTRY_HANDLERS,
      maxBatch: 7, // many small batches, so several are in flight at once
    });
  }, 60_000);
  afterAll(async () => {
    await pool?.close();
    await fx?.dispose();
  });

  it('registers keys and takes their forms in later batches, deduplicating across batches in flight', async () => {
    const kpps = TPS.map(() => nodeSigner(newSeed()));
    const registrations = kpps.map((k, i) =>
      sealStatement(nodeCrypto, fx.root, 'key.register', {
        publicKey: encodeBase64(k.publicKey),
        role: 'kpps',
        scope: { region: TPS[i] },
        name: `KPPS ${TPS[i]}`,
      }),
    );
    const forms = kpps.map((k, i) =>
      sealStatement(nodeCrypto, k, 'form.chasil', recapForm(BATU, TPS[i] as string)),
    );
    const forged = sealStatement(
      nodeCrypto,
      nodeSigner(newSeed()),
      'form.chasil',
      recapForm(BATU, TPS[0] as string),
    );
    // Registrations and forms in one submission: a form's key is registered a batch or more before it.
    // Each form also comes again 3 and 11 places later: same batch, and a batch still in flight.
    const stream: Uint8Array[] = [...registrations];
    forms.forEach((f, i) => {
      stream.push(f);
      if (i >= 3) stream.push(forms[i - 3] as Uint8Array);
      if (i >= 11) stream.push(forms[i - 11] as Uint8Array);
    });
    stream.push(forged);
    const first = fx.log.size;
    const results = await ingest.submit(stream);

    const accepted = results.filter((r) => r.status === 'accepted');
    expect(accepted).toHaveLength(registrations.length + forms.length);
    // Accepted entries got consecutive log indices in submission order.
    expect(accepted.map((r) => (r.status === 'accepted' ? r.index : -1))).toEqual(
      accepted.map((_, i) => first + i),
    );
    // Every repeat is answered as a duplicate of its first index.
    const indexOf = new Map<Uint8Array, number>();
    stream.forEach((entry, i) => {
      const r = results[i];
      if (r?.status === 'accepted') indexOf.set(entry, r.index);
      if (r?.status === 'duplicate') expect(r.index).toBe(indexOf.get(entry));
    });
    expect(results.filter((r) => r.status === 'duplicate')).toHaveLength(37 + 29);
    expect(results.at(-1)).toMatchObject({ status: 'refused' });
    expect(fx.log.size).toBe(first + accepted.length);

    // The live ledger equals one rebuilt from the log.
    const replayed = await replayLog(fx.log, nodeCrypto, fx.root.publicKey, ENTRY_HANDLERS);
    expect(tallyOf(replayed).snapshot(BATU.id, '3579')).toEqual(
      tallyOf(ingest.ledger).snapshot(BATU.id, '3579'),
    );
    expect(tallyOf(ingest.ledger).snapshot(BATU.id, '3579').forms).toBe(40);
  });

  it('keeps no form in its lean ledger and reads each back from the log, as signed', async () => {
    expect(ingest.ledger.lean).toBe(true);
    const versions = TPS.slice(0, 5).map((tps) => history(ingest.ledger, BATU.id, tps).at(-1)!);
    for (const [i, v] of versions.entries()) {
      expect(() => v.form).toThrow(expect.objectContaining({ code: 'FORM_NOT_IN_MEMORY' }));
      expect(await ingest.formOf(v)).toEqual(recapForm(BATU, TPS[i] as string));
      expect(await ingest.versionJson(v)).toMatchObject({
        index: v.index,
        hash: v.hash,
        kind: 'chasil',
        form: recapForm(BATU, TPS[i] as string),
      });
    }
    // A version whose index holds another entry (a projection being rebuilt) is refused, not shown.
    const wrong = new StoredVersion(
      { ...(await ingest.versionJson(versions[0]!)), index: versions[1]!.index },
      false,
    );
    await expect(ingest.formOf(wrong)).rejects.toMatchObject({ code: 'FORM_ENTRY_MISMATCH' });
  });

  it('answers a repeat of a logged entry as a duplicate without touching the log', async () => {
    const size = fx.log.size;
    const again = sealStatement(nodeCrypto, fx.root, 'key.register', {
      publicKey: encodeBase64(nodeSigner(newSeed()).publicKey),
      role: 'kpps',
      scope: { region: '3579011001999' },
      name: 'KPPS 999',
    });
    const [a] = await ingest.submit([again]);
    const [b] = await ingest.submit([again]);
    expect(a).toMatchObject({ status: 'accepted', index: size });
    expect(b).toMatchObject({ status: 'duplicate', index: size });
    expect(fx.log.size).toBe(size + 1);
  });
});

describe('Ingest when the log refuses a batch', () => {
  let fx: LogFixture;
  let pool: VerifyPool;
  beforeAll(async () => {
    fx = await openLogFixture({ genesisContests: [BATU], electionId: 'pilkada2024' });
    pool = new VerifyPool(2);
  }, 60_000);
  afterAll(async () => {
    await pool?.close();
    await fx?.dispose();
  });

  it('never writes the next batch on top of a failed one: the ledger is rebuilt and that batch applied again', async () => {
    const ingest = await Ingest.open({
      log: fx.log,
      crypto: nodeCrypto,
      pool,
      rootKey: fx.root.publicKey,
      handlers: ENTRY_HANDLERS,
      maxBatch: 7,
    });
    const register = (i: number) => {
      const k = nodeSigner(newSeed());
      const entry = sealStatement(nodeCrypto, fx.root, 'key.register', {
        publicKey: encodeBase64(k.publicKey),
        role: 'kpps',
        scope: { region: TPS[i] },
        name: `KPPS ${TPS[i]}`,
      });
      return { k, entry };
    };
    const failing = Array.from({ length: 7 }, (_, i) => register(i)); // batch A: the disk "fails"
    const formOfFailedKey = sealStatement(
      nodeCrypto,
      (failing[3] as { k: ReturnType<typeof nodeSigner> }).k,
      'form.chasil',
      recapForm(BATU, TPS[3] as string),
    );
    const later = Array.from({ length: 6 }, (_, i) => register(10 + i)); // batch B, applied on top of A
    const refusedBytes = new Set(failing.map((f) => f.entry));
    const append = fx.log.append.bind(fx.log);
    fx.log.append = (entry) =>
      refusedBytes.has(entry) ? Promise.reject(new Error('disk full')) : append(entry);
    const before = { size: fx.log.size, version: ingest.version };
    try {
      const results = await ingest.submit([
        ...failing.map((f) => f.entry),
        formOfFailedKey,
        ...later.map((l) => l.entry),
      ]);
      expect(results.slice(0, 7).map((r) => (r.status === 'refused' ? r.error.code : r.status))).toEqual(
        Array(7).fill('LOG_WRITE_FAILED'),
      );
      // The form's key never reached the log: after the rebuild it is unknown.
      expect(results[7]).toMatchObject({ status: 'refused' });
      expect(results.slice(8).map((r) => (r.status === 'accepted' ? r.index : -1))).toEqual(
        [0, 1, 2, 3, 4, 5].map((i) => before.size + i),
      );
    } finally {
      fx.log.append = append;
    }
    expect(fx.log.size).toBe(before.size + 6);
    expect(ingest.version).not.toBe(before.version);
    expect(ingest.version.split('.')[0]).not.toBe(before.version.split('.')[0]);
    // The log replays (no entry signed by a key it does not hold), and equals the live ledger.
    const replayed = await replayLog(fx.log, nodeCrypto, fx.root.publicKey, ENTRY_HANDLERS);
    expect(replayed.size).toBe(ingest.ledger.size);
    expect(replayed.keys.size).toBe(ingest.ledger.keys.size);
  });
});
