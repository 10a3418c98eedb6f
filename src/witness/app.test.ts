/**
 * The tlog-witness add-checkpoint status table, driven through the app
 * object (no port) with real RFC 6962 trees and real signed checkpoints.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { requireQuorum, verifyCosignatures } from '../core/log/cosignature.js';
import { encodeBase64 } from '../core/log/encoding.js';
import { formatNote, parseNote } from '../core/log/note.js';
import { TLOG_SIZE_CONTENT_TYPE } from './app.js';
import { formatAddCheckpoint } from './request.js';
import { TestLog, crypto } from './testdata/log.js';
import { TEST_NOW, testWitness, testWitnessKey } from './testdata/witness.js';

const ORIGIN = 'log.test/pilkada';

function addCheckpoint(app: FastifyInstance, body: string, contentType = 'text/plain') {
  return app.inject({
    method: 'POST',
    url: '/add-checkpoint',
    payload: body,
    headers: { 'content-type': contentType },
  });
}

function body(log: TestLog, oldSize: number, size: number, proof = log.proof(oldSize, size)): string {
  return formatAddCheckpoint({ oldSize, proof, checkpoint: log.checkpoint(size) });
}

/** A witness that has already cosigned `log` at `size`. */
async function witnessAt(log: TestLog, size: number) {
  const w = await testWitness([log.key]);
  if (size > 0) expect((await addCheckpoint(w.app, body(log, 0, size))).statusCode).toBe(200);
  return w;
}

/** The same note with one bit of its first signature changed (the key ID stays). */
function flipLastSignatureBit(signed: string): string {
  const note = parseNote(signed);
  const [first, ...rest] = note.signatures;
  const signature = Uint8Array.from(first!.signature);
  signature[signature.length - 1]! ^= 1;
  return formatNote({ text: note.text, signatures: [{ ...first!, signature }, ...rest] });
}

async function evidence(stateDir: string): Promise<string[]> {
  const dir = join(stateDir, 'evidence');
  return Promise.all((await readdir(dir)).map((f) => readFile(join(dir, f), 'utf8')));
}

describe('add-checkpoint: 200 cosigned', () => {
  it('cosigns a first checkpoint with old 0, and the cosignature verifies with the core', async () => {
    const log = new TestLog(ORIGIN, 1);
    const { app, key } = await testWitness([log.key]);
    const checkpoint = log.checkpoint(5);
    const res = await addCheckpoint(app, formatAddCheckpoint({ oldSize: 0, proof: [], checkpoint }));
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/^\u2014 witness\.test\/w1 [A-Za-z0-9+/=]+\n$/);
    const cosigned = parseNote(checkpoint + res.body);
    const [cosignature] = requireQuorum(crypto, cosigned, [key.key], 1);
    expect(cosignature!.timestamp).toBe(TEST_NOW);
    expect(verifyCosignatures(crypto, cosigned, [testWitnessKey('witness.test/other', 7).key])).toEqual([]);
  });

  it('cosigns growth with a valid consistency proof, step after step', async () => {
    const log = new TestLog(ORIGIN, 1);
    const { app, key } = await witnessAt(log, 5);
    for (const [from, to] of [
      [5, 9],
      [9, 16],
      [16, 17],
      [17, 100],
    ] as const) {
      const res = await addCheckpoint(app, body(log, from, to));
      expect(res.statusCode, `${from} → ${to}`).toBe(200);
      expect(requireQuorum(crypto, parseNote(log.checkpoint(to) + res.body), [key.key], 1)).toHaveLength(1);
    }
  });

  it('cosigns again the same checkpoint (old = size, same root, empty proof)', async () => {
    const log = new TestLog(ORIGIN, 1);
    const { app } = await witnessAt(log, 5);
    expect((await addCheckpoint(app, body(log, 5, 5))).statusCode).toBe(200);
  });

  it('accepts any content type, or none', async () => {
    const log = new TestLog(ORIGIN, 1);
    const { app } = await testWitness([log.key]);
    const res = await app.inject({ method: 'POST', url: '/add-checkpoint', payload: body(log, 0, 3) });
    expect(res.statusCode).toBe(200);
    expect((await addCheckpoint(app, body(log, 3, 4), 'application/json')).statusCode).toBe(200);
  });
});

