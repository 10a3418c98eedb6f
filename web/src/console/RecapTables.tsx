/** The recap screen's tables: the children and their status, the TPS issues, the D.Hasil to sign. */
import type { ReactNode } from 'react';
import type { DHasil } from '../../../src/core/forms/index.js';
import { useFormat, useT } from '../app/i18n.js';
import { CONSOLE } from './messages.js';
import type { ChildName, RecapViewData } from './recap-model.js';
import type { PairView } from './tps-info.js';

interface Props {
  readonly view: RecapViewData;
  readonly pairs: readonly PairView[];
  readonly names: ReadonlyMap<string, ChildName>;
  readonly body: DHasil;
}

export function RecapTables({ view, pairs, names, body }: Props): ReactNode {
  const t = useT(CONSOLE);
  const f = useFormat();
  const pairName = (id: string) => {
    const p = pairs.find((x) => x.id === id);
    return p === undefined ? id : p.emptyColumn ? t('emptyColumn') : `${p.ballotNumber}. ${p.name}`;
  };
  return (
    <>
      <h3>{t('children')}</h3>
      {view.children.length === 0 && <p className="notice">{t('childrenNone')}</p>}
      <div className="table-wrap">
        <table data-testid="recap-children">
          <thead>
            <tr>
              <th scope="col">{t('child')}</th>
              <th scope="col">{t('childStatus')}</th>
              {view.pairIds.map((id) => (
                <th key={id} scope="col" className="num" title={pairName(id)}>
                  {pairs.find((p) => p.id === id)?.ballotNumber ?? id}
                </th>
              ))}
              <th scope="col" className="num">
                {t('f_valid')}
              </th>
              <th scope="col" className="num">
                {t('f_invalid')}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.children.map((c) => {
              const n = names.get(c.code);
              return (
                <tr key={c.code}>
                  <th scope="row">
                    {n?.name ?? c.code} <small className="muted">{c.code}</small>
                  </th>
                  <td>
                    {c.source === 'dhasil'
                      ? t('childDhasil', { index: c.dhasilIndex ?? '' })
                      : t('childReported', { reported: c.reported, total: n?.tps ?? c.reported })}
                    {(c.status['objected'] ?? 0) > 0 && (
                      <span className="bad"> · {t('childObjected', { n: c.status['objected'] ?? 0 })}</span>
                    )}
                    {(c.status['corrected'] ?? 0) > 0 && (
                      <span className="warn">
                        {' '}
                        · {t('childCorrected', { n: c.status['corrected'] ?? 0 })}
                      </span>
                    )}
                  </td>
                  {view.pairIds.map((id) => (
                    <td key={id} className="num">
                      {f.num(c.figures.votes[id] ?? 0)}
                    </td>
                  ))}
                  <td className="num">{f.num(c.figures.valid)}</td>
                  <td className="num">{f.num(c.figures.invalid)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>{t('issues')}</h3>
      {view.issues.length === 0 ? (
        <p className="muted">{t('issuesNone')}</p>
      ) : (
        <ul data-testid="recap-issues">
          {view.issues.map((i) => (
            <li key={`${i.kind}-${i.index}-${i.text}`}>
              <span className={i.kind === 'objection' ? 'bad' : 'warn'}>{t(`issue_${i.kind}`)}</span> · TPS{' '}
              {i.tps} · {i.text}
              {i.plenary !== undefined && ` (${i.plenary})`} <span className="muted">#{i.index}</span>
            </li>
          ))}
          {view.moreIssues > 0 && <li className="muted">{t('issuesMore', { n: view.moreIssues })}</li>}
        </ul>
      )}
      <h3>{view.signed === null ? t('dhasilPreview') : t('dhasilSigned')}</h3>
      <div className="table-wrap">
        <table data-testid="dhasil-figures">
          <tbody>
            {view.pairIds.map((id) => (
              <tr key={id}>
                <th scope="row">{pairName(id)}</th>
                <td className="num" data-testid={`dhasil-votes-${id}`}>
                  {f.num((view.signed?.dhasil ?? body).votes[id] ?? 0)}
                </td>
              </tr>
            ))}
            {(['valid', 'invalid', 'total'] as const).map((k) => (
              <tr key={k}>
                <th scope="row">{t(`f_${k}`)}</th>
                <td className="num">{f.num((view.signed?.dhasil ?? body)[k])}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('f_voters_users_total')}</th>
              <td className="num">{f.num((view.signed?.dhasil ?? body).users.total)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
}
