/**
 * One record form of the officers (Model A, prevention, APK, finding): fields
 * described as data, a body built from them, POST to the API, the server's
 * errors beside the fields, and a confirmation (with a link when the record
 * has a page of its own).
 */
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { sendJson } from '../app/api.js';
import { useLang, useT } from '../app/i18n.js';
import { Link } from '../app/router.js';
import { Fields, FormError } from './form-kit.js';
import type { FieldSpec, Values } from './form-kit.js';
import { SUP } from './messages.js';
import type { Data } from './types.js';
import { useSubmit } from './use-api.js';

export function RecordForm(props: {
  prefix: string;
  title: string;
  url: string;
  specs: readonly FieldSpec[];
  initial: Values;
  toBody(values: Values): unknown;
  /** Fields named outside `specs` (shown by `children`). */
  extraFields?: readonly string[];
  children?: ReactNode;
  /** A page for the saved record, if it has one. */
  linkTo?(saved: { id: string }): string;
  onSaved?(): void;
}): ReactNode {
  const t = useT(SUP);
  const { lang } = useLang();
  const submit = useSubmit();
  const [values, setValues] = useState<Values>(props.initial);
  const [saved, setSaved] = useState<{ id: string } | null>(null);
  const send = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    void submit
      .run(() => sendJson<Data<{ id: string }>>('POST', props.url, props.toBody(values), lang))
      .then((r) => {
        if (r === null) return;
        setSaved(r.data);
        setValues(props.initial);
        props.onSaved?.();
      });
  };
  const names = props.specs.map((s) => s.name).concat(props.extraFields ?? []);
  return (
    <form
      className="sup-form"
      onSubmit={send}
      noValidate
      aria-label={props.title}
      data-testid={`${props.prefix}-form`}
    >
      <h2>{props.title}</h2>
      <Fields
        prefix={props.prefix}
        specs={props.specs}
        values={values}
        onChange={(name, value) => setValues((old) => ({ ...old, [name]: value }))}
        error={submit.error}
      />
      {props.children}
      <FormError error={submit.error} fields={names} />
      {saved !== null && (
        <p className="ok" role="status" data-testid="record-saved">
          {t('saved')} {props.linkTo !== undefined && <Link to={props.linkTo(saved)}>{saved.id}</Link>}
        </p>
      )}
      <p>
        <button type="submit" disabled={submit.busy}>
          {submit.busy ? t('sending') : t('apply')}
        </button>
      </p>
    </form>
  );
}