describe('add-checkpoint: 409 conflict', () => {
  it('answers a stale old size with the cosigned size as text/x.tlog.size', async () => {
    const log = new TestLog(ORIGIN, 1);
    const { app } = await witnessAt(log, 5);
    for (const old of [0, 3, 6]) {
      const res = await addCheckpoint(app, body(log, old, 9));
      expect(res.statusCode).toBe(409);
      expect(res.headers['content-type']).toBe(TLOG_SIZE_CONTENT_TYPE);
      expect(res.body).toBe('5\n');
    }
  });

  it('refuses a fork: same size, different root → 409 (not a size answer), kept as evidence', async () => {
    const log = new TestLog(ORIGIN, 1);
    const fork = new TestLog(ORIGIN, 1, ' (forked)');
    const { app, stateDir } = await witnessAt(log, 5);
    const res = await addCheckpoint(app, body(fork, 5, 5));
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toMatch(/^WITNESS_ROOT_CONFLICT: /);
    const kept = await evidence(stateDir);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toContain('# code: WITNESS_ROOT_CONFLICT');
    expect(kept[0]).toContain(fork.checkpoint(5));
    expect(kept[0]).toContain(log.checkpoint(5));
  });
});

describe('add-checkpoint: 422 consistency proof', () => {
  it('refuses a proof that does not verify, and keeps the request as evidence', async () => {
    const log = new TestLog(ORIGIN, 1);
    const { app, stateDir } = await witnessAt(log, 5);
    const proof = log.proof(5, 9);
    proof[0] = proof[0]!.map((b, i) => (i === 0 ? b ^ 1 : b));
    const res = await addCheckpoint(app, body(log, 5, 9, proof));
    expect(res.statusCode).toBe(422);
    expect(res.body).toMatch(/^WITNESS_PROOF_INVALID: /);
    expect(await evidence(stateDir)).toEqual([expect.stringContaining('# code: WITNESS_PROOF_INVALID')]);
    // Refused: the witness still stands at 5.
    expect((await addCheckpoint(app, body(log, 0, 9))).body).toBe('5\n');
  });

  it('refuses a proof too short, too long, or for other sizes', async () => {
    const log = new TestLog(ORIGIN, 1);
    const { app } = await witnessAt(log, 5);
    const good = log.proof(5, 9);
    for (const proof of [[], good.slice(1), [...good, good[0]!], log.proof(4, 9), log.proof(5, 8)]) {
      expect((await addCheckpoint(app, body(log, 5, 9, proof))).statusCode).toBe(422);
    }
  });

  it('refuses a non-empty proof from old size 0', async () => {
    const log = new TestLog(ORIGIN, 1);
    const { app } = await testWitness([log.key]);
    expect((await addCheckpoint(app, body(log, 0, 9, log.proof(5, 9)))).statusCode).toBe(422);
  });

  it('refuses to cosign a fork that has grown (proof from the other branch)', async () => {
    const log = new TestLog(ORIGIN, 1);
    const fork = new TestLog(ORIGIN, 1, ' (forked)');
    const { app } = await witnessAt(log, 5);
    const res = await addCheckpoint(app, body(fork, 5, 9));
    expect([409, 422]).toContain(res.statusCode);
  });
});

describe('add-checkpoint: 404 and 403', () => {
  it('answers 404 for a log it does not know', async () => {
    const log = new TestLog(ORIGIN, 1);
    const other = new TestLog('log.test/other', 2);
    const { app } = await testWitness([log.key]);
    const res = await addCheckpoint(app, body(other, 0, 5));
    expect(res.statusCode).toBe(404);
    expect(res.body).toMatch(/^WITNESS_ORIGIN_UNKNOWN: /);
  });

  it('answers 403 for a checkpoint signed only by an unknown key of the origin', async () => {
    const log = new TestLog(ORIGIN, 1);
    const impostor = new TestLog(ORIGIN, 3);
    const { app } = await testWitness([log.key]);
    const res = await addCheckpoint(app, body(impostor, 0, 5));
    expect(res.statusCode).toBe(403);
    expect(res.body).toMatch(/^WITNESS_CHECKPOINT_UNVERIFIED: /);
  });

  it('answers 403 when a trusted key signature does not verify, and ignores unknown keys beside it', async () => {
    const log = new TestLog(ORIGIN, 1);
    const stranger = new TestLog(ORIGIN, 3);
    const { app } = await testWitness([log.key]);
    const signed = log.checkpoint(5, [stranger.signer, log.signer]);
    expect(
      (await addCheckpoint(app, formatAddCheckpoint({ oldSize: 0, proof: [], checkpoint: signed })))
        .statusCode,
    ).toBe(200);
    const tampered = flipLastSignatureBit(log.checkpoint(6));
    expect(parseNote(tampered).signatures[0]!.keyId).toBe(log.key.keyId); // still the trusted key, a bad signature
    const res = await addCheckpoint(
      app,
      formatAddCheckpoint({ oldSize: 5, proof: log.proof(5, 6), checkpoint: tampered }),
    );
    expect(res.statusCode).toBe(403);
  });

  it('trusts several logs, each by its own origin', async () => {
    const a = new TestLog(ORIGIN, 1);
    const b = new TestLog('log.test/b', 2);
    const { app } = await testWitness([a.key, b.key]);
    expect((await addCheckpoint(app, body(a, 0, 5))).statusCode).toBe(200);
    expect((await addCheckpoint(app, body(b, 0, 2))).statusCode).toBe(200);
    expect((await addCheckpoint(app, body(b, 0, 3))).body).toBe('2\n');
  });
});

