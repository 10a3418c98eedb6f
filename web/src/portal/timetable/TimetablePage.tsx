/**
 * The timetable of an election's stages (/jadwal[/{election}][?pada=ISO]),
 * from GET /api/elections/{id}/timetable, the stages under way marked.
 * `?pada=2024-11-27T09:00:00+07:00` shows the timetable as of that moment.
 */
import type { ReactNode } from 'react';
import { CsvButton } from '../../app/components/CsvButton.js';
import { useFormat, useLang, useT } from '../../app/i18n.js';
import { useTitle } from '../../app/router.js';
import { LoadError, Loading } from '../LoadState.js';
import { useLiveJson } from '../live.js';
import { PORTAL } from '../messages.js';
import type { Election, TimetableView } from '../types.js';

export function TimetablePage(props: { electionId: string | null; at: string | null }): ReactNode {
  const elections = useLiveJson<Election[]>('/api/elections', { live: false });
  const id = props.electionId ?? elections.data?.[0]?.id ?? null;
  const query = props.at === null ? '' : `?at=${encodeURIComponent(props.at)}`;
  const timetable = useLiveJson<TimetableView>(
    id === null ? null : `/api/elections/${encodeURIComponent(id)}/timetable${query}`,
    { live: false },
  );
  const t = useT(PORTAL);
  useTitle(t('timetableLink'));
  const error = elections.error ?? timetable.error;
  if (error !== null)
    return error.status === 404 ? (
      <p className="notice">{t('noTimetable')}</p>
    ) : (
      <LoadError error={error} retry={timetable.reload} />
    );
  if (elections.data !== null && elections.data.length === 0)
    return <p className="notice">{t('noTimetable')}</p>;
  if (timetable.data === null) return <Loading />;
  const name = elections.data?.find((e) => e.id === id)?.name ?? id ?? '';
  return <Stages view={timetable.data} name={name} />;
}

function Stages({ view, name }: { view: TimetableView; name: string }): ReactNode {
  const t = useT(PORTAL);
  const f = useFormat();
  const { lang } = useLang();
  const { position } = view;
  const stageName = (id: string | null) => view.stages.find((s) => s.id === id)?.name[lang] ?? '';
  const range = (a: string, b: string) => (a === b ? f.date(a) : `${f.date(a)} – ${f.date(b)}`);
  return (
    <section>
      <h1>{t('timetableTitle', { name })}</h1>
      <p>{t('timetableIntro', { zone: view.zone })}</p>
      <p className="notice" data-testid="timetable-phase">
        {position.phase === 'before'
          ? t('phaseBefore', { next: stageName(position.next) })
          : position.phase === 'after'
            ? t('phaseAfter', { today: f.date(position.today) })
            : t('phaseDuring', { today: f.date(position.today) })}
      </p>
      <ol className="timeline">
        {view.stages.map((s) => {
          const current = position.current.includes(s.id);
          const done = s.end < position.today;
          return (
            <li
              key={s.id}
              className={current ? 'current' : done ? 'done' : undefined}
              aria-current={current ? 'step' : undefined}
              data-stage={s.id}
            >
              <div className="timeline-dates">{range(s.start, s.end)}</div>
              <div>
                <strong>{s.name[lang]}</strong>
                {current && <span className="badge">{t('now')}</span>}
                {!current && s.id === position.next && (
                  <span className="badge secondary">{t('nextStage')}</span>
                )}
                {done && <span className="sr-only"> ({t('done')})</span>}
                <p className="muted small">
                  {s.description[lang]}
                  {s.verify === true && ` (${t('verifyDate')})`}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      <ul className="inline-list" aria-label={t('downloads')}>
        <li>
          <CsvButton
            filename={`jadwal-${view.electionId}.csv`}
            rows={() => [
              ['id', 'start', 'end', 'name_id', 'name_en'],
              ...view.stages.map((s) => [s.id, s.start, s.end, s.name.id, s.name.en]),
            ]}
            label={t('downloadTable', { name: t('timetableLink') })}
          >
            {t('csv')}
          </CsvButton>
        </li>
        <li>
          <a
            className="button secondary small"
            href={`/api/elections/${encodeURIComponent(view.electionId)}/timetable`}
            download
          >
            {t('json')}
          </a>
        </li>
      </ul>
    </section>
  );
}
