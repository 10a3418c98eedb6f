import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWitnessState } from './state.js';
import { TestLog } from './testdata/log.js';
import { tempDir } from './testdata/witness.js';

const log = new TestLog('log.test/pilkada', 1);

describe('witness state on disk', () => {
  it('records the latest checkpoint per origin and reads it back after reopening', async () => {
    const dir = await tempDir();
    const state = await openWitnessState(dir);
    expect(await state.latest(log.name)).toBeUndefined();
    await state.record(log.name, log.checkpoint(5));
    await state.record(log.name, log.checkpoint(9));
    const reopened = await openWitnessState(dir);
    const latest = await reopened.latest(log.name);
    expect(latest?.checkpoint.size).toBe(9);
    expect(latest?.note).toBe(log.checkpoint(9));
    expect(await reopened.latest('log.test/other')).toBeUndefined();
    // One file per origin, no temporary files left behind.
    expect(await readdir(join(dir, 'checkpoints'))).toHaveLength(1);
  });

  it('removes temporary files left by a crash when opened', async () => {
    const dir = await tempDir();
    await openWitnessState(dir);
    await writeFile(join(dir, 'checkpoints', '.abc.123.deadbeef.tmp'), 'half written');
    await openWitnessState(dir);
    expect(await readdir(join(dir, 'checkpoints'))).toEqual([]);
  });

  it('refuses a corrupt state file or one of another origin, rather than starting from 0', async () => {
    const dir = await tempDir();
    const state = await openWitnessState(dir);
    await state.record(log.name, log.checkpoint(5));
    const [file] = await readdir(join(dir, 'checkpoints'));
    await writeFile(join(dir, 'checkpoints', file!), 'garbage\n');
    await expect(state.latest(log.name)).rejects.toMatchObject({ code: 'WITNESS_STATE_INVALID' });
    const other = new TestLog('log.test/other', 2);
    await writeFile(join(dir, 'checkpoints', file!), other.checkpoint(3));
    await expect(state.latest(log.name)).rejects.toMatchObject({ code: 'WITNESS_STATE_INVALID' });
    await expect(state.record(log.name, other.checkpoint(3))).rejects.toMatchObject({
      code: 'WITNESS_STATE_INVALID',
    });
  });

  it('keeps evidence as one file per refused request', async () => {
    const dir = await tempDir();
    const state = await openWitnessState(dir);
    const at = new Date(Date.UTC(2024, 10, 27, 6, 0, 0));
    await state.keepEvidence({
      code: 'WITNESS_PROOF_INVALID',
      origin: log.name,
      reason: 'bad proof',
      body: 'old 5\n…',
      at,
    });
    const [file] = await readdir(join(dir, 'evidence'));
    expect(file).toMatch(/^2024-11-27T06-00-00-000Z-WITNESS_PROOF_INVALID-[0-9a-f]{8}\.txt$/);
    const text = await readFile(join(dir, 'evidence', file!), 'utf8');
    expect(text).toContain('# reason: bad proof');
    expect(text).toContain('## request body\nold 5\n…');
  });
});
