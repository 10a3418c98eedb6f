/**
 * The actions an officer may take on a case or dispute, one button each;
 * choosing one opens the fields its row of the state table requires
 * (register number, reasons, agency, …) and records it through the API.
 */
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { ApiError } from '../app/api.js';
import { useT } from '../app/i18n.js';
import { Fields, FormError } from './form-kit.js';
import type { FieldSpec, Values } from './form-kit.js';
import { SUP } from './messages.js';
import type { SupKey } from './messages.js';

/** The transition fields of the API, in the order they are asked. */
const FIELDS = ['formalMet', 'materialMet', 'registerNumber', 'agency', 'reasons', 'note'] as const;
type Field = (typeof FIELDS)[number];
const KIND: Readonly<Record<Field, FieldSpec['kind']>> = {
  formalMet: 'checkbox',
  materialMet: 'checkbox',
  registerNumber: 'text',
  agency: 'text',
  reasons: 'textarea',
  note: 'textarea',
};

export interface TransitionRequest {
  readonly action: string;
  readonly [field: string]: string | boolean;
}

export function TransitionPanel(props: {
  actions: readonly string[];
  requires(action: string): readonly string[];
  label(action: string): string;
  busy: boolean;
  error: ApiError | null;
  onSubmit(request: TransitionRequest): Promise<boolean>;
}): ReactNode {
  const t = useT(SUP);
  const [action, setAction] = useState<string | null>(null);
  const [values, setValues] = useState<Values>({});
  if (props.actions.length === 0) return <p className="muted">{t('noActions')}</p>;
  const required = action === null ? [] : props.requires(action);
  const shown = FIELDS.filter((f) => required.includes(f) || f === 'note');
  const specs: FieldSpec[] = shown.map((f) => ({
    name: f,
    label: t(f as SupKey),
    kind: KIND[f],
    required: required.includes(f) && KIND[f] !== 'checkbox',
  }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (action === null) return;
    const request: Record<string, string | boolean> = { action };
    for (const f of shown) {
      const value = values[f];
      if (KIND[f] === 'checkbox') request[f] = value === true;
      else if (typeof value === 'string' && value.trim() !== '') request[f] = value.trim();
    }
    void props.onSubmit(request as TransitionRequest).then((ok) => {
      if (!ok) return;
      setAction(null);
      setValues({});
    });
  };
  return (
    <div className="sup-actions">
      <div className="sup-buttons" role="group" aria-label={t('actions')}>
        {props.actions.map((a) => (
          <button
            key={a}
            type="button"
            className={a === action ? undefined : 'secondary'}
            aria-pressed={a === action}
            onClick={() => {
              setAction(a);
              setValues({});
            }}
          >
            {props.label(a)}
          </button>
        ))}
      </div>
      {action !== null && (
        <form
          className="sup-form card"
          onSubmit={submit}
          aria-label={props.label(action)}
          data-testid="transition-form"
        >
          <h3>{props.label(action)}</h3>
          <Fields
            prefix={`tr-${action}`}
            specs={specs}
            values={values}
            onChange={(name, value) => setValues((old) => ({ ...old, [name]: value }))}
            error={props.error}
          />
          <FormError error={props.error} fields={shown} />
          <p>
            <button type="submit" disabled={props.busy}>
              {props.busy ? t('sending') : t('apply')}
            </button>
          </p>
        </form>
      )}
    </div>
  );
}
