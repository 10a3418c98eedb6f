/** One contest at one TPS: the effective form, its verification, its history and attestations. */
import type { ReactNode } from 'react';
import { useLang, useT } from '../../app/i18n.js';
import { PORTAL } from '../messages.js';
import type { PortalKey } from '../messages.js';
import type { HistoryEntry, TpsContest } from '../types.js';
import { FormDownloads } from './FormDownloads.js';
import { FormFigures } from './FormFigures.js';
import { VerifyPanel } from './VerifyPanel.js';

const KIND: Readonly<Record<HistoryEntry['kind'], PortalKey>> = {
  chasil: 'kindChasil',
  import: 'kindImport',
  correction: 'kindCorrection',
};

export function ContestRecord({ record }: { record: TpsContest }): ReactNode {
  const t = useT(PORTAL);
  const { lang } = useLang();
  const effective = record.history.at(-1);
  const pairs = record.contest.pairs;
  const pairName = (id: string | undefined) => {
    const p = pairs.find((x) => x.id === id);
    return p === undefined ? (id ?? '') : `${p.ballotNumber}. ${p.name}`;
  };
  return (
    <section
      className="contest-record"
      aria-labelledby={`c-${record.contest.id}`}
      data-testid={`record-${record.contest.id}`}
    >
      <h2 id={`c-${record.contest.id}`}>{record.contest.name}</h2>
      {effective === undefined ? (
        <p className="notice">{t('noForm')}</p>
      ) : (
        <>
          <h3>
            {t('effective')} · {t('entry', { index: effective.index })} · {t(KIND[effective.kind])}
          </h3>
          <p className="muted small hash-line">
            {t('leafHash')}: <code data-testid="leaf-hash">{effective.hash}</code> ·{' '}
            {t('signedBy', { key: effective.keyId.slice(0, 16) })}
          </p>
          {effective.warnings.length > 0 && (
            <div className="notice warn">
              <strong>{t('warnings')}:</strong> {effective.warnings.map((w) => w.message[lang]).join('; ')}
            </div>
          )}
          <FormFigures form={effective.form} pairs={pairs} testId={`form-${record.contest.id}`} />
          <FormDownloads contest={record.contest} form={effective.form} index={effective.index} />
          <VerifyPanel
            key={effective.index}
            target={{ index: effective.index, hash: effective.hash, form: effective.form }}
          />
          <h3>{t('history')}</h3>
          {record.history.length === 1 ? (
            <p className="muted">{t('historyNone')}</p>
          ) : (
            <ol className="history" data-testid="history">
              {record.history.map((h) => (
                <li key={h.index}>
                  <strong>{t('entry', { index: h.index })}</strong> · {t(KIND[h.kind])}
                  {h.supersedes !== undefined && <> · {t('supersedes', { index: h.supersedes.index })}</>}
                  {h.reason !== undefined && (
                    <div>
                      {t('reason')}: {h.reason}
                    </div>
                  )}
                  {h.plenary !== undefined && (
                    <div>
                      {t('plenary')}: {h.plenary}
                    </div>
                  )}
                  <div className="muted small">
                    {pairs.map((p) => `${p.ballotNumber}: ${h.form.votes?.[p.id] ?? '—'}`).join(' · ')} ·{' '}
                    {t('valid')}: {h.form.valid ?? '—'} · {t('invalid')}: {h.form.invalid ?? '—'}
                  </div>
                  {h !== effective && (
                    <details>
                      <summary>{t('verify')}</summary>
                      <VerifyPanel target={{ index: h.index, hash: h.hash, form: h.form }} />
                    </details>
                  )}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      <h3>{t('attestations')}</h3>
      {record.attestations.length === 0 ? (
        <p className="muted">{t('attestationsNone')}</p>
      ) : (
        <ul className="attestations" data-testid="attestations">
          {record.attestations.map((a) => (
            <li key={a.index} className={a.verdict === 'object' ? 'bad' : undefined}>
              <strong>{a.verdict === 'object' ? t('object') : t('agree')}</strong> ·{' '}
              {a.role === 'ptps' ? t('rolePtps') : t('roleSaksi', { pair: pairName(a.pair) })} ·{' '}
              {t('entry', { index: a.index })}
              {' · '}
              {t('about', { index: a.subject.index })}
              {a.reason !== undefined && <div>{a.reason}</div>}
            </li>
          ))}
        </ul>
      )}
      {record.incidents.length > 0 && (
        <>
          <h3>{t('incidents')}</h3>
          <ul>
            {record.incidents.map((i) => (
              <li key={i.index}>
                {i.at}: {i.description}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
