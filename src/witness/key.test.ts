import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cosignatureKeyId } from '../core/log/cosignature.js';
import { SIGNATURE_TYPE_COSIGNATURE_V1, SIGNATURE_TYPE_ED25519, noteKeyPair } from '../core/log/note-key.js';
import { nodeSigner } from '../crypto/node.js';
import { generateWitnessKey, readWitnessKeyFile, writeWitnessKeyFile } from './key.js';
import { crypto } from './testdata/log.js';
import { tempDir, testWitnessSkey } from './testdata/witness.js';

describe('witness key files', () => {
  it('writes a 0600 skey and reads back the same cosignature/v1 key', async () => {
    const file = join(await tempDir(), 'keys', 'witness.key');
    const { skey, key } = generateWitnessKey(crypto, 'witness.example/w1');
    await writeWitnessKeyFile(file, skey);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).toMatch(/^PRIVATE\+KEY\+witness\.example\/w1\+[0-9a-f]{8}\+\S+\n$/);
    const read = await readWitnessKeyFile(crypto, file);
    expect(read.vkey).toBe(key.vkey);
    expect(read.key.type).toBe(SIGNATURE_TYPE_COSIGNATURE_V1);
    expect(read.key.keyId).toBe(cosignatureKeyId(crypto, 'witness.example/w1', read.signer.publicKey));
  });

  it('never overwrites an existing key file', async () => {
    const file = join(await tempDir(), 'witness.key');
    await writeWitnessKeyFile(file, testWitnessSkey());
    await expect(writeWitnessKeyFile(file, testWitnessSkey('other', 9))).rejects.toMatchObject({
      code: 'WITNESS_KEY_FILE_INVALID',
    });
  });

  it('refuses a key file that others can read', async () => {
    const file = join(await tempDir(), 'witness.key');
    await writeWitnessKeyFile(file, testWitnessSkey());
    await chmod(file, 0o644);
    await expect(readWitnessKeyFile(crypto, file)).rejects.toMatchObject({
      code: 'WITNESS_KEY_FILE_INVALID',
    });
  });

  it('refuses an Ed25519 (0x01) note key, a wrong key ID, garbage and a missing file', async () => {
    const dir = await tempDir();
    const seed = new Uint8Array(32).fill(5);
    const publicKey = nodeSigner(seed).publicKey;
    const ed25519 = noteKeyPair(crypto, 'w', seed, publicKey, SIGNATURE_TYPE_ED25519).skey;
    const wrongId = testWitnessSkey().replace(
      /\+([0-9a-f]{8})\+/,
      (_m, id: string) => `+${id === '00000000' ? '00000001' : '00000000'}+`,
    );
    for (const [name, text] of [
      ['ed25519', ed25519],
      ['wrong-id', wrongId],
      ['garbage', 'hello'],
    ] as const) {
      const file = join(dir, name);
      await writeFile(file, `${text}\n`, { mode: 0o600 });
      await expect(readWitnessKeyFile(crypto, file), name).rejects.toMatchObject({
        code: 'WITNESS_KEY_FILE_INVALID',
      });
    }
    await expect(readWitnessKeyFile(crypto, join(dir, 'missing'))).rejects.toMatchObject({
      code: 'WITNESS_KEY_FILE_INVALID',
    });
  });
});
