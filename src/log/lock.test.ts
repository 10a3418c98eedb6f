import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockLog } from './lock.js';

describe('lockLog', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saksi-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lets one writer in, refuses a second live one, and takes over a dead one’s lock', async () => {
    const lock = await lockLog(dir);
    await lock.release();
    writeFileSync(join(dir, 'LOCK'), '1\n'); // pid 1 is alive (init): another live writer
    await expect(lockLog(dir)).rejects.toMatchObject({ code: 'LOG_LOCKED' });
    writeFileSync(join(dir, 'LOCK'), '2147483646\n'); // no such process: a writer killed with -9
    const again = await lockLog(dir);
    await again.release();
  });
});
