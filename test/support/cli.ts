/**
 * The `saksi` command line run in-process for tests: the real program
 * (src/cli/program.ts) with its output captured, and a command line split
 * into words as a POSIX shell would for the quoting the README uses.
 */
import { vi } from 'vitest';
import { saksiProgram } from '../../src/cli/program.js';

export interface CliRun {
  readonly out: string;
  readonly err: string;
  /** undefined: the command succeeded. */
  readonly exitCode: number | undefined;
}

export async function runSaksi(args: readonly string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const capture = (into: string[]) => (chunk: string | Uint8Array) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(capture(out));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(capture(err));
  const before = process.exitCode;
  process.exitCode = undefined;
  try {
    await saksiProgram()
      .exitOverride()
      .parseAsync([...args], { from: 'user' });
    const code = process.exitCode as number | string | undefined;
    return {
      out: out.join(''),
      err: err.join(''),
      exitCode: code === undefined || code === 0 ? undefined : Number(code),
    };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.exitCode = before;
  }
}

/** Words of a command line: whitespace-separated, with "double" and 'single' quotes. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) words.push(m[1] ?? m[2] ?? m[3] ?? '');
  return words;
}
