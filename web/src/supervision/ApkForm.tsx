/**
 * APK enforcement: campaign props removed or ordered down, with place, count
 * and pair or party. Photos stay on the device: only their SHA-256, computed
 * here, is recorded, so a photo shown later can be matched to the record.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../app/i18n.js';
import { STAGES } from '../../../src/core/supervision/index.js';
import { sha256Hex } from './evidence.js';
import { options, str, today } from './form-kit.js';
import type { FieldSpec, Values } from './form-kit.js';
import { SUP } from './messages.js';
import { RecordForm } from './RecordForm.js';
import { useVocabulary } from './vocabulary.js';

export function ApkForm({ region }: { region: string }): ReactNode {
  const t = useT(SUP);
  const v = useVocabulary();
  const [photos, setPhotos] = useState<ReadonlyArray<{ name: string; sha256: string }>>([]);
  const specs: FieldSpec[] = [
    { name: 'region', label: t('regionCode'), hint: t('regionCodeHelp'), required: true },
    { name: 'stage', label: t('stage'), kind: 'select', required: true, options: options(STAGES, v.stage) },
    {
      name: 'kind',
      label: t('kind'),
      kind: 'select',
      required: true,
      options: [
        { value: 'removed', label: t('kind_removed') },
        { value: 'ordered-down', label: t('kind_ordered-down') },
      ],
    },
    { name: 'place', label: t('place'), required: true },
    { name: 'count', label: t('apkCount'), kind: 'number', required: true },
    { name: 'pairOrParty', label: t('pairOrParty'), required: true },
    { name: 'occurredOn', label: t('occurredOn'), kind: 'date', required: true },
  ];
  const initial: Values = { region, stage: 'campaign', kind: 'removed', count: '1', occurredOn: today() };
  const toBody = (values: Values) => ({
    region: str(values, 'region'),
    stage: str(values, 'stage'),
    kind: str(values, 'kind'),
    place: str(values, 'place'),
    count: Number(str(values, 'count')),
    pairOrParty: str(values, 'pairOrParty'),
    photos: photos.map((p) => p.sha256),
    occurredOn: str(values, 'occurredOn'),
  });
  const add = (files: FileList | null) => {
    for (const file of Array.from(files ?? []))
      void file
        .arrayBuffer()
        .then((b) => sha256Hex(new Uint8Array(b)))
        .then((sha256) => setPhotos((old) => [...old, { name: file.name, sha256 }]));
  };
  return (
    <RecordForm
      prefix="apk"
      title={t('form_apk')}
      url="/api/supervision/apk"
      specs={specs}
      initial={initial}
      toBody={toBody}
      onSaved={() => setPhotos([])}
    >
      <PhotoHashes photos={photos} onAdd={add} />
    </RecordForm>
  );
}

function PhotoHashes(props: {
  photos: ReadonlyArray<{ name: string; sha256: string }>;
  onAdd(files: FileList | null): void;
}): ReactNode {
  const t = useT(SUP);
  return (
    <div className="sup-field">
      <label htmlFor="apk-photos">{t('photos')}</label>
      <input
        id="apk-photos"
        type="file"
        accept="image/*"
        multiple
        onChange={(e) => props.onAdd(e.target.files)}
      />
      <ul className="sup-files" data-testid="apk-photos">
        {props.photos.map((p, i) => (
          <li key={`${p.sha256}-${i}`}>
            {p.name}: <code className="sup-hash">{p.sha256}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
