/**
 * The witness's own key. On disk it is the C2SP signed-note signer key
 *
 *   PRIVATE+KEY+<name>+<hex key ID>+base64(0x04 ‖ Ed25519 seed)
 *
 * with signature type 0x04 (c2sp.org/tlog-cosignature, "cosignature/v1")
 * and key ID = SHA-256(name ‖ 0x0A ‖ 0x04 ‖ public key)[:4], in a file of
 * mode 0600. Logs and verifiers pin the matching vkey.
 */
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { msg } from '../core/errors/index.js';
import type { Message } from '../core/errors/index.js';
import { cosignatureKeyId } from '../core/log/cosignature.js';
import type { Ed25519Signer, LogHasher } from '../core/log/crypto.js';
import type { VerifierKey } from '../core/log/note-key.js';
import {
  SIGNATURE_TYPE_COSIGNATURE_V1,
  noteKeyPair,
  parseSignerKey,
  parseVerifierKey,
} from '../core/log/note-key.js';
import { newSeed, nodeSigner } from '../crypto/node.js';
import { WitnessError, witnessError } from './errors.js';

export interface WitnessKey {
  readonly name: string;
  readonly signer: Ed25519Signer;
  /** The cosignature/v1 verifier key string, `<name>+<hex id>+base64(0x04 ‖ public key)`. */
  readonly vkey: string;
  readonly key: VerifierKey;
}

/** A fresh witness key and its skey text. */
export function generateWitnessKey(hasher: LogHasher, name: string): { skey: string; key: WitnessKey } {
  const seed = newSeed();
  const signer = nodeSigner(seed);
  const { skey, vkey } = noteKeyPair(hasher, name, seed, signer.publicKey, SIGNATURE_TYPE_COSIGNATURE_V1);
  return { skey, key: { name, signer, vkey, key: parseVerifierKey(hasher, vkey) } };
}

/** The witness key of an skey; refuses another signature type or a key ID that does not match the seed. */
export function witnessKeyFromSkey(hasher: LogHasher, skey: string): WitnessKey {
  const parsed = parseSignerKey(skey);
  if (parsed.type !== SIGNATURE_TYPE_COSIGNATURE_V1) throw keyFileError(NOT_COSIGNATURE);
  const signer = nodeSigner(parsed.seed);
  if (cosignatureKeyId(hasher, parsed.name, signer.publicKey) !== parsed.keyId)
    throw keyFileError(ID_MISMATCH);
  const { vkey } = noteKeyPair(
    hasher,
    parsed.name,
    parsed.seed,
    signer.publicKey,
    SIGNATURE_TYPE_COSIGNATURE_V1,
  );
  return { name: parsed.name, signer, vkey, key: parseVerifierKey(hasher, vkey) };
}

/** Writes a new key file with mode 0600; never overwrites an existing file. */
export async function writeWitnessKeyFile(file: string, skey: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  try {
    await writeFile(file, `${skey}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    throw keyFileError(
      msg(`${file} sudah ada dan tidak ditimpa`, `${file} already exists and is not overwritten`),
      e,
    );
  }
  await chmod(file, 0o600); // the umask may have narrowed the mode; never widened
}

/** Reads a key file; refuses one that others may read (POSIX), as ssh does. */
export async function readWitnessKeyFile(hasher: LogHasher, file: string): Promise<WitnessKey> {
  let text: string;
  let mode: number;
  try {
    [text, mode] = await Promise.all([readFile(file, 'utf8'), stat(file).then((s) => s.mode)]);
  } catch (e) {
    throw keyFileError(msg(`${file} tidak dapat dibaca`, `cannot read ${file}`), e);
  }
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw keyFileError(
      msg(`${file} dapat dibaca orang lain: chmod 600`, `${file} is readable by others: chmod 600 it`),
    );
  }
  try {
    return witnessKeyFromSkey(hasher, text.trim());
  } catch (e) {
    if (e instanceof WitnessError) throw e;
    throw keyFileError(msg(`isi ${file} bukan kunci saksi`, `${file} does not hold a witness key`), e);
  }
}

function keyFileError(detail: Message, cause?: unknown) {
  return witnessError('WITNESS_KEY_FILE_INVALID', { field: 'key', detail, cause });
}

const NOT_COSIGNATURE = msg(
  'jenis kunci harus 0x04 (cosignature/v1)',
  'the key type must be 0x04 (cosignature/v1)',
);
const ID_MISMATCH = msg('ID kunci tidak cocok dengan kuncinya', 'the key ID does not match the key');
