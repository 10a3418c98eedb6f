/** A letter of appeal (surat imbauan) or another prevention action, counted per stage in the recap. */
import type { ReactNode } from 'react';
import { useT } from '../app/i18n.js';
import { STAGES } from '../../../src/core/supervision/index.js';
import { str, today } from './form-kit.js';
import type { FieldSpec, Values } from './form-kit.js';
import { options } from './form-kit.js';
import { SUP } from './messages.js';
import { RecordForm } from './RecordForm.js';
import { useVocabulary } from './vocabulary.js';

export function PreventionForm({ region }: { region: string }): ReactNode {
  const t = useT(SUP);
  const v = useVocabulary();
  const specs: FieldSpec[] = [
    { name: 'region', label: t('regionCode'), hint: t('regionCodeHelp'), required: true },
    { name: 'stage', label: t('stage'), kind: 'select', required: true, options: options(STAGES, v.stage) },
    {
      name: 'kind',
      label: t('kind'),
      kind: 'select',
      required: true,
      options: [
        { value: 'letter', label: t('kind_letter') },
        { value: 'action', label: t('kind_action') },
      ],
    },
    { name: 'addressee', label: t('addressee'), required: true },
    { name: 'subject', label: t('subject'), kind: 'textarea', required: true },
    { name: 'occurredOn', label: t('occurredOn'), kind: 'date', required: true },
  ];
  const initial: Values = { region, kind: 'letter', occurredOn: today() };
  const toBody = (values: Values) => ({
    region: str(values, 'region'),
    stage: str(values, 'stage'),
    kind: str(values, 'kind'),
    addressee: str(values, 'addressee'),
    subject: str(values, 'subject'),
    occurredOn: str(values, 'occurredOn'),
  });
  return (
    <RecordForm
      prefix="prevention"
      title={t('form_prevention')}
      url="/api/supervision/prevention"
      specs={specs}
      initial={initial}
      toBody={toBody}
    />
  );
}
