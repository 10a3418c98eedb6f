/**
 * Formulir Model A, "Laporan Hasil Pengawasan": supervisor, stage, assignment
 * letter, activity, goal, target, time and place, short findings and, when
 * there is one, the suspected violation (event, actor, witnesses, analysis,
 * article of law).
 */
import type { ReactNode } from 'react';
import { useT } from '../app/i18n.js';
import { ACTIVITIES, STAGES } from '../../../src/core/supervision/index.js';
import { options, str, today } from './form-kit.js';
import type { FieldSpec, Values } from './form-kit.js';
import { SUP } from './messages.js';
import { RecordForm } from './RecordForm.js';
import { useVocabulary } from './vocabulary.js';

export function ModelAForm({ region, name }: { region: string; name: string }): ReactNode {
  const t = useT(SUP);
  const v = useVocabulary();
  const specs: FieldSpec[] = [
    { name: 'region', label: t('regionCode'), hint: t('regionCodeHelp'), required: true },
    { name: 'stage', label: t('stage'), kind: 'select', required: true, options: options(STAGES, v.stage) },
    { name: 'supervisorName', label: t('supervisorName'), required: true },
    { name: 'assignmentLetter', label: t('assignmentLetter'), required: true },
    {
      name: 'activity',
      label: t('activity'),
      kind: 'select',
      required: true,
      options: options(ACTIVITIES, v.people),
    },
    { name: 'goal', label: t('goal'), kind: 'textarea' },
    { name: 'target', label: t('target') },
    { name: 'place', label: t('place') },
    { name: 'startedAt', label: t('startedAt'), kind: 'datetime', required: true },
    { name: 'occurredOn', label: t('occurredOn'), kind: 'date', required: true },
    { name: 'summary', label: t('summary'), kind: 'textarea' },
    { name: 'violation.event', label: t('violationEvent'), kind: 'textarea' },
    { name: 'violation.actor', label: t('actor') },
    { name: 'violation.witnesses', label: t('witnesses'), kind: 'textarea' },
    { name: 'violation.analysis', label: t('analysis'), kind: 'textarea' },
    { name: 'violation.article', label: t('article') },
  ];
  const initial: Values = { region, supervisorName: name, occurredOn: today(), activity: 'direct' };
  return (
    <RecordForm
      prefix="model-a"
      title={t('form_model_a')}
      url="/api/supervision/reports"
      specs={specs}
      initial={initial}
      toBody={toBody}
    />
  );
}

function toBody(values: Values): unknown {
  const started = str(values, 'startedAt');
  const event = str(values, 'violation.event');
  return {
    region: str(values, 'region'),
    stage: str(values, 'stage'),
    supervisorName: str(values, 'supervisorName'),
    assignmentLetter: str(values, 'assignmentLetter'),
    activity: str(values, 'activity'),
    goal: str(values, 'goal'),
    target: str(values, 'target'),
    place: str(values, 'place'),
    // datetime-local is the device's local time; the API wants an instant with its offset.
    startedAt: started === '' ? '' : new Date(started).toISOString(),
    occurredOn: str(values, 'occurredOn'),
    summary: str(values, 'summary'),
    violation:
      event === ''
        ? null
        : {
            event,
            place: str(values, 'place'),
            actor: str(values, 'violation.actor'),
            witnesses: str(values, 'violation.witnesses')
              .split('\n')
              .map((w) => w.trim())
              .filter((w) => w !== ''),
            analysis: str(values, 'violation.analysis'),
            article: str(values, 'violation.article'),
          },
    dispute: null,
  };
}
