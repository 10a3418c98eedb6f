/**
 * The evidence files of a report: chosen files listed with type, size and
 * the SHA-256 computed on this device, each with the server's error for its
 * field (`evidence.<i>`) beside it. The limits are shown before choosing.
 */
import { useId } from 'react';
import type { ReactNode } from 'react';
import type { ApiError } from '../app/api.js';
import { useLang, useT } from '../app/i18n.js';
import { FieldError, errorFor } from './form-kit.js';
import {
  EVIDENCE_MAX_BYTES,
  EVIDENCE_MAX_FILES,
  EVIDENCE_MEDIA_TYPES,
  formatSize,
  readEvidence,
} from './evidence.js';
import type { EvidenceFile } from './evidence.js';
import { SUP } from './messages.js';

export function EvidenceField(props: {
  files: readonly EvidenceFile[];
  onChange(update: (files: readonly EvidenceFile[]) => readonly EvidenceFile[]): void;
  error: ApiError | null;
}): ReactNode {
  const t = useT(SUP);
  const { lang } = useLang();
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  const id = useId();
  const { onChange } = props;
  const add = (list: FileList | null) => {
    for (const file of Array.from(list ?? [])) {
      const key = `${file.name}-${file.size}-${Math.random().toString(36).slice(2)}`;
      const entry: EvidenceFile = {
        key,
        name: file.name,
        size: file.size,
        mediaType: file.type,
        sha256: null,
        data: null,
      };
      onChange((files) => [...files, entry]);
      void readEvidence(file).then((read) =>
        onChange((files) => files.map((f) => (f.key === key ? { ...f, ...read } : f))),
      );
    }
  };
  return (
    <fieldset className="sup-evidence">
      <legend>{t('evidence')}</legend>
      <p className="muted small" id={`${id}-help`}>
        {t('evidenceHelp', { n: EVIDENCE_MAX_FILES, mb: EVIDENCE_MAX_BYTES / 1024 / 1024 })}
      </p>
      <label htmlFor={`${id}-input`} className="sr-only">
        {t('evidence')}
      </label>
      <input
        id={`${id}-input`}
        type="file"
        multiple
        accept={EVIDENCE_MEDIA_TYPES.join(',')}
        aria-describedby={`${id}-help`}
        data-testid="evidence-input"
        onChange={(e) => {
          add(e.target.files);
          e.target.value = '';
        }}
      />
      <FieldError
        id={`${id}-error`}
        message={props.error?.field === 'evidence' ? props.error.message : null}
      />
      <ol className="sup-files">
        {props.files.map((f, i) => (
          <li key={f.key} data-testid="evidence-file">
            <strong>{f.name}</strong>{' '}
            <span className="muted">
              {f.mediaType === '' ? '?' : f.mediaType} · {formatSize(f.size, locale)}
            </span>
            <br />
            <code className="sup-hash" data-testid="evidence-sha256">
              {f.sha256 ?? t('hashing')}
            </code>{' '}
            <button
              type="button"
              className="secondary small"
              onClick={() => onChange((files) => files.filter((x) => x.key !== f.key))}
            >
              {t('remove')}
            </button>
            <FieldError
              id={`${id}-error-${i}`}
              message={errorFor(props.error, `evidence.${i}`)}
              testId="evidence-error"
            />
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
