/**
 * Where the benchmarks keep their files, wherever they run from: the
 * benchmarks run compiled (`build/bench/*.js`, the same tsc output as the
 * server's, not a test-time transform), so `import.meta.dirname` is not the
 * source folder. The repository root is the nearest folder up with a
 * package.json.
 */
import { join } from 'node:path';
import { repositoryRoot } from '../../src/synthetic/shared-data.js';

export const ROOT = repositoryRoot(import.meta.dirname);
/** bench/ in the repository: RESULTS.md and out/. */
export const BENCH_DIR = join(ROOT, 'bench');
export const OUT_DIR = join(BENCH_DIR, 'out');
export const RESULTS = join(BENCH_DIR, 'RESULTS.md');
