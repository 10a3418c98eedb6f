/**
 * Saksi and PTPS: review the TPS's effective form in each contest they may
 * attest (a saksi only where their pair runs) and sign an agreement or an
 * objection with its reason (form.attestation).
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useFormat, useLang, useT } from '../app/i18n.js';
import { useStoredKey } from './KeyPage.js';
import { CONSOLE } from './messages.js';
import { enqueue, syncQueue, useQueue } from './queue.js';
import { QueueRow } from './QueuePanel.js';
import type { ConsoleAccount } from '../session/session.js';
import { signStatement } from './signing.js';
import { useTpsInfo } from './tps-info.js';
import type { HistoryView, TpsContestView } from './tps-info.js';

export function AttestPage({ account }: { account: ConsoleAccount }): ReactNode {
  const t = useT(CONSOLE);
  const { lang } = useLang();
  const { info, failed, reload } = useTpsInfo(account.scope, lang);
  if (info === null) return <p className="muted">{failed ? t('tpsUnavailable') : t('loading')}</p>;
  const mine = info.contests.filter(
    (c) => account.role !== 'saksi' || c.contest.pairs.some((p) => p.id === account.pairId),
  );
  return (
    <section aria-labelledby="attest-title">
      <h2 id="attest-title">
        {t('attestTitle')} · {info.tps.name} ({info.tps.code})
      </h2>
      {mine.length === 0 && <p className="notice">{t('attestNone')}</p>}
      {mine.map((c) => (
        <ContestReview key={c.contest.id} account={account} tps={info.tps.code} view={c} onDone={reload} />
      ))}
    </section>
  );
}

function ContestReview(props: {
  account: ConsoleAccount;
  tps: string;
  view: TpsContestView;
  onDone(): void;
}) {
  const { account, tps, view } = props;
  const t = useT(CONSOLE);
  const { lang } = useLang();
  const [key] = useStoredKey(account.username);
  const { items } = useQueue(account.username, lang);
  const [verdict, setVerdict] = useState<'agree' | 'object'>('agree');
  const [reason, setReason] = useState('');
  const effective = view.history.at(-1);
  const label = `${t('attestTitle')} ${tps} · ${view.contest.name} · #${effective?.index ?? '-'}`;
  const queued = items.find((i) => i.label === label && i.state !== 'refused');
  const done = view.attestations.some((a) => a.keyId === key?.keyId && a.subject.index === effective?.index);
  const sign = () => {
    if (key === null || key === undefined || effective === undefined) return;
    const body = {
      subject: { index: effective.index, hash: effective.hash },
      tps,
      contestId: view.contest.id,
      verdict,
      ...(verdict === 'object' ? { reason: reason.trim() } : {}),
    };
    const envelope = signStatement(key, 'form.attestation', body);
    void enqueue({ username: account.username, route: '/api/attestations', label, envelope }).then(() =>
      syncQueue(account.username, lang).then(props.onDone),
    );
  };
  const name = `verdict-${view.contest.id}`;
  return (
    <article className="card review" aria-label={view.contest.name} data-testid={`review-${view.contest.id}`}>
      <h3>{view.contest.name}</h3>
      <p>
        {t('statusLabel')}:{' '}
        <strong data-testid="tps-status">{t(`status_${view.status}` as 'status_missing')}</strong>
      </p>
      {effective === undefined ? (
        <p className="muted">{t('attestNoForm')}</p>
      ) : (
        <>
          <FormFigures entry={effective} view={view} />
          <Attestations view={view} />
          {done || queued !== undefined ? (
            queued !== undefined && (
              <ol className="queue">
                <QueueRow item={queued} />
              </ol>
            )
          ) : (
            <fieldset className="paper">
              <legend>{t('attestVerdict')}</legend>
              <label className="inline">
                <input
                  type="radio"
                  name={name}
                  checked={verdict === 'agree'}
                  onChange={() => setVerdict('agree')}
                />{' '}
                {t('agree')}
              </label>
              <label className="inline">
                <input
                  type="radio"
                  name={name}
                  checked={verdict === 'object'}
                  onChange={() => setVerdict('object')}
                />{' '}
                {t('object')}
              </label>
              {verdict === 'object' && (
                <>
                  <label htmlFor={`reason-${view.contest.id}`}>{t('reason')}</label>
                  <textarea
                    id={`reason-${view.contest.id}`}
                    rows={3}
                    maxLength={2000}
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                  />
                </>
              )}
              {(key === null || key === undefined) && <p className="notice">{t('needKey')}</p>}
              <p>
                <button
                  type="button"
                  onClick={sign}
                  disabled={
                    key === null || key === undefined || (verdict === 'object' && reason.trim() === '')
                  }
                >
                  {t('attestSign')}
                </button>
              </p>
            </fieldset>
          )}
        </>
      )}
    </article>
  );
}

function FormFigures({ entry, view }: { entry: HistoryView; view: TpsContestView }): ReactNode {
  const t = useT(CONSOLE);
  const f = useFormat();
  const n = (x: number | null | undefined) => (x === null || x === undefined ? '–' : f.num(x));
  const form = entry.form;
  return (
    <div className="table-wrap">
      <table>
        <caption className="muted">
          {t('entry')} #{entry.index} · <code className="hash">{entry.hash.slice(0, 16)}…</code>
        </caption>
        <tbody>
          {view.contest.pairs.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.emptyColumn ? t('emptyColumn') : `${p.ballotNumber}. ${p.name}`}</th>
              <td className="num">{n(form.votes?.[p.id])}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('f_valid')}</th>
            <td className="num">{n(form.valid)}</td>
          </tr>
          <tr>
            <th scope="row">{t('f_invalid')}</th>
            <td className="num">{n(form.invalid)}</td>
          </tr>
          <tr>
            <th scope="row">{t('f_voters_users_total')}</th>
            <td className="num">{n(form.voters.users.total.total)}</td>
          </tr>
          <tr>
            <th scope="row">{t('photos')}</th>
            <td className="num">{form.images.length}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function Attestations({ view }: { view: TpsContestView }): ReactNode {
  const t = useT(CONSOLE);
  if (view.attestations.length === 0) return <p className="muted">{t('attestNoneYet')}</p>;
  return (
    <ul data-testid="attestations">
      {view.attestations.map((a) => (
        <li key={a.index}>
          {a.role === 'saksi' ? `Saksi ${a.pair ?? ''}` : 'PTPS'} ·{' '}
          {a.verdict === 'object' ? t('object') : t('agree')}
          {a.reason !== undefined && `: ${a.reason}`} <span className="muted">(#{a.index})</span>
        </li>
      ))}
    </ul>
  );
}
