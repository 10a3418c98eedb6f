/**
 * The witness's durability and atomicity: it remembers across restarts, the
 * old-size check and the update are one step per origin, nothing is cosigned
 * before the state is on disk, and the state never rolls back.
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { requireQuorum } from '../core/log/cosignature.js';
import { parseNote } from '../core/log/note.js';
import { witnessConfig } from './config.js';
import { writeWitnessKeyFile } from './key.js';
import { formatAddCheckpoint } from './request.js';
import { startWitness } from './run.js';
import type { WitnessState } from './state.js';
import { TestLog, crypto } from './testdata/log.js';
import { tempDir, testWitness, testWitnessKey, testWitnessSkey } from './testdata/witness.js';

const ORIGIN = 'log.test/pilkada';

function addCheckpoint(app: FastifyInstance, log: TestLog, oldSize: number, size: number) {
  const payload = formatAddCheckpoint({
    oldSize,
    proof: log.proof(oldSize, size),
    checkpoint: log.checkpoint(size),
  });
  return app.inject({
    method: 'POST',
    url: '/add-checkpoint',
    payload,
    headers: { 'content-type': 'text/plain' },
  });
}

/** A state whose writes take `ms` and are recorded, to widen race windows and watch the order. */
function slowState(ms: number, written: number[]) {
  return (inner: WitnessState): WitnessState => ({
    latest: (origin) => inner.latest(origin),
    keepEvidence: (e) => inner.keepEvidence(e),
    async record(origin, signed) {
      await new Promise((r) => setTimeout(r, ms));
      await inner.record(origin, signed);
      written.push(Number(signed.split('\n')[1]));
    },
  });
}

describe('persistence', () => {
  it('remembers the cosigned size after a restart on the same state folder (served on a real port)', async () => {
    const log = new TestLog(ORIGIN, 1);
    const dir = await tempDir();
    const keyFile = join(dir, 'witness.key');
    await writeWitnessKeyFile(keyFile, testWitnessSkey());
    const config = witnessConfig(
      crypto,
      { port: '0', key: keyFile, logVkey: [log.vkey], state: join(dir, 'state') },
      dir,
    );
    const post = (url: string, oldSize: number, size: number) =>
      fetch(`${url}/add-checkpoint`, {
        method: 'POST',
        body: formatAddCheckpoint({
          oldSize,
          proof: log.proof(oldSize, size),
          checkpoint: log.checkpoint(size),
        }),
      });

    const first = await startWitness(config);
    expect((await post(first.address, 0, 5)).status).toBe(200);
    await first.close();

    const second = await startWitness(config);
    try {
      const stale = await post(second.address, 0, 9);
      expect(stale.status).toBe(409);
      expect(await stale.text()).toBe('5\n');
      const grown = await post(second.address, 5, 9);
      expect(grown.status).toBe(200);
      const note = parseNote(log.checkpoint(9) + (await grown.text()));
      expect(requireQuorum(crypto, note, [testWitnessKey().key], 1)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('cosigns nothing when the state cannot be written, and stays where it was', async () => {
    const log = new TestLog(ORIGIN, 1);
    let failNext = true;
    const { app } = await testWitness([log.key], {
      wrapState: (inner) => ({
        ...inner,
        latest: (o) => inner.latest(o),
        keepEvidence: (e) => inner.keepEvidence(e),
        async record(origin, signed) {
          if (failNext) {
            failNext = false;
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          }
          await inner.record(origin, signed);
        },
      }),
    });
    const failed = await addCheckpoint(app, log, 0, 5);
    expect(failed.statusCode).toBe(500);
    expect(failed.body).not.toContain('\u2014');
    expect((await addCheckpoint(app, log, 0, 5)).statusCode).toBe(200);
  });
});

describe('atomicity', () => {
  it('lets exactly one of two racing requests from old 0 win (5 vs 9), 20 rounds', async () => {
    const log = new TestLog(ORIGIN, 1);
    for (let round = 0; round < 20; round++) {
      const written: number[] = [];
      const { app, stateDir } = await testWitness([log.key], { wrapState: slowState(5, written) });
      const [a, b] = await Promise.all([addCheckpoint(app, log, 0, 5), addCheckpoint(app, log, 0, 9)]);
      const codes = [a.statusCode, b.statusCode].sort();
      expect(codes).toEqual([200, 409]);
      const winner = a.statusCode === 200 ? 5 : 9;
      expect((a.statusCode === 409 ? a : b).body).toBe(`${winner}\n`);
      expect(written).toEqual([winner]);
      // And the disk agrees after a restart.
      const again = await testWitness([log.key], { dir: stateDir });
      expect((await addCheckpoint(again.app, log, 0, 12)).body).toBe(`${winner}\n`);
    }
  });

  it('never rolls back: many racing requests, writes strictly increasing, one winner per step', async () => {
    const log = new TestLog(ORIGIN, 1);
    const written: number[] = [];
    const { app } = await testWitness([log.key], { wrapState: slowState(2, written) });
    let cosigned = 0;
    for (let step = 0; step < 5; step++) {
      const sizes = [1, 2, 3, 5, 8, 13].map((d) => cosigned + d);
      // Some requests are stale on purpose (old one behind), some race for the next step.
      const results = await Promise.all([
        ...sizes.map((size) => addCheckpoint(app, log, cosigned, size)),
        ...sizes.map((size) => addCheckpoint(app, log, Math.max(0, cosigned - 1), size)),
      ]);
      const winners = results.filter((r) => r.statusCode === 200);
      expect(winners).toHaveLength(1);
      const next = written[written.length - 1]!;
      for (const r of results.filter((x) => x.statusCode !== 200)) {
        expect(r.statusCode).toBe(409);
        expect(r.body).toBe(`${next}\n`);
      }
      cosigned = next;
    }
    expect(written).toEqual([...written].sort((x, y) => x - y));
    expect(new Set(written).size).toBe(written.length);
  });

  it('keeps logs apart: racing requests for two origins both succeed', async () => {
    const a = new TestLog(ORIGIN, 1);
    const b = new TestLog('log.test/b', 2);
    const { app } = await testWitness([a.key, b.key], { wrapState: slowState(5, []) });
    const results = await Promise.all([addCheckpoint(app, a, 0, 5), addCheckpoint(app, b, 0, 7)]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
  });
});
