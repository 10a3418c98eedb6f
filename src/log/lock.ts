/**
 * One writer per log: a lock file in the state directory holding the
 * writer's pid. A second writer (a `saksi import` beside a running server)
 * is refused with LOG_LOCKED instead of racing it; a lock left by a process
 * that died (kill -9) is taken over.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SaksiError, msg } from '../core/errors/index.js';

export interface LogLock {
  release(): Promise<void>;
}

export async function lockLog(stateDir: string): Promise<LogLock> {
  await mkdir(stateDir, { recursive: true });
  const file = join(stateDir, 'LOCK');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(file, 'wx', 0o644);
      await fh.writeFile(`${process.pid}\n`);
      await fh.close();
      return { release: () => rm(file, { force: true }) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
        throw new SaksiError(
          'LOG_LOCKED',
          msg(
            `Log sedang dipakai proses ${holder}; hentikan dulu server itu.`,
            `The log is in use by process ${holder}; stop that server first.`,
          ),
          { field: 'dataDir' },
        );
      }
      await rm(file, { force: true });
    }
  }
  throw new SaksiError('LOG_LOCKED', msg('Log tidak dapat dikunci.', 'The log could not be locked.'), {
    field: 'dataDir',
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
