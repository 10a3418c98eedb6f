/**
 * The witness's durable state: for each log origin, the latest checkpoint it
 * cosigned, and a folder of requests kept as possible evidence of a log's
 * misbehaviour (tlog-witness: a witness MAY log such requests).
 *
 *   <dir>/checkpoints/<hex SHA-256 of the origin>   the signed checkpoint note, as cosigned
 *   <dir>/evidence/<time>-<code>-<random>.txt       a refused request and why
 *
 * Guarantees: `record` MUST be durable before its promise resolves (write a
 * temporary file, fsync it, rename it over the old one, fsync the folder), so
 * after a crash a reader sees the old checkpoint or the new one, never a mix.
 * Serialising reads and writes per origin is the caller's job (witness.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { msg } from '../core/errors/index.js';
import type { Checkpoint } from '../core/log/checkpoint.js';
import { checkpointOfNote } from '../core/log/checkpoint.js';
import { witnessError } from './errors.js';

/** Evidence files kept at most, so that a misbehaving log cannot fill the disk. */
export const MAX_EVIDENCE_FILES = 10_000;
const TMP_SUFFIX = '.tmp';

export interface Evidence {
  readonly code: string;
  readonly origin: string;
  readonly reason: string;
  /** The request body, verbatim. */
  readonly body: string;
  /** The latest cosigned checkpoint note at the time, if any. */
  readonly latest?: string;
  readonly at: Date;
}

export interface WitnessState {
  /** The latest cosigned checkpoint of `origin`, undefined if the witness never cosigned one. */
  latest(origin: string): Promise<{ checkpoint: Checkpoint; note: string } | undefined>;
  /** Makes `signedCheckpoint` the latest for `origin`; durable before the promise resolves. */
  record(origin: string, signedCheckpoint: string): Promise<void>;
  /** Keeps a refused request (best effort, bounded by MAX_EVIDENCE_FILES). */
  keepEvidence(evidence: Evidence): Promise<void>;
}

/** Opens (creating if needed) a state folder and removes temporary files left by a crash. */
export async function openWitnessState(dir: string): Promise<WitnessState> {
  const checkpoints = join(dir, 'checkpoints');
  const evidence = join(dir, 'evidence');
  await mkdir(checkpoints, { recursive: true, mode: 0o700 });
  await mkdir(evidence, { recursive: true, mode: 0o700 });
  await removeDebris(checkpoints);
  await removeDebris(evidence);
  let evidenceCount = (await readdir(evidence)).length;
  return {
    async latest(origin) {
      const note = await readIfExists(join(checkpoints, originFile(origin)));
      if (note === undefined) return undefined;
      return { checkpoint: parseStored(origin, note), note };
    },
    async record(origin, signedCheckpoint) {
      if (checkpointOfNote(signedCheckpoint).origin !== origin) throw stateError(origin);
      await writeDurably(checkpoints, originFile(origin), signedCheckpoint);
    },
    async keepEvidence(e) {
      if (evidenceCount >= MAX_EVIDENCE_FILES) return;
      evidenceCount++;
      const stamp = e.at.toISOString().replace(/[:.]/g, '-');
      const name = `${stamp}-${e.code}-${randomBytes(4).toString('hex')}.txt`;
      await writeDurably(evidence, name, formatEvidence(e));
    },
  };
}

/** Origins are arbitrary text (slashes, any length): name files by their hash. */
function originFile(origin: string): string {
  return createHash('sha256').update(origin, 'utf8').digest('hex');
}

function parseStored(origin: string, note: string): Checkpoint {
  let checkpoint: Checkpoint;
  try {
    checkpoint = checkpointOfNote(note);
  } catch (e) {
    throw stateError(origin, e);
  }
  if (checkpoint.origin !== origin) throw stateError(origin);
  return checkpoint;
}

function formatEvidence(e: Evidence): string {
  const header = [
    '# saksi witness: refused add-checkpoint request (possible evidence of log misbehaviour)',
    `# time: ${e.at.toISOString()}`,
    `# code: ${e.code}`,
    `# origin: ${JSON.stringify(e.origin)}`,
    `# reason: ${e.reason}`,
  ];
  const latest = e.latest === undefined ? [] : ['', '## latest cosigned checkpoint', e.latest];
  return [...header, ...latest, '', '## request body', e.body].join('\n');
}

/** tmp file → write → fsync → rename → fsync the folder. */
async function writeDurably(dir: string, name: string, data: string): Promise<void> {
  const tmp = join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}${TMP_SUFFIX}`);
  try {
    const file = await open(tmp, 'wx', 0o600);
    try {
      await file.writeFile(data, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(tmp, join(dir, name));
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  await syncDir(dir);
}

async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

async function removeDebris(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (name.startsWith('.') && name.endsWith(TMP_SUFFIX)) await unlink(join(dir, name));
  }
}

function stateError(origin: string, cause?: unknown) {
  return witnessError('WITNESS_STATE_INVALID', {
    field: 'state',
    detail: msg(`asal ${JSON.stringify(origin)}`, `origin ${JSON.stringify(origin)}`),
    cause,
  });
}
