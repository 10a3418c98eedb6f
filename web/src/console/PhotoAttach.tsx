/**
 * Photos of the plano pages: each is hashed on the device (SubtleCrypto
 * SHA-256, lowercase hex — the C.Hasil `images` field) and the hash is what
 * the signed form carries; the photo itself never enters the log.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { MAX_IMAGES } from '../../../src/core/forms/index.js';
import { encodeHex } from '../../../src/core/log/encoding.js';
import { useT } from '../app/i18n.js';
import { CONSOLE } from './messages.js';

export interface Photo {
  readonly hash: string;
  readonly name: string;
  readonly url: string;
}

export async function hashFile(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return encodeHex(new Uint8Array(digest));
}

export function PhotoAttach({
  photos,
  onChange,
  disabled,
}: {
  photos: readonly Photo[];
  onChange(photos: Photo[]): void;
  disabled: boolean;
}): ReactNode {
  const t = useT(CONSOLE);
  const [busy, setBusy] = useState(false);
  const add = async (files: FileList | null) => {
    if (files === null) return;
    setBusy(true);
    const added: Photo[] = [];
    for (const file of Array.from(files)) {
      const hash = await hashFile(file);
      if (photos.some((p) => p.hash === hash) || added.some((p) => p.hash === hash)) continue;
      added.push({ hash, name: file.name, url: URL.createObjectURL(file) });
    }
    onChange([...photos, ...added].slice(0, MAX_IMAGES));
    setBusy(false);
  };
  return (
    <fieldset className="paper">
      <legend>{t('photos')}</legend>
      <label htmlFor="photo-input">{t('photosAdd')}</label>
      <input
        id="photo-input"
        data-testid="photo-input"
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        disabled={disabled || busy || photos.length >= MAX_IMAGES}
        onChange={(e) => void add(e.target.files)}
      />
      <p className="muted">{t('photosNote')}</p>
      <ul className="photos" data-testid="photos">
        {photos.map((p) => (
          <li key={p.hash}>
            <img src={p.url} alt={p.name} width={64} height={64} />
            <code className="hash" title={p.hash}>
              {p.hash.slice(0, 16)}…
            </code>
            <button
              type="button"
              className="secondary"
              disabled={disabled}
              onClick={() => {
                URL.revokeObjectURL(p.url);
                onChange(photos.filter((x) => x.hash !== p.hash));
              }}
            >
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
