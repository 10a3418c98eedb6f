/**
 * /lapor/lacak and /lapor/lacak/:code: anyone holding a tracking code sees
 * the report's status and public timeline (never the reporter). The code is
 * checked here first (alphabet and check character), so a typo is caught
 * without asking the server; the permalink carries the code.
 */
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useT } from '../app/i18n.js';
import { navigate, useTitle } from '../app/router.js';
import { isSaksiError } from '../../../src/core/errors/index.js';
import { parseTrackingCode } from '../../../src/core/supervision/index.js';
import { FieldError } from './form-kit.js';
import { SUP } from './messages.js';
import type { PublicCase } from './types.js';
import { useLoad } from './use-api.js';
import { useVocabulary } from './vocabulary.js';

export function TrackPage({ code }: { code: string | null }): ReactNode {
  const t = useT(SUP);
  const v = useVocabulary();
  useTitle(t('trackTitle'));
  const [input, setInput] = useState(code ?? '');
  const [error, setError] = useState<string | null>(null);
  const report = useLoad<PublicCase>(code === null ? null : `/api/public/supervision/reports/${code}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    try {
      const parsed = parseTrackingCode(input);
      setError(null);
      navigate(`/lapor/lacak/${parsed}`);
    } catch (err) {
      setError(isSaksiError(err) ? err.text(v.lang) : String(err));
    }
  };
  return (
    <section className="sup-page">
      <h1>{t('trackTitle')}</h1>
      <form className="sup-form sup-inline" onSubmit={submit}>
        <div className="sup-field">
          <label htmlFor="track-code">{t('trackCode')}</label>
          <input
            id="track-code"
            value={input}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error !== null ? true : undefined}
            aria-describedby="track-code-hint"
            onChange={(e) => setInput(e.target.value)}
          />
          <p className="muted small" id="track-code-hint">
            {t('trackHelp')}
          </p>
          <FieldError id="track-code-error" message={error} />
        </div>
        <button type="submit">{t('trackButton')}</button>
      </form>
      {report.loading && <p className="muted">{t('loading')}</p>}
      {report.error !== null && (
        <p className="alert" role="alert">
          {report.error.message}
        </p>
      )}
      {report.data !== null && !report.loading && <PublicStatus c={report.data} />}
    </section>
  );
}

function PublicStatus({ c }: { c: PublicCase }): ReactNode {
  const t = useT(SUP);
  const v = useVocabulary();
  return (
    <article className="card sup-status" aria-labelledby="track-status">
      <h2 id="track-status">
        <code>{c.trackingCode}</code>
      </h2>
      <dl className="sup-facts">
        <dt>{t('state')}</dt>
        <dd data-testid="track-state">
          <strong>{v.state(c.state)}</strong>
        </dd>
        {c.outcome !== null && (
          <>
            <dt>{t('outcome')}</dt>
            <dd data-testid="track-outcome">{v.outcome(c.outcome)}</dd>
          </>
        )}
        {c.registerNumber !== null && (
          <>
            <dt>{t('registerNumber')}</dt>
            <dd>{c.registerNumber}</dd>
          </>
        )}
        <dt>{t('category')}</dt>
        <dd>{v.category(c.category)}</dd>
        <dt>{t('region')}</dt>
        <dd>{c.region}</dd>
        <dt>{t('receivedOn')}</dt>
        <dd>
          {v.day(c.receivedOn)} ·{' '}
          <span className={c.late ? 'warn' : 'ok'}>{c.late ? t('late') : t('onTime')}</span>
        </dd>
        <dt>{t('dueOn')}</dt>
        <dd>{v.day(c.dueOn)}</dd>
        <dt>{t('evidenceFiles')}</dt>
        <dd>{c.evidenceFiles}</dd>
      </dl>
      <h3>{t('timeline')}</h3>
      <ol className="sup-timeline" data-testid="track-timeline">
        {c.timeline.map((e, i) => (
          <li key={`${e.at}-${i}`}>
            <time dateTime={e.at}>{v.instant(e.at)}</time> — {v.state(e.state)}
            {e.note !== null && e.note !== '' && <p className="small">{e.note}</p>}
          </li>
        ))}
      </ol>
    </article>
  );
}
