/**
 * Form fields described as data: each has the API's field path as its name,
 * so the server's error (`{code, message, field}`) is shown beside the field
 * it names; an error naming no field on the form is shown above the button.
 */
import type { ReactNode } from 'react';
import type { ApiError } from '../app/api.js';
import { useT } from '../app/i18n.js';
import { SUP } from './messages.js';

export type FieldKind = 'text' | 'textarea' | 'date' | 'datetime' | 'number' | 'checkbox' | 'select';

export interface Option {
  readonly value: string;
  readonly label: string;
}

export interface FieldSpec {
  /** The API's field path ('reporter.name', 'violation.event'). */
  readonly name: string;
  readonly label: string;
  readonly kind?: FieldKind;
  readonly options?: readonly Option[];
  readonly required?: boolean;
  readonly hint?: string;
}

export type Values = Readonly<Record<string, string | boolean>>;

/** Whether the server's error names `field` or a part of it (`evidence.0` ⊂ `evidence.0.data`). */
export function errorFor(error: ApiError | null, field: string): string | null {
  if (error === null || error.field === null) return null;
  return error.field === field || error.field.startsWith(`${field}.`) ? error.message : null;
}

const domId = (prefix: string, name: string) => `${prefix}-${name.replace(/[^a-zA-Z0-9-]/g, '-')}`;

export function FieldError(props: { id: string; message: string | null; testId?: string }): ReactNode {
  if (props.message === null) return null;
  return (
    <p className="field-error" id={props.id} role="alert" data-testid={props.testId}>
      {props.message}
    </p>
  );
}

export function Fields(props: {
  prefix: string;
  specs: readonly FieldSpec[];
  values: Values;
  onChange(name: string, value: string | boolean): void;
  error: ApiError | null;
}): ReactNode {
  return props.specs.map((spec) => (
    <FieldInput key={spec.name} {...props} spec={spec} message={errorFor(props.error, spec.name)} />
  ));
}

function FieldInput(props: {
  prefix: string;
  spec: FieldSpec;
  values: Values;
  onChange(name: string, value: string | boolean): void;
  message: string | null;
}): ReactNode {
  const t = useT(SUP);
  const { spec, values, onChange, message } = props;
  const id = domId(props.prefix, spec.name);
  const value = values[spec.name];
  const common = {
    id,
    name: spec.name,
    required: spec.required === true,
    'aria-invalid': message !== null ? true : undefined,
    'aria-describedby': message !== null ? `${id}-error` : spec.hint !== undefined ? `${id}-hint` : undefined,
  };
  const text = typeof value === 'string' ? value : '';
  const set = (v: string) => onChange(spec.name, v);
  let input: ReactNode;
  switch (spec.kind ?? 'text') {
    case 'checkbox':
      return (
        <div className="sup-check">
          <input
            {...common}
            type="checkbox"
            checked={value === true}
            onChange={(e) => onChange(spec.name, e.target.checked)}
          />
          <label htmlFor={id}>{spec.label}</label>
          <FieldError id={`${id}-error`} message={message} />
        </div>
      );
    case 'textarea':
      input = <textarea {...common} rows={4} value={text} onChange={(e) => set(e.target.value)} />;
      break;
    case 'select':
      input = (
        <select {...common} value={text} onChange={(e) => set(e.target.value)}>
          <option value="">{t('choose')}</option>
          {(spec.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    default: {
      const type = { text: 'text', date: 'date', datetime: 'datetime-local', number: 'number' }[
        (spec.kind ?? 'text') as 'text' | 'date' | 'datetime' | 'number'
      ];
      input = <input {...common} type={type} value={text} onChange={(e) => set(e.target.value)} />;
    }
  }
  return (
    <div className="sup-field">
      <label htmlFor={id}>
        {spec.label}
        {spec.required === true ? ' *' : ''}
      </label>
      {input}
      {spec.hint !== undefined && (
        <p className="muted small" id={`${id}-hint`}>
          {spec.hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={message} />
    </div>
  );
}

/** The error above the submit button: its message when no field on the form is named, else a pointer. */
export function FormError(props: { error: ApiError | null; fields: readonly string[] }): ReactNode {
  const t = useT(SUP);
  const { error } = props;
  if (error === null) return null;
  const shown = props.fields.some((f) => errorFor(error, f) !== null);
  return (
    <p className="alert" role="alert" data-testid="form-error">
      {shown ? t('checkFields') : error.message}
    </p>
  );
}

/** Options from ids and a labeller. */
export function options(ids: readonly string[], label: (id: string) => string): Option[] {
  return ids.map((value) => ({ value, label: label(value) }));
}

/** Today as YYYY-MM-DD in the browser's zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A string value of a form, trimmed. */
export function str(values: Values, name: string): string {
  const v = values[name];
  return typeof v === 'string' ? v.trim() : '';
}
