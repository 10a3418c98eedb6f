/**
 * The log's witness client against a real witness on 127.0.0.1 (port 0),
 * and against fake witnesses that stall or forge.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cosignatureSigner, requireQuorum } from '../core/log/cosignature.js';
import { concatBytes, encodeBase64, encodeUtf8, writeUint32 } from '../core/log/encoding.js';
import { parseNote } from '../core/log/note.js';
import { witnessConfig } from '../witness/config.js';
import { writeWitnessKeyFile } from '../witness/key.js';
import { startWitness } from '../witness/run.js';
import type { RunningWitness } from '../witness/run.js';
import { TestLog, crypto } from '../witness/testdata/log.js';
import { tempDir, testWitnessKey, testWitnessSkey } from '../witness/testdata/witness.js';
import { requestCosignature } from './witness-client.js';

const log = new TestLog('log.test/pilkada', 1);
const witnessKey = testWitnessKey();
const opts = { timeoutMs: 5000, crypto };
let witness: RunningWitness;
const fakes: Server[] = [];

beforeAll(async () => {
  const dir = await tempDir();
  const keyFile = join(dir, 'witness.key');
  await writeWitnessKeyFile(keyFile, testWitnessSkey());
  witness = await startWitness(
    witnessConfig(
      crypto,
      { port: '0', host: '127.0.0.1', key: keyFile, logVkey: [log.vkey], state: dir },
      dir,
    ),
  );
});

afterAll(async () => {
  await witness.close();
  for (const s of fakes) s.close();
});

const endpoint = (url: string) => ({ name: 'w1', url, key: witnessKey.key });
const request = (oldSize: number, size: number) => ({
  signedCheckpoint: log.checkpoint(size),
  oldSize,
  proof: log.proof(oldSize, size),
});

/** An HTTP witness that answers every add-checkpoint with `respond`. */
async function fakeWitness(respond: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => respond(req, res));
  });
  fakes.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A cosignature line by `key` over the checkpoint of `size`, optionally with a corrupted signature. */
function cosignatureLine(key: ReturnType<typeof testWitnessKey>, size: number, corrupt = false): string {
  const signer = cosignatureSigner(crypto, key.name, key.signer, 1_750_000_000);
  const signature = signer.sign(encodeUtf8(parseNote(log.checkpoint(size)).text));
  if (corrupt) signature[signature.length - 1]! ^= 1;
  return `\u2014 ${key.name} ${encodeBase64(concatBytes(writeUint32(signer.keyId), signature))}\n`;
}

describe('requestCosignature against a real witness', () => {
  it('gets a cosignature that verifies (old 0), then another for growth with a proof', async () => {
    const first = await requestCosignature(endpoint(witness.address), request(0, 5), opts);
    expect(first.kind).toBe('cosigned');
    const lines = first.kind === 'cosigned' ? first.lines : [];
    expect(
      requireQuorum(crypto, parseNote(log.checkpoint(5) + lines.join('')), [witnessKey.key], 1),
    ).toHaveLength(1);
    const second = await requestCosignature(endpoint(`${witness.address}/`), request(5, 9), opts);
    expect(second).toMatchObject({
      kind: 'cosigned',
      lines: [expect.stringMatching(/^\u2014 witness\.test\/w1 /)],
    });
  });

  it('reports a conflict with the size the witness knows', async () => {
    expect(await requestCosignature(endpoint(witness.address), request(0, 12), opts)).toEqual({
      kind: 'conflict',
      knownSize: 9,
    });
  });

  it('reports a refused proof as failed with its status', async () => {
    const bad = { ...request(9, 12), proof: log.proof(8, 12) };
    const result = await requestCosignature(endpoint(witness.address), bad, opts);
    expect(result).toMatchObject({
      kind: 'failed',
      status: 422,
      reason: expect.stringContaining('WITNESS_PROOF_INVALID'),
    });
  });

  it('fails when the witness answers with another key than the one pinned', async () => {
    const other = { name: 'w1', url: witness.address, key: testWitnessKey('witness.test/w1', 0x33).key };
    const result = await requestCosignature(other, request(9, 12), opts);
    expect(result).toMatchObject({ kind: 'failed', status: 200 });
  });
});

describe('requestCosignature against misbehaving witnesses', () => {
  it('gives up after the timeout on a server that never answers', async () => {
    const sockets: Socket[] = [];
    const silent = createTcpServer((socket) => sockets.push(socket)); // accepts, reads nothing, says nothing
    fakes.push(silent);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const started = performance.now();
    const result = await requestCosignature(endpoint(url), request(0, 5), { timeoutMs: 300, crypto });
    const elapsed = performance.now() - started;
    expect(result).toEqual({ kind: 'failed', reason: 'no answer within 300 ms' });
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(2000);
    for (const s of sockets) s.destroy();
  });

  it('fails on a forged line by the pinned key', async () => {
    const url = await fakeWitness((_req, res) => res.end(cosignatureLine(witnessKey, 5, true)));
    const result = await requestCosignature(endpoint(url), request(0, 5), opts);
    expect(result).toMatchObject({
      kind: 'failed',
      status: 200,
      reason: expect.stringContaining('invalid cosignature'),
    });
  });

  it('keeps only the lines by the pinned key, ignoring other keys', async () => {
    const stranger = testWitnessKey('witness.test/stranger', 0x44);
    const valid = cosignatureLine(witnessKey, 5);
    const url = await fakeWitness((_req, res) => res.end(cosignatureLine(stranger, 5, true) + valid));
    expect(await requestCosignature(endpoint(url), request(0, 5), opts)).toEqual({
      kind: 'cosigned',
      lines: [valid],
    });
  });

  it('fails on a malformed or oversized answer, a bad size body, and an unreachable witness', async () => {
    const garbage = await fakeWitness((_req, res) => res.end('hello\n'));
    expect(await requestCosignature(endpoint(garbage), request(0, 5), opts)).toMatchObject({
      kind: 'failed',
      status: 200,
    });
    const huge = await fakeWitness((_req, res) => res.end('x'.repeat(100_000)));
    expect(await requestCosignature(endpoint(huge), request(0, 5), opts)).toMatchObject({ kind: 'failed' });
    const badSize = await fakeWitness((_req, res) =>
      res.writeHead(409, { 'content-type': 'text/x.tlog.size' }).end('05\n'),
    );
    expect(await requestCosignature(endpoint(badSize), request(0, 5), opts)).toMatchObject({
      kind: 'failed',
      status: 409,
    });
    const closed = createTcpServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const result = await requestCosignature(endpoint(`http://127.0.0.1:${port}`), request(0, 5), opts);
    expect(result).toMatchObject({ kind: 'failed' });
    expect(result).not.toHaveProperty('status');
  });

  it('sends the tlog-witness body: old line, proof lines, empty line, checkpoint', async () => {
    let seen = '';
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen = `${req.method} ${req.url}\n${Buffer.concat(chunks).toString('utf8')}`;
        res.writeHead(404).end('unknown log\n');
      });
    });
    fakes.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/prefix`;
    const result = await requestCosignature(endpoint(url), request(5, 9), opts);
    expect(result).toEqual({ kind: 'failed', status: 404, reason: 'HTTP 404: unknown log' });
    const proof = log
      .proof(5, 9)
      .map((h) => `${encodeBase64(h)}\n`)
      .join('');
    expect(seen).toBe(`POST /prefix/add-checkpoint\nold 5\n${proof}\n${log.checkpoint(9)}`);
  });
});
