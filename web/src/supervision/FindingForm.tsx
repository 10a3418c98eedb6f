/** A finding (temuan): a suspected violation found in supervision, recorded as a case by the officer. */
import type { ReactNode } from 'react';
import { useT } from '../app/i18n.js';
import { STAGES, VIOLATION_CATEGORIES } from '../../../src/core/supervision/index.js';
import { options, str, today } from './form-kit.js';
import type { FieldSpec, Values } from './form-kit.js';
import { SUP } from './messages.js';
import { RecordForm } from './RecordForm.js';
import { useVocabulary } from './vocabulary.js';

export function FindingForm({ region }: { region: string }): ReactNode {
  const t = useT(SUP);
  const v = useVocabulary();
  const specs: FieldSpec[] = [
    { name: 'region', label: t('regionCode'), hint: t('regionCodeHelp'), required: true },
    {
      name: 'category',
      label: t('category'),
      kind: 'select',
      required: true,
      options: options(VIOLATION_CATEGORIES, v.category),
    },
    { name: 'stage', label: t('stage'), kind: 'select', options: options(STAGES, v.stage) },
    { name: 'knownOn', label: t('knownOn'), kind: 'date', required: true },
    { name: 'title', label: t('title'), required: true },
    { name: 'description', label: t('description'), kind: 'textarea', required: true },
    { name: 'place', label: t('place') },
    { name: 'reportedParty', label: t('reportedParty') },
  ];
  const initial: Values = { region, knownOn: today() };
  const toBody = (values: Values) => ({
    origin: 'finding',
    region: str(values, 'region'),
    electionKind: 'pilkada',
    category: str(values, 'category'),
    stage: str(values, 'stage') === '' ? 'other' : str(values, 'stage'),
    title: str(values, 'title'),
    description: str(values, 'description'),
    place: str(values, 'place'),
    reportedParty: str(values, 'reportedParty'),
    knownOn: str(values, 'knownOn'),
  });
  return (
    <RecordForm
      prefix="finding"
      title={t('form_finding')}
      url="/api/supervision/cases"
      specs={specs}
      initial={initial}
      toBody={toBody}
      linkTo={(saved) => `/pengawasan/kasus/${saved.id}`}
    />
  );
}
