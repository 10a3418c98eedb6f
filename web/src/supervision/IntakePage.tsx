/**
 * /lapor: anyone files a report of a suspected violation (laporan), with
 * evidence files hashed on this device, and receives a tracking code. The
 * server checks everything again; its error is shown beside the field named.
 */
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { sendJson } from '../app/api.js';
import { useT } from '../app/i18n.js';
import { Link, useTitle } from '../app/router.js';
import { REPORTER_KINDS, STAGES, VIOLATION_CATEGORIES } from '../../../src/core/supervision/index.js';
import { EvidenceField } from './EvidenceField.js';
import type { EvidenceFile } from './evidence.js';
import { Fields, FormError, errorFor, options, str, today } from './form-kit.js';
import type { FieldSpec, Values } from './form-kit.js';
import { IntakeReceipt } from './IntakeReceipt.js';
import { SUP } from './messages.js';
import { RegionPicker } from './RegionPicker.js';
import type { Data, IntakeAck } from './types.js';
import { useSubmit } from './use-api.js';
import { useVocabulary } from './vocabulary.js';

export function IntakePage(): ReactNode {
  const t = useT(SUP);
  useTitle(t('intakeTitle'));
  const [ack, setAck] = useState<IntakeAck | null>(null);
  const [round, setRound] = useState(0);
  if (ack !== null)
    return (
      <IntakeReceipt
        ack={ack}
        onAnother={() => {
          setAck(null);
          setRound((n) => n + 1);
        }}
      />
    );
  return <IntakeForm key={round} onDone={setAck} />;
}

function IntakeForm({ onDone }: { onDone(ack: IntakeAck): void }): ReactNode {
  const t = useT(SUP);
  const v = useVocabulary();
  const submit = useSubmit();
  const [values, setValues] = useState<Values>({ knownOn: today(), 'reporter.kind': 'voter' });
  const [region, setRegion] = useState('');
  const [files, setFiles] = useState<readonly EvidenceFile[]>([]);
  const set = (name: string, value: string | boolean) => setValues((old) => ({ ...old, [name]: value }));

  const about: FieldSpec[] = [
    {
      name: 'category',
      label: t('category'),
      kind: 'select',
      required: true,
      options: options(VIOLATION_CATEGORIES, v.category),
    },
    { name: 'knownOn', label: t('knownOn'), kind: 'date', required: true },
    { name: 'stage', label: t('stage'), kind: 'select', options: options(STAGES, v.stage) },
    { name: 'title', label: t('title'), required: true },
    { name: 'description', label: t('description'), kind: 'textarea', required: true },
    { name: 'place', label: t('place') },
    { name: 'reportedParty', label: t('reportedParty') },
  ];
  const who: FieldSpec[] = [
    {
      name: 'reporter.kind',
      label: t('reporterKind'),
      kind: 'select',
      required: true,
      options: options(REPORTER_KINDS, v.people),
    },
    { name: 'reporter.name', label: t('reporterName'), required: true },
    { name: 'reporter.contact', label: t('reporterContact'), required: true },
    { name: 'reporter.address', label: t('reporterAddress') },
  ];
  const ready = files.every((f) => f.data !== null);

  const send = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      region,
      electionKind: 'pilkada',
      category: str(values, 'category'),
      stage: str(values, 'stage') === '' ? 'other' : str(values, 'stage'),
      title: str(values, 'title'),
      description: str(values, 'description'),
      place: str(values, 'place'),
      reportedParty: str(values, 'reportedParty'),
      knownOn: str(values, 'knownOn'),
      reporter: {
        kind: str(values, 'reporter.kind'),
        name: str(values, 'reporter.name'),
        contact: str(values, 'reporter.contact'),
        address: str(values, 'reporter.address'),
      },
      evidence: files.map((f) => ({ mediaType: f.mediaType, data: f.data ?? '' })),
    };
    void submit
      .run(() => sendJson<Data<IntakeAck>>('POST', '/api/public/supervision/reports', body, v.lang))
      .then((r) => r !== null && onDone(r.data));
  };

  const fieldNames = [...about, ...who].map((f) => f.name).concat(['region', 'evidence']);
  return (
    <section className="sup-page">
      <h1>{t('intakeTitle')}</h1>
      <p>{t('intakeLead')}</p>
      <p>
        <Link to="/lapor/lacak">{t('navTrack')}</Link> ·{' '}
        <Link to="/pengawasan/statistik">{t('navStats')}</Link>
      </p>
      <form className="sup-form" onSubmit={send} noValidate data-testid="intake-form">
        <RegionPicker onChange={setRegion} error={errorFor(submit.error, 'region')} />
        <Fields prefix="intake" specs={about} values={values} onChange={set} error={submit.error} />
        <fieldset>
          <legend>{t('reporterHeading')}</legend>
          <p className="notice small" data-testid="reporter-privacy">
            {t('reporterPrivacy')}
          </p>
          <Fields prefix="intake" specs={who} values={values} onChange={set} error={submit.error} />
        </fieldset>
        <EvidenceField files={files} onChange={(update) => setFiles(update)} error={submit.error} />
        <FormError error={submit.error} fields={fieldNames} />
        <p>
          <button type="submit" disabled={submit.busy || !ready}>
            {submit.busy ? t('sending') : t('submitReport')}
          </button>
        </p>
      </form>
    </section>
  );
}
