/**
 * Where the benchmarks keep their files, wherever they run from: the
 * benchmarks run compiled (`build/bench/*.js`, the same tsc output as the
 * server's, not a test-time transform), so `import.meta.dirname` is not the
 * source folder. The repository root is the nearest folder up with a
 * package.json.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function repositoryRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const ROOT = repositoryRoot(import.meta.dirname);
/** bench/ in the repository: RESULTS.md and out/. */
export const BENCH_DIR = join(ROOT, 'bench');
export const OUT_DIR = join(BENCH_DIR, 'out');
export const RESULTS = join(BENCH_DIR, 'RESULTS.md');
