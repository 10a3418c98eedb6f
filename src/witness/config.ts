/**
 * The witness's typed configuration, checked once at start-up: every problem
 * is listed (with its fix) before the process exits.
 */
import { resolve } from 'node:path';
import type { Problem } from '../core/errors/index.js';
import { isSaksiError, msg, problem } from '../core/errors/index.js';
import type { LogHasher } from '../core/log/crypto.js';
import type { VerifierKey } from '../core/log/note-key.js';
import { SIGNATURE_TYPE_ED25519, parseVerifierKey } from '../core/log/note-key.js';
import { WitnessError } from './errors.js';

export const WITNESS_DEFAULT_PORT = 7380;
export const WITNESS_DEFAULT_HOST = '127.0.0.1';
export const WITNESS_DEFAULT_STATE_DIR = 'witness-state';

export interface WitnessConfig {
  readonly port: number;
  readonly host: string;
  /** The witness's signer key file (see key.ts). */
  readonly keyFile: string;
  /** Trusted log keys; each log's checkpoints carry its key name as origin. */
  readonly logs: readonly VerifierKey[];
  readonly stateDir: string;
}

/** Flags as given on the command line. */
export interface WitnessConfigInput {
  readonly port?: string;
  readonly host?: string;
  readonly key?: string;
  readonly logVkey?: readonly string[];
  readonly state?: string;
}

/** Builds the config or throws WITNESS_CONFIG_INVALID listing every problem. */
export function witnessConfig(hasher: LogHasher, input: WitnessConfigInput, cwd: string): WitnessConfig {
  const problems: Problem[] = [];
  const port = parsePort(input.port, problems);
  const host = input.host ?? WITNESS_DEFAULT_HOST;
  if (host.trim() === '') problems.push(problem('WITNESS_CONFIG_HOST', ['--host'], HOST));
  if (input.key === undefined || input.key === '')
    problems.push(problem('WITNESS_CONFIG_KEY', ['--key'], KEY));
  const logs = parseLogKeys(hasher, input.logVkey ?? [], problems);
  if (problems.length > 0) {
    throw new WitnessError('WITNESS_CONFIG_INVALID', {
      field: problems[0]!.fields[0]!,
      detail: msg(`${problems.length} masalah`, `${problems.length} problem(s)`),
      problems,
    });
  }
  return {
    port,
    host,
    keyFile: resolve(cwd, input.key!),
    logs,
    stateDir: resolve(cwd, input.state ?? WITNESS_DEFAULT_STATE_DIR),
  };
}

function parsePort(text: string | undefined, problems: Problem[]): number {
  if (text === undefined) return WITNESS_DEFAULT_PORT;
  const port = /^[0-9]{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 0 && port <= 65535)) problems.push(problem('WITNESS_CONFIG_PORT', ['--port'], PORT(text)));
  return port;
}

function parseLogKeys(hasher: LogHasher, vkeys: readonly string[], problems: Problem[]): VerifierKey[] {
  if (vkeys.length === 0) problems.push(problem('WITNESS_CONFIG_LOG_MISSING', ['--log-vkey'], LOG_MISSING));
  const keys: VerifierKey[] = [];
  vkeys.forEach((vkey, i) => {
    const field = `--log-vkey[${i}]`;
    try {
      const key = parseVerifierKey(hasher, vkey);
      if (key.type !== SIGNATURE_TYPE_ED25519)
        problems.push(problem('WITNESS_CONFIG_LOG_VKEY', [field], LOG_TYPE));
      else if (keys.some((k) => k.name === key.name && k.keyId === key.keyId)) {
        problems.push(problem('WITNESS_CONFIG_LOG_VKEY', [field], LOG_DUPLICATE(key.name)));
      } else keys.push(key);
    } catch (e) {
      if (!isSaksiError(e)) throw e;
      problems.push(
        problem(
          'WITNESS_CONFIG_LOG_VKEY',
          [field],
          msg(`${field}: ${e.messages.id}`, `${field}: ${e.messages.en}`),
        ),
      );
    }
  });
  return keys;
}

const PORT = (text: string) =>
  msg(`--port "${text}" harus 0 sampai 65535`, `--port "${text}" must be a number from 0 to 65535`);
const HOST = msg('--host tidak boleh kosong', '--host must not be empty');
const KEY = msg(
  '--key FILE wajib: buat dengan `saksi witness keygen --name NAMA --out FILE`',
  '--key FILE is required: create one with `saksi witness keygen --name NAME --out FILE`',
);
const LOG_MISSING = msg(
  'setidaknya satu --log-vkey wajib (vkey log yang disaksikan)',
  'at least one --log-vkey is required (the vkey of a log to witness)',
);
const LOG_TYPE = msg(
  '--log-vkey harus kunci Ed25519 log (jenis 0x01)',
  '--log-vkey must be a log Ed25519 key (type 0x01)',
);
const LOG_DUPLICATE = (name: string) => msg(`--log-vkey ${name} diulang`, `--log-vkey ${name} is repeated`);
