/**
 * The numbered sections of Model C.Hasil-KWK as on paper: I voters (L/P/J),
 * II ballot papers, III voters with disabilities (L/P/J), IV valid votes per
 * pair, V totals. Each rule's message (core's own, in the chosen language)
 * stands under the first field it concerns; every field it concerns is marked.
 */
import type { ReactNode } from 'react';
import type { Problem } from '../../../src/core/errors/index.js';
import { CHASIL_RULES } from '../../../src/core/forms/index.js';
import { useLang, useT } from '../app/i18n.js';
import { BALLOT_FIELDS, DISABILITY_ROWS, TOTAL_FIELDS, TRIPLE_PARTS, VOTER_ROWS } from './chasil-model.js';
import type { Values } from './chasil-model.js';
import { CONSOLE } from './messages.js';
import type { PairView } from './tps-info.js';

type Key = keyof (typeof CONSOLE)['id'];
const WARNINGS = new Set(CHASIL_RULES.filter((r) => r.severity === 'warning').map((r) => r.code));

export interface FieldsProps {
  readonly values: Values;
  readonly onChange: (path: string, value: string) => void;
  readonly pairs: readonly PairView[];
  readonly problems: ReadonlyMap<string, readonly Problem[]>;
  readonly faulty: ReadonlySet<string>;
  readonly disabled: boolean;
}

export function ChasilFields(props: FieldsProps): ReactNode {
  const t = useT(CONSOLE);
  return (
    <>
      <fieldset className="paper">
        <legend>{t('sec1')}</legend>
        <TripleTable rows={VOTER_ROWS} {...props} />
      </fieldset>
      <fieldset className="paper">
        <legend>{t('sec2')}</legend>
        {BALLOT_FIELDS.map((p) => (
          <Single key={p} path={p} label={t(labelKey(p))} {...props} />
        ))}
      </fieldset>
      <fieldset className="paper">
        <legend>{t('sec3')}</legend>
        <TripleTable rows={DISABILITY_ROWS} {...props} />
      </fieldset>
      <fieldset className="paper">
        <legend>{t('sec4')}</legend>
        {props.pairs.map((p) => (
          <Single
            key={p.id}
            path={`votes.${p.id}`}
            label={p.emptyColumn ? t('emptyColumn') : `${p.ballotNumber}. ${p.name}`}
            {...props}
          />
        ))}
      </fieldset>
      <fieldset className="paper">
        <legend>{t('sec5')}</legend>
        {TOTAL_FIELDS.map((p) => (
          <Single key={p} path={p} label={t(labelKey(p))} {...props} />
        ))}
      </fieldset>
    </>
  );
}

function labelKey(path: string): Key {
  return `f_${path.replaceAll('.', '_')}` as Key;
}

function NumberInput({
  path,
  label,
  values,
  onChange,
  faulty,
  disabled,
}: FieldsProps & { path: string; label: string }) {
  return (
    <input
      id={`f-${path}`}
      data-testid={`f-${path}`}
      className="num-input"
      inputMode="numeric"
      pattern="[0-9]*"
      autoComplete="off"
      aria-label={label}
      aria-invalid={faulty.has(path) ? 'true' : undefined}
      aria-describedby={`e-${path}`}
      value={values[path] ?? ''}
      disabled={disabled}
      onChange={(e) => onChange(path, e.target.value.replace(/[^\d]/g, ''))}
    />
  );
}

function Messages({ path, problems }: { path: string; problems: ReadonlyMap<string, readonly Problem[]> }) {
  const { lang } = useLang();
  const list = problems.get(path) ?? [];
  return (
    <div id={`e-${path}`} aria-live="polite">
      {list.map((p, i) => (
        <p
          key={`${p.code}-${i}`}
          className={WARNINGS.has(p.code) ? 'field-warning' : 'field-error'}
          data-testid={`rule-${p.code}`}
        >
          {p.message[lang]}
        </p>
      ))}
    </div>
  );
}

function Single(props: FieldsProps & { path: string; label: string }): ReactNode {
  return (
    <div className="paper-row">
      <label htmlFor={`f-${props.path}`}>{props.label}</label>
      <NumberInput {...props} />
      <Messages path={props.path} problems={props.problems} />
    </div>
  );
}

function TripleTable(props: FieldsProps & { rows: readonly string[] }): ReactNode {
  const t = useT(CONSOLE);
  return (
    <div className="table-wrap">
      <table className="paper-table">
        <thead>
          <tr>
            <th scope="col">{t('row')}</th>
            <th scope="col" className="num">
              L
            </th>
            <th scope="col" className="num">
              P
            </th>
            <th scope="col" className="num">
              J
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <TripleRow key={row} row={row} label={t(labelKey(row))} {...props} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TripleRow(props: FieldsProps & { row: string; label: string }): ReactNode {
  const { row, label } = props;
  return (
    <>
      <tr>
        <th scope="row">{label}</th>
        {TRIPLE_PARTS.map((part) => (
          <td key={part} className="num">
            <NumberInput
              {...props}
              path={`${row}.${part}`}
              label={`${label} ${part === 'male' ? 'L' : part === 'female' ? 'P' : 'J'}`}
            />
          </td>
        ))}
      </tr>
      {TRIPLE_PARTS.some((p) => props.problems.has(`${row}.${p}`)) && (
        <tr>
          <td colSpan={4}>
            {TRIPLE_PARTS.map((p) => (
              <Messages key={p} path={`${row}.${p}`} problems={props.problems} />
            ))}
          </td>
        </tr>
      )}
    </>
  );
}
