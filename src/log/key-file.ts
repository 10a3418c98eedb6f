/**
 * Signing keys on disk, in the C2SP signed-note signer format
 * (`PRIVATE+KEY+<name>+<hexid>+<base64(type ‖ seed)>`), file mode 0600.
 * Created on first use; never in the repository.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SaksiError, msg } from '../core/errors/index.js';
import { noteKeyId, noteKeyPair, parseSignerKey, SIGNATURE_TYPE_ED25519 } from '../core/log/note-key.js';
import type { Ed25519Signer, LogHasher } from '../core/log/crypto.js';
import { newSeed, nodeSigner } from '../crypto/node.js';

export interface LoadedKey {
  readonly name: string;
  readonly signer: Ed25519Signer;
  /** The verifier key string (`name+hexid+base64`). */
  readonly vkey: string;
  readonly created: boolean;
}

export async function loadOrCreateKey(
  hasher: LogHasher,
  file: string,
  name: string,
  type = SIGNATURE_TYPE_ED25519,
): Promise<LoadedKey> {
  let text: string | undefined;
  try {
    text = (await readFile(file, 'utf8')).trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw keyFileError(file, e);
  }
  if (text === undefined) {
    const seed = newSeed();
    const signer = nodeSigner(seed);
    const { skey, vkey } = noteKeyPair(hasher, name, seed, signer.publicKey, type);
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, `${skey}\n`, { mode: 0o600, flag: 'wx' });
    await chmod(file, 0o600);
    return { name, signer, vkey, created: true };
  }
  return readKey(hasher, file, text, name, type);
}

function readKey(hasher: LogHasher, file: string, text: string, name: string, type: number): LoadedKey {
  let parsed: ReturnType<typeof parseSignerKey>;
  try {
    parsed = parseSignerKey(text);
  } catch (e) {
    throw keyFileError(file, e);
  }
  const signer = nodeSigner(parsed.seed);
  if (
    parsed.type !== type ||
    noteKeyId(hasher, parsed.name, parsed.type, signer.publicKey) !== parsed.keyId
  ) {
    throw keyFileError(file, new Error('key id or type does not match the key'));
  }
  if (parsed.name !== name) {
    throw new SaksiError(
      'KEY_FILE_NAME_MISMATCH',
      msg(
        `Kunci di ${file} bernama "${parsed.name}", bukan "${name}".`,
        `The key in ${file} is named "${parsed.name}", not "${name}".`,
      ),
      { field: 'logOrigin' },
    );
  }
  return {
    name,
    signer,
    vkey: noteKeyPair(hasher, name, parsed.seed, signer.publicKey, type).vkey,
    created: false,
  };
}

function keyFileError(file: string, cause: unknown): SaksiError {
  return new SaksiError(
    'KEY_FILE_INVALID',
    msg(`Berkas kunci ${file} tidak dapat dibaca.`, `The key file ${file} cannot be read.`),
    { field: 'keyFile', cause },
  );
}
