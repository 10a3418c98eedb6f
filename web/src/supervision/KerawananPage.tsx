/**
 * /pengawasan/kerawanan: the TPS vulnerability map of a region (bands per
 * child region, the heat table by variable, the vulnerable TPS per
 * indicator; GET /api/kerawanan/summary) and the form a PTPS, PKD or
 * Panwascam uses to map one TPS (POST /api/kerawanan/entries). The server
 * scores the entry; the page only shows what it answers.
 */
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { sendJson } from '../app/api.js';
import { useLang, useT } from '../app/i18n.js';
import type { ConsoleAccount } from '../session/session.js';
import { FormError, today } from './form-kit.js';
import { KER } from './kerawanan-messages.js';
import { useLoad, useSubmit } from './use-api.js';

type Msg = { readonly id: string; readonly en: string };
interface Instrument {
  readonly id: string;
  readonly version: number;
  readonly title: Msg;
  readonly variables: ReadonlyArray<{
    id: string;
    label: Msg;
    indicators: ReadonlyArray<{ id: string; label: Msg }>;
  }>;
}
type Bands = { high: number; medium: number; low: number };
interface Summary {
  readonly assessed: number;
  readonly bands: Bands;
  readonly children: ReadonlyArray<{
    region: string;
    assessed: number;
    bands: Bands;
    variables: Record<string, number>;
  }>;
  readonly byIndicator: Record<string, readonly string[]>;
}

export function KerawananPage({ account }: { account: ConsoleAccount }): ReactNode {
  const t = useT(KER);
  const [region, setRegion] = useState(account.scope === 'national' ? '' : account.scope);
  const [shown, setShown] = useState(region);
  const instruments = useLoad<Instrument[]>('/api/kerawanan/instruments');
  const q = shown === '' ? '' : `region=${encodeURIComponent(shown)}&`;
  const summary = useLoad<Summary>(`/api/kerawanan/summary?${q}instrument=tps-2024`);
  const inst = instruments.data?.find((i) => i.id === 'tps-2024') ?? null;
  return (
    <div className="sup-kerawanan">
      <h2>{t('title')}</h2>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setShown(region.trim());
        }}
      >
        <label htmlFor="ker-region">{t('region')}</label>
        <input id="ker-region" value={region} onChange={(e) => setRegion(e.target.value)} />
        <button type="submit">{t('show')}</button>
        <a href={`/api/kerawanan/entries/export?${q}format=csv`} download>
          {t('download')}
        </a>
      </form>
      {summary.data !== null && inst !== null ? <SummaryView s={summary.data} inst={inst} /> : null}
      {inst !== null ? <EntryForm inst={inst} onSaved={summary.reload} /> : null}
    </div>
  );
}

function SummaryView({ s, inst }: { s: Summary; inst: Instrument }): ReactNode {
  const t = useT(KER);
  const { lang } = useLang();
  if (s.assessed === 0) return <p className="muted">{t('none')}</p>;
  const label = (id: string) =>
    inst.variables.flatMap((v) => v.indicators).find((x) => x.id === id)?.label[lang] ?? id;
  return (
    <>
      <p data-testid="ker-totals">
        {t('assessed')}: {s.assessed} · {t('high')}: {s.bands.high} · {t('medium')}: {s.bands.medium} ·{' '}
        {t('low')}: {s.bands.low}
      </p>
      <div className="table-wrap">
        <table data-testid="ker-heat">
          <caption>{t('heat')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('child')}</th>
              <th scope="col">{t('assessed')}</th>
              <th scope="col">{t('high')}</th>
              <th scope="col">{t('medium')}</th>
              {inst.variables.map((v) => (
                <th scope="col" key={v.id}>
                  {v.label[lang]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.children.map((c) => (
              <tr key={c.region}>
                <th scope="row">{c.region}</th>
                <td>{c.assessed}</td>
                <td>{c.bands.high}</td>
                <td>{c.bands.medium}</td>
                {inst.variables.map((v) => (
                  <td key={v.id}>{c.variables[v.id] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('byIndicator')}</h3>
      <ul data-testid="ker-indicators">
        {Object.entries(s.byIndicator).map(([id, list]) => (
          <li key={id}>
            <strong>{label(id)}</strong>: {list.join(', ')}
          </li>
        ))}
      </ul>
    </>
  );
}

function EntryForm({ inst, onSaved }: { inst: Instrument; onSaved(): void }): ReactNode {
  const t = useT(KER);
  const { lang } = useLang();
  const submit = useSubmit();
  const [tps, setTps] = useState('');
  const [on, setOn] = useState(today());
  const [evidence, setEvidence] = useState('');
  const [extra, setExtra] = useState(false);
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const answers = Object.fromEntries(
      inst.variables.flatMap((v) => v.indicators).map((x) => [x.id, checked[x.id] === true]),
    );
    const r = await submit.run(() =>
      sendJson<{ data: { score: number; band: string } }>(
        'POST',
        '/api/kerawanan/entries',
        {
          instrumentId: inst.id,
          instrumentVersion: inst.version,
          region: tps.trim(),
          answers,
          assessedOn: on,
          evidence,
          extraSupervision: extra,
        },
        lang,
      ),
    );
    if (r === null) return;
    const band = r.data.band === 'high' ? t('high') : r.data.band === 'medium' ? t('medium') : t('low');
    setSaved(t('saved', { score: r.data.score, band }));
    setChecked({});
    onSaved();
  };
  return (
    <form className="sup-form" onSubmit={(e) => void send(e)} aria-labelledby="ker-entry">
      <h3 id="ker-entry">{t('entryTitle')}</h3>
      <label htmlFor="ker-tps">{t('tps')}</label>
      <input id="ker-tps" value={tps} required onChange={(e) => setTps(e.target.value)} inputMode="numeric" />
      <label htmlFor="ker-on">{t('assessedOn')}</label>
      <input id="ker-on" type="date" value={on} required onChange={(e) => setOn(e.target.value)} />
      {inst.variables.map((v) => (
        <fieldset key={v.id}>
          <legend>{v.label[lang]}</legend>
          {v.indicators.map((x) => (
            <label key={x.id} className="sup-check">
              <input
                type="checkbox"
                name={x.id}
                checked={checked[x.id] === true}
                onChange={(e) => setChecked((c) => ({ ...c, [x.id]: e.target.checked }))}
              />
              {x.label[lang]}
            </label>
          ))}
        </fieldset>
      ))}
      <label htmlFor="ker-evidence">{t('evidence')}</label>
      <textarea
        id="ker-evidence"
        value={evidence}
        onChange={(e) => setEvidence(e.target.value)}
        maxLength={4000}
      />
      <label className="sup-check">
        <input type="checkbox" checked={extra} onChange={(e) => setExtra(e.target.checked)} />
        {t('extra')}
      </label>
      <FormError error={submit.error} fields={[]} />
      <button type="submit" disabled={submit.busy}>
        {t('save')}
      </button>
      {saved !== null ? (
        <p role="status" data-testid="ker-saved">
          {saved}
        </p>
      ) : null}
    </form>
  );
}
