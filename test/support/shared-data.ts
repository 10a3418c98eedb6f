/**
 * Locating /work/shared/data (real election data and published vectors) from
 * tests. The directory sits beside the repository (`../shared/data`) or is
 * named by SAKSI_SHARED_DATA. When it is missing, tests skip with a printed
 * reason — except under CI (`CI=true`), where a missing data set is a failure.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** The shared data directory, or undefined when it is not present. */
export function sharedDataDir(): string | undefined {
  const candidate = process.env.SAKSI_SHARED_DATA ?? resolve(REPO_ROOT, '../shared/data');
  return existsSync(candidate) && statSync(candidate).isDirectory() ? candidate : undefined;
}

function missingReason(): string {
  const where = process.env.SAKSI_SHARED_DATA ?? resolve(REPO_ROOT, '../shared/data');
  return `shared data not found at ${where} (set SAKSI_SHARED_DATA to its location)`;
}

function inCi(): boolean {
  return process.env.CI === 'true';
}

/**
 * The shared data directory for the running test, e.g.
 * `it('…', (ctx) => { const dir = requireSharedData(ctx); … })`. When
 * missing: throws under CI, otherwise prints the reason and skips the test.
 */
export function requireSharedData(context: { skip: (note?: string) => void }): string {
  const dir = sharedDataDir();
  if (dir !== undefined) return dir;
  const reason = missingReason();
  if (inCi()) throw new Error(`${reason}; required under CI`);
  console.warn(`skipping: ${reason}`);
  context.skip(reason);
  throw new Error(reason); // not reached: context.skip() stops the test
}

/** A describe block that receives the data directory, or is skipped / fails as above. */
export function describeWithSharedData(name: string, fn: (dir: string) => void): void {
  const dir = sharedDataDir();
  if (dir !== undefined) {
    describe(name, () => fn(dir));
    return;
  }
  const reason = missingReason();
  if (inCi()) {
    describe(name, () => {
      it('has the shared data it needs', () => {
        throw new Error(`${reason}; required under CI`);
      });
    });
    return;
  }
  console.warn(`skipping "${name}": ${reason}`);
  describe.skip(`${name} (${reason})`, () => {
    it('needs shared data', () => undefined);
  });
}

/**
 * A JSON file of the shared data, parsed — or, when the data is missing,
 * undefined (with a printed reason) so the caller skips; under CI a missing
 * file is an error. Pair it with `describeIf(value)`.
 */
export function sharedJson<T = unknown>(relativePath: string): T | undefined {
  const dir = sharedDataDir();
  const file = dir === undefined ? undefined : resolve(dir, relativePath);
  if (file !== undefined && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as T;
  const reason = `${relativePath} not found in the shared data (${missingReason()})`;
  if (inCi()) throw new Error(`${reason}; required under CI`);
  console.warn(`skipping: ${reason}`);
  return undefined;
}

/** `describe` when the value is present, `describe.skip` otherwise. */
export function describeIf(value: unknown): typeof describe | typeof describe.skip {
  return value === undefined ? describe.skip : describe;
}
