/**
 * Where benchmark figures go: printed, written as JSON to bench/out/, and
 * appended as a dated section to bench/RESULTS.md (created with a header
 * explaining the figures the first time).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, platform, release } from 'node:os';
import { dirname } from 'node:path';

export interface Machine {
  readonly nproc: number;
  readonly cpu: string;
  readonly node: string;
  readonly os: string;
  readonly date: string;
  /** 1-minute load average when the run started: other work on the machine skews every figure. */
  readonly loadAverage: number;
}

export function machine(): Machine {
  let nproc = availableParallelism();
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    // no coreutils: availableParallelism() it is
  }
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const cpu = /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown';
  return {
    nproc,
    cpu,
    node: process.version,
    os: `${platform()} ${release()}`,
    date: new Date().toISOString(),
    loadAverage: loadavg()[0] ?? 0,
  };
}

/** How this run was started, for copy and paste. */
export function commandLine(script: string): string {
  const args = process.argv.slice(2).join(' ');
  if (process.env.npm_lifecycle_event !== undefined)
    return `npm run ${process.env.npm_lifecycle_event}${args === '' ? '' : ` -- ${args}`}`;
  return `npm run bench:build && node build/${script.replace(/\.ts$/, '.js')}${args === '' ? '' : ` ${args}`}`;
}

export function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Appends `section` to the results file, creating it with `header` first. */
export function appendResults(file: string, header: string, section: string): void {
  if (!existsSync(file)) writeFileSync(file, header);
  appendFileSync(file, `\n${section}`);
}

/** A Markdown table. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
