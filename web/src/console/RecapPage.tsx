/**
 * PPK and KPU kab/kota / provinsi: the recap of their region for a contest —
 * each child's reporting and status, the TPS issues (objections, corrections,
 * warnings), corrections made at this plenary with their reasons, then the
 * D.Hasil (sum of the children after corrections) signed and submitted.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { getJson } from '../app/api.js';
import { useLang, useT } from '../app/i18n.js';
import { useStoredKey } from './KeyPage.js';
import { CONSOLE } from './messages.js';
import { enqueue, syncQueue, useQueue } from './queue.js';
import { QueueRow } from './QueuePanel.js';
import { RecapTables } from './RecapTables.js';
import { buildDHasil, correctableFields } from './recap-model.js';
import type { ChildName, CorrectionDraft, RecapViewData } from './recap-model.js';
import type { ConsoleAccount } from '../session/session.js';
import { signStatement } from './signing.js';
import type { PairView } from './tps-info.js';
import { useOnline } from './useOnline.js';

interface ContestRef {
  readonly id: string;
  readonly name: string;
  readonly region: string;
}

export function RecapPage({ account }: { account: ConsoleAccount }): ReactNode {
  const t = useT(CONSOLE);
  const { lang } = useLang();
  const online = useOnline();
  const [contests, setContests] = useState<ContestRef[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => {
    if (!online) return;
    getJson<{ data: ContestRef[] }>(`/api/contests?region=${account.scope}`, lang)
      .then((r) =>
        setContests(r.data.filter((c) => c.region === 'national' || account.scope.startsWith(c.region))),
      )
      .catch(() => setContests([]));
  }, [account.scope, lang, online]);
  if (!online && contests === null) return <p className="notice">{t('recapOffline')}</p>;
  if (contests === null) return <p className="muted">{t('loading')}</p>;
  const contest = contests.find((c) => c.id === chosen) ?? contests[0];
  return (
    <section aria-labelledby="recap-title">
      <h2 id="recap-title">
        {t('recapTitle')} · {account.scope}
      </h2>
      <label htmlFor="recap-contest">{t('contest')}</label>
      <select id="recap-contest" value={contest?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
        {contests.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      {contest !== undefined && <ContestRecap key={contest.id} account={account} contest={contest} />}
    </section>
  );
}

function ContestRecap({ account, contest }: { account: ConsoleAccount; contest: ContestRef }): ReactNode {
  const t = useT(CONSOLE);
  const { lang } = useLang();
  const [key] = useStoredKey(account.username);
  const { items } = useQueue(account.username, lang);
  const [view, setView] = useState<RecapViewData | null>(null);
  const [pairs, setPairs] = useState<readonly PairView[]>([]);
  const [names, setNames] = useState<ReadonlyMap<string, ChildName>>(new Map());
  const [drafts, setDrafts] = useState<CorrectionDraft[]>([]);
  const [plenary, setPlenary] = useState(
    `Rapat pleno ${account.scope}, ${new Date().toISOString().slice(0, 10)}`,
  );
  const region = account.scope;
  const load = useCallback(() => {
    void getJson<{ data: RecapViewData }>(`/api/recaps/${contest.id}/${region}`, lang).then((r) =>
      setView(r.data),
    );
  }, [contest.id, region, lang]);
  useEffect(() => {
    load();
    void getJson<{ data: { pairs: PairView[] } }>(`/api/contests/${contest.id}`, lang).then((r) =>
      setPairs(r.data.pairs),
    );
    void getJson<{
      data: { children: Array<{ code: string; name: string; totals: { progress: { total: number } } }> };
    }>(`/api/results/${contest.id}/${region}`, lang).then((r) =>
      setNames(new Map(r.data.children.map((c) => [c.code, { name: c.name, tps: c.totals.progress.total }]))),
    );
  }, [contest.id, region, lang, load]);
  if (view === null) return <p className="muted">{t('loading')}</p>;
  const label = `D.Hasil ${region} · ${contest.name}`;
  const queued = items.find((i) => i.label === label && i.state !== 'refused');
  const { body, problems } = buildDHasil(view, drafts, plenary);
  const reasonsMissing = drafts.some((d) => d.reason.trim() === '' || d.value.trim() === '');
  const sign = () => {
    if (key === null || key === undefined) return;
    const envelope = signStatement(key, 'form.dhasil', body);
    void enqueue({ username: account.username, route: '/api/forms', label, envelope }).then(() =>
      syncQueue(account.username, lang).then(load),
    );
  };
  const fields = correctableFields(view.pairIds);
  const firstChild = view.children[0]?.code ?? '';
  return (
    <div className="recap" data-testid="recap">
      {view.signed !== null && (
        <p className="notice" data-testid="recap-signed">
          {t('recapSigned', { index: view.signed.index })}
        </p>
      )}
      {view.signed === null && view.lockedBy !== null && (
        <p className="notice">{t('recapLocked', { region: view.lockedBy })}</p>
      )}
      <RecapTables view={view} pairs={pairs} names={names} body={body} />
      {view.signed === null && view.lockedBy === null && (
        <>
          <fieldset className="paper">
            <legend>{t('corrections')}</legend>
            <p className="muted">{t('correctionsNote')}</p>
            {drafts.map((d, i) => (
              <div className="correction" key={i} data-testid="correction">
                <select
                  aria-label={t('child')}
                  value={d.child}
                  onChange={(e) => setDrafts(update(drafts, i, { child: e.target.value }))}
                >
                  {view.children.map((c) => (
                    <option key={c.code} value={c.code}>
                      {names.get(c.code)?.name ?? c.code}
                    </option>
                  ))}
                </select>
                <select
                  aria-label={t('field')}
                  value={d.field}
                  onChange={(e) => setDrafts(update(drafts, i, { field: e.target.value }))}
                >
                  {fields.map((f) => (
                    <option key={f} value={f}>
                      {fieldLabel(f, pairs)}
                    </option>
                  ))}
                </select>
                <input
                  aria-label={t('newValue')}
                  inputMode="numeric"
                  value={d.value}
                  onChange={(e) =>
                    setDrafts(update(drafts, i, { value: e.target.value.replace(/[^\d]/g, '') }))
                  }
                />
                <input
                  aria-label={t('reason')}
                  value={d.reason}
                  maxLength={2000}
                  onChange={(e) => setDrafts(update(drafts, i, { reason: e.target.value }))}
                />
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setDrafts(drafts.filter((_, j) => j !== i))}
                >
                  {t('remove')}
                </button>
              </div>
            ))}
            <button
              type="button"
              className="secondary"
              disabled={firstChild === ''}
              onClick={() =>
                setDrafts([
                  ...drafts,
                  { child: firstChild, field: fields[0] ?? 'valid', value: '', reason: '' },
                ])
              }
            >
              {t('correctionAdd')}
            </button>
            <label htmlFor="plenary">{t('plenary')}</label>
            <input
              id="plenary"
              value={plenary}
              maxLength={300}
              onChange={(e) => setPlenary(e.target.value)}
            />
          </fieldset>
          {problems.length > 0 && (
            <ul role="alert" className="alert" data-testid="recap-problems">
              {problems.map((p, i) => (
                <li key={`${p.code}-${i}`}>{p.message[lang]}</li>
              ))}
            </ul>
          )}
          {(key === null || key === undefined) && <p className="notice">{t('needKey')}</p>}
          <p>
            <button
              type="button"
              data-testid="recap-sign"
              onClick={sign}
              disabled={
                key === null ||
                key === undefined ||
                problems.length > 0 ||
                reasonsMissing ||
                view.children.length === 0 ||
                queued !== undefined
              }
            >
              {t('recapSign')}
            </button>
          </p>
        </>
      )}
      {queued !== undefined && (
        <ol className="queue">
          <QueueRow item={queued} />
        </ol>
      )}
    </div>
  );
}

function update(drafts: CorrectionDraft[], i: number, patch: Partial<CorrectionDraft>): CorrectionDraft[] {
  return drafts.map((d, j) => (j === i ? { ...d, ...patch } : d));
}

/** `votes.<id>` shown with the pair's ballot number and name; other figures by their path. */
function fieldLabel(field: string, pairs: readonly PairView[]): string {
  if (!field.startsWith('votes.')) return field;
  const p = pairs.find((x) => `votes.${x.id}` === field);
  return p === undefined ? field : `${p.ballotNumber}. ${p.name}`;
}
