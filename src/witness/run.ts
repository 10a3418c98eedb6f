/**
 * Starting a witness from its config: read the key, open the state folder,
 * build the app and listen. Used by `saksi witness serve` and by tests that
 * restart a witness on the same state.
 */
import type { FastifyInstance } from 'fastify';
import type { LogCrypto } from '../core/log/crypto.js';
import { nodeCrypto } from '../crypto/node.js';
import { buildWitnessApp } from './app.js';
import type { WitnessConfig } from './config.js';
import { readWitnessKeyFile } from './key.js';
import { openWitnessState } from './state.js';
import { Witness } from './witness.js';

export interface RunningWitness {
  readonly witness: Witness;
  readonly app: FastifyInstance;
  /** e.g. http://127.0.0.1:7380 */
  readonly address: string;
  close(): Promise<void>;
}

export interface StartWitnessOptions {
  readonly crypto?: LogCrypto;
  /** POSIX seconds; default the system clock. */
  readonly now?: () => number;
  readonly logLevel?: string;
}

export async function startWitness(
  config: WitnessConfig,
  options: StartWitnessOptions = {},
): Promise<RunningWitness> {
  const crypto = options.crypto ?? nodeCrypto;
  const key = await readWitnessKeyFile(crypto, config.keyFile);
  const state = await openWitnessState(config.stateDir);
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const witness = new Witness({ key, logs: config.logs, state, crypto, now });
  const app = buildWitnessApp(witness, options.logLevel === undefined ? {} : { logLevel: options.logLevel });
  const address = await app.listen({ port: config.port, host: config.host });
  return { witness, app, address, close: () => app.close() };
}
