/** A witness for tests: a fixed key, a temporary state folder, a fixed clock. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VerifierKey } from '../../core/log/note-key.js';
import { SIGNATURE_TYPE_COSIGNATURE_V1, noteKeyPair } from '../../core/log/note-key.js';
import { nodeSigner } from '../../crypto/node.js';
import { buildWitnessApp } from '../app.js';
import { witnessKeyFromSkey } from '../key.js';
import type { WitnessKey } from '../key.js';
import { openWitnessState } from '../state.js';
import type { WitnessState } from '../state.js';
import { Witness } from '../witness.js';
import { crypto } from './log.js';

export const TEST_NOW = 1_750_000_000;

/** A cosignature/v1 skey from a one-byte seed pattern: tests only. */
export function testWitnessSkey(name = 'witness.test/w1', seedByte = 0x2a): string {
  const seed = new Uint8Array(32).fill(seedByte);
  return noteKeyPair(crypto, name, seed, nodeSigner(seed).publicKey, SIGNATURE_TYPE_COSIGNATURE_V1).skey;
}

export function testWitnessKey(name?: string, seedByte?: number): WitnessKey {
  return witnessKeyFromSkey(crypto, testWitnessSkey(name, seedByte));
}

export async function tempDir(prefix = 'saksi-witness-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A witness app on a state folder (new, or reused to restart). */
export async function testWitness(
  logs: readonly VerifierKey[],
  options: { dir?: string; wrapState?: (s: WitnessState) => WitnessState } = {},
) {
  const stateDir = options.dir ?? (await tempDir());
  const opened = await openWitnessState(stateDir);
  const state = options.wrapState === undefined ? opened : options.wrapState(opened);
  const key = testWitnessKey();
  const witness = new Witness({ key, logs, state, crypto, now: () => TEST_NOW });
  return { app: buildWitnessApp(witness), witness, key, stateDir };
}
