/**
 * Driving the sequencer child of the crash tests: start it on a directory,
 * append through it, kill it with SIGKILL.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const CHILD = resolve(import.meta.dirname, 'sequencer-child.ts');
const REPO_ROOT = resolve(import.meta.dirname, '../..');

export interface WireAck {
  readonly index: number;
  readonly leafHash: string;
  readonly duplicate: boolean;
}

export interface Child {
  readonly proc: ChildProcess;
  readonly base: string;
  /** The tree the child recovered on start. */
  readonly size: number;
  readonly root: string;
  readonly exited: Promise<NodeJS.Signals | number | null>;
}

/** Starts the child on `dir` and waits for its first line (port and recovered tree). */
export async function startChild(dir: string, env: Record<string, string> = {}): Promise<Child> {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, dir], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<NodeJS.Signals | number | null>((ok) =>
    proc.once('exit', (code, signal) => ok(signal ?? code)),
  );
  let stderr = '';
  proc.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  const first = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`child did not start in 20 s: ${stderr}`)), 20_000);
    proc.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        ok(out.slice(0, nl));
      }
    });
    void exited.then((how) => {
      clearTimeout(timer);
      fail(new Error(`child exited (${how}) before it was ready: ${stderr}`));
    });
  });
  const { port, size, root } = JSON.parse(first) as { port: number; size: number; root: string };
  return { proc, base: `http://127.0.0.1:${port}`, size, root, exited };
}

/** SIGKILL, and wait until the process is gone. */
export async function killChild(child: Child): Promise<void> {
  child.proc.kill('SIGKILL');
  await child.exited;
}

/** Appends one entry; throws when the child did not acknowledge it (crashed, refused). */
export async function append(child: Child, entry: Uint8Array): Promise<WireAck> {
  const res = await fetch(`${child.base}/add`, { method: 'POST', body: new Uint8Array(entry) });
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  return (await res.json()) as WireAck;
}

/** Appends entries that the child adds in one tick (one batch of 1, then one of the rest). */
export async function appendBulk(child: Child, entries: readonly Uint8Array[]): Promise<WireAck[]> {
  const body = new Uint8Array(
    Buffer.concat(
      entries.flatMap((e) => {
        const length = Buffer.alloc(2);
        length.writeUInt16BE(e.length);
        return [length, Buffer.from(e)];
      }),
    ),
  );
  const res = await fetch(`${child.base}/bulk`, { method: 'POST', body });
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  return (await res.json()) as WireAck[];
}
