/**
 * Evidence files, content-addressed: `<dir>/<sha256[0..2]>/<sha256>`.
 * Guarantee: `put` resolves only once the file's bytes and its directory
 * entry are on disk (written to a temporary name, fsync'd, renamed, the
 * directory fsync'd), so an acknowledged report never points at a lost file.
 * Writing the same content twice is one file.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { SaksiError, msg } from '../../core/errors/index.js';

export interface EvidenceStore {
  /** Store bytes durably; returns their SHA-256 (hex). */
  put(bytes: Uint8Array): Promise<string>;
  /** The path of a stored file (for serving to authorised staff). */
  pathOf(sha256: string): string;
}

export function fileEvidenceStore(dir: string): EvidenceStore {
  const pathOf = (sha: string) => join(dir, sha.slice(0, 2), sha);
  return {
    pathOf,
    async put(bytes) {
      const sha = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha);
      try {
        if ((await stat(target).catch(() => null))?.size === bytes.length) return sha;
        const sub = join(dir, sha.slice(0, 2));
        await mkdir(sub, { recursive: true, mode: 0o700 });
        const tmp = `${target}.${randomBytes(8).toString('hex')}.tmp`;
        await writeSynced(tmp, bytes);
        await rename(tmp, target).catch(async (e: unknown) => {
          await unlink(tmp).catch(() => undefined);
          throw e;
        });
        await syncDir(sub);
        await syncDir(dir);
        return sha;
      } catch (cause) {
        throw new SaksiError(
          'EVIDENCE_UNAVAILABLE',
          msg(
            'Berkas bukti tidak dapat disimpan; coba lagi.',
            'The evidence file could not be stored; try again.',
          ),
          { field: 'evidence', cause },
        );
      }
    },
  };
}

async function writeSynced(path: string, bytes: Uint8Array): Promise<void> {
  const fh = await open(path, 'wx', 0o600);
  try {
    await fh.writeFile(bytes);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

async function syncDir(path: string): Promise<void> {
  const fh = await open(path, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}