describe('add-checkpoint: 400 bad request', () => {
  it('refuses an old size larger than the checkpoint size', async () => {
    const log = new TestLog(ORIGIN, 1);
    const { app } = await testWitness([log.key]);
    const res = await addCheckpoint(
      app,
      formatAddCheckpoint({ oldSize: 6, proof: [], checkpoint: log.checkpoint(5) }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/^WITNESS_OLD_SIZE_TOO_LARGE: /);
  });

  const log = new TestLog(ORIGIN, 1);
  const checkpoint = log.checkpoint(9);
  const hash = encodeBase64(log.root(1));
  const malformed: Array<[string, string | Buffer]> = [
    ['an empty body', ''],
    ['no blank line before the checkpoint', `old 0\n${checkpoint}`],
    ['no blank line at all', `old 0\n${checkpoint}`.replace(/\n\n/g, '\n')],
    ['no old line', `\n${checkpoint}`],
    ['a non-decimal old size', `old abc\n\n${checkpoint}`],
    ['a negative old size', `old -1\n\n${checkpoint}`],
    ['a leading zero', `old 05\n\n${checkpoint}`],
    ['a leading plus', `old +5\n\n${checkpoint}`],
    ['an old size beyond 2^53', `old 9007199254740993\n\n${checkpoint}`],
    ['a misspelt old line', `Old 0\n\n${checkpoint}`],
    ['two spaces', `old  0\n\n${checkpoint}`],
    ['64 proof lines', `old 5\n${`${hash}\n`.repeat(64)}\n${checkpoint}`],
    ['a proof line that is not base64', `old 5\n${hash.slice(0, -2)}!=\n\n${checkpoint}`],
    ['a proof line of 31 bytes', `old 5\n${encodeBase64(log.root(1).slice(1))}\n\n${checkpoint}`],
    ['a CRLF line', `old 0\r\n\n${checkpoint}`],
    ['a checkpoint that is not a note', 'old 0\n\nnot a note\n'],
    ['a checkpoint without signatures', `old 0\n\n${log.name}\n9\n${encodeBase64(log.root(9))}\n`],
    ['a checkpoint size with a leading zero', `old 0\n\n${checkpoint.replace('\n9\n', '\n09\n')}`],
    [
      'invalid UTF-8',
      Buffer.concat([Buffer.from('old 0\n\n'), Buffer.of(0xff, 0xfe), Buffer.from(checkpoint)]),
    ],
    ['a body over 64 KiB', `old 0\n\n${checkpoint}${'x'.repeat(64 * 1024)}`],
  ];
  it.each(malformed)('refuses %s', async (_what, payload) => {
    const { app } = await testWitness([log.key]);
    const res = await app.inject({
      method: 'POST',
      url: '/add-checkpoint',
      payload,
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/^WITNESS_REQUEST_(MALFORMED|TOO_LARGE): .+\n$/);
  });

  it('accepts 63 proof lines as far as parsing goes (then the proof fails: 422)', async () => {
    const { app } = await witnessAt(log, 5);
    const res = await addCheckpoint(app, `old 5\n${`${hash}\n`.repeat(63)}\n${checkpoint}`);
    expect(res.statusCode).toBe(422);
  });
});

describe('the other routes', () => {
  it('shows the witness name and vkey at /, ok at /healthz, 404 elsewhere', async () => {
    const { app, key } = await testWitness([new TestLog(ORIGIN, 1).key]);
    const home = await app.inject({ method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain(`name ${key.name}\n`);
    expect(home.body).toContain(`vkey ${key.vkey}\n`);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).body).toBe('ok\n');
    const missing = await app.inject({ method: 'GET', url: '/add-checkpoint' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^text\/plain/);
  });
});
