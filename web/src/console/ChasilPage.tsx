/**
 * KPPS: the C.Hasil of their TPS, one per contest. Core's rules run on every
 * keystroke (the same checks and messages as the server); signing needs every
 * field filled and no error. The signed form goes to the outbox, which sends
 * it now or when the connection returns.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { CHASIL_STATUSES, checkCHasil } from '../../../src/core/forms/index.js';
import type { CHasilStatus } from '../../../src/core/forms/index.js';
import { useLang, useT } from '../app/i18n.js';
import { ChasilFields } from './ChasilFields.js';
import {
  completeForm,
  draftForm,
  fieldsAtFault,
  localNow,
  problemsByField,
  unfilled,
} from './chasil-model.js';
import type { Draft } from './chasil-model.js';
import { useStoredKey } from './KeyPage.js';
import { CONSOLE } from './messages.js';
import { PhotoAttach } from './PhotoAttach.js';
import type { Photo } from './PhotoAttach.js';
import { enqueue, syncQueue, useQueue } from './queue.js';
import { QueueRow } from './QueuePanel.js';
import type { ConsoleAccount } from '../session/session.js';
import { signStatement } from './signing.js';
import { useTpsInfo } from './tps-info.js';
import type { TpsContestView, TpsInfo } from './tps-info.js';

export function ChasilPage({ account }: { account: ConsoleAccount }): ReactNode {
  const t = useT(CONSOLE);
  const { lang } = useLang();
  const { info, failed } = useTpsInfo(account.scope, lang);
  const [chosen, setChosen] = useState<string | null>(null);
  if (info === null) return <p className="muted">{failed ? t('tpsUnavailable') : t('loading')}</p>;
  const contest = info.contests.find((c) => c.contest.id === chosen) ?? info.contests[0];
  return (
    <section aria-labelledby="chasil-title">
      <h2 id="chasil-title">
        {t('chasilTitle')} · {info.tps.name} ({info.tps.code})
      </h2>
      <p className="muted">
        {info.parents.map((p) => p.name).join(' › ')}
        {info.tps.dpt !== null && ` · DPT ${info.tps.dpt.total}`}
      </p>
      <div className="tabs" role="tablist">
        {info.contests.map((c) => (
          <button
            key={c.contest.id}
            type="button"
            role="tab"
            aria-selected={c === contest}
            className={c === contest ? '' : 'secondary'}
            onClick={() => setChosen(c.contest.id)}
          >
            {c.contest.name}
          </button>
        ))}
      </div>
      {contest !== undefined && (
        <ContestForm
          key={contest.contest.id}
          account={account}
          tps={info.tps.code}
          dpt={info.tps.dpt}
          view={contest}
        />
      )}
    </section>
  );
}

interface FormProps {
  readonly account: ConsoleAccount;
  readonly tps: string;
  readonly dpt: TpsInfo['tps']['dpt'];
  readonly view: TpsContestView;
}

function ContestForm({ account, tps, dpt, view }: FormProps) {
  const t = useT(CONSOLE);
  const { lang } = useLang();
  const [key] = useStoredKey(account.username);
  const { items } = useQueue(account.username, lang);
  const pairIds = view.contest.pairs.map((p) => p.id);
  const [draft, setDraft] = useState<Draft>({
    contestId: view.contest.id,
    tps,
    status: 'reguler',
    countedAt: localNow(),
    // The DPT row starts from the registry; the KPPS checks it against the paper form.
    values: dpt === null ? {} : registryDpt(dpt),
    images: [],
  });
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [itemId, setItemId] = useState<string | null>(null);
  const [signError, setSignError] = useState<string | null>(null);
  const full = { ...draft, images: photos.map((p) => p.hash) };
  const check = checkCHasil(draftForm(full, pairIds), { candidates: pairIds });
  const missing = unfilled(full, pairIds);
  const mine =
    items.find((i) => i.id === itemId) ??
    items.find((i) => i.label === labelOf(view, tps) && i.state !== 'refused');
  const locked = view.status !== 'missing' || mine !== undefined;
  const sign = () => {
    if (key === null || key === undefined) return;
    setSignError(null);
    try {
      const envelope = signStatement(key, 'form.chasil', completeForm(full, pairIds));
      void enqueue({
        username: account.username,
        route: '/api/forms',
        label: labelOf(view, tps),
        envelope,
      }).then((item) => {
        setItemId(item.id);
        void syncQueue(account.username, lang);
      });
    } catch (e) {
      setSignError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form className="chasil" onSubmit={(e) => e.preventDefault()} aria-label={view.contest.name}>
      {view.status !== 'missing' && (
        <p className="notice">
          {t('chasilAlready', { status: t(`status_${view.status}` as 'status_submitted') })}
        </p>
      )}
      <div className="paper-row">
        <label htmlFor="status">{t('statusLabel')}</label>
        <select
          id="status"
          value={draft.status}
          disabled={locked}
          onChange={(e) => setDraft({ ...draft, status: e.target.value as CHasilStatus })}
        >
          {CHASIL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`cs_${s}`)}
            </option>
          ))}
        </select>
        <label htmlFor="counted-at">{t('countedAt')}</label>
        <input
          id="counted-at"
          type="datetime-local"
          value={draft.countedAt}
          disabled={locked}
          onChange={(e) => setDraft({ ...draft, countedAt: e.target.value })}
        />
      </div>
      <ChasilFields
        values={draft.values}
        onChange={(path, value) => setDraft((d) => ({ ...d, values: { ...d.values, [path]: value } }))}
        pairs={view.contest.pairs}
        problems={problemsByField(check.errors.concat(check.warnings))}
        faulty={fieldsAtFault(check.errors)}
        disabled={locked}
      />
      <PhotoAttach photos={photos} onChange={setPhotos} disabled={locked} />
      <div className="sign-box" aria-live="polite">
        <p data-testid="check-summary" className={check.errors.length > 0 ? 'bad' : 'ok'}>
          {t('checkSummary', {
            errors: check.errors.length,
            warnings: check.warnings.length,
            empty: missing.length,
          })}
        </p>
        {(key === null || key === undefined) && <p className="notice">{t('needKey')}</p>}
        {signError !== null && (
          <p role="alert" className="field-error">
            {signError}
          </p>
        )}
        <button
          type="button"
          data-testid="sign-submit"
          onClick={sign}
          disabled={
            locked || key === null || key === undefined || check.errors.length > 0 || missing.length > 0
          }
        >
          {t('signSubmit')}
        </button>
        <p className="muted">{t('signNote')}</p>
      </div>
      {mine !== undefined && (
        <ol className="queue">
          <QueueRow item={mine} />
        </ol>
      )}
    </form>
  );
}

function labelOf(view: TpsContestView, tps: string): string {
  return `C.Hasil ${tps} · ${view.contest.name}`;
}

function registryDpt(dpt: NonNullable<TpsInfo['tps']['dpt']>): Record<string, string> {
  return {
    'voters.dpt.male': String(dpt.male),
    'voters.dpt.female': String(dpt.female),
    'voters.dpt.total': String(dpt.total),
  };
}
