/** The children of a level with their own figures, and a CSV of exactly this table. */
import type { ReactNode } from 'react';
import { CsvButton } from '../../app/components/CsvButton.js';
import { useFormat, useT } from '../../app/i18n.js';
import { Link } from '../../app/router.js';
import { byBallot, leaderOf } from '../links.js';
import { PORTAL } from '../messages.js';
import type { Figures, RegionRef, ResultPair } from '../types.js';

type Child = RegionRef & { totals: Figures; leaderCalled: boolean };

export function ChildrenTable(props: {
  title: string;
  pairs: readonly ResultPair[];
  children: readonly Child[];
  href: (code: string) => string;
  filename: string;
}): ReactNode {
  const t = useT(PORTAL);
  const f = useFormat();
  const pairs = byBallot(props.pairs);
  /** A region none of whose TPS has reported shows "—", not zeros that read as counted. */
  const reported = (c: Child) => c.totals.progress.reported > 0;
  const turnout = (c: Child) => (c.totals.dpt.total > 0 ? c.totals.users.total / c.totals.dpt.total : null);
  const csvRows = () => [
    [
      'code',
      'name',
      'tps_reported',
      'tps_total',
      ...pairs.map((p) => `votes_${p.ballotNumber}_${p.id}`),
      'valid',
      'invalid',
      'total',
      'dpt',
      'dpt_reporting',
      'users',
    ],
    ...props.children.map((c) => [
      c.code,
      c.name,
      c.totals.progress.reported,
      c.totals.progress.total,
      ...pairs.map((p) => c.totals.votes[p.id] ?? 0),
      c.totals.valid,
      c.totals.invalid,
      c.totals.total,
      c.totals.registryDpt,
      c.totals.dpt.total,
      c.totals.users.total,
    ]),
  ];
  return (
    <section aria-labelledby="children-h">
      <div className="section-head">
        <h2 id="children-h">{props.title}</h2>
        <CsvButton filename={props.filename} rows={csvRows} label={t('downloadTable', { name: props.title })}>
          {t('csv')}
        </CsvButton>
      </div>
      <div className="table-wrap">
        <table data-testid="children-table">
          <thead>
            <tr>
              <th scope="col">{t('region')}</th>
              <th scope="col" className="num">
                {t('reported')}
              </th>
              {pairs.map((p) => (
                <th scope="col" className="num" key={p.id} title={p.name}>
                  {p.ballotNumber}
                </th>
              ))}
              <th scope="col" className="num">
                {t('valid')}
              </th>
              <th scope="col" className="num">
                {t('invalid')}
              </th>
              <th scope="col" className="num">
                {t('turnout')}
              </th>
              <th scope="col">{t('leader')}</th>
            </tr>
          </thead>
          <tbody>
            {props.children.map((c) => {
              // A child with too few TPS reported names no leader (core/elections/leader-call.ts).
              const leader = c.leaderCalled ? leaderOf(pairs, c.totals.votes) : null;
              const to = turnout(c);
              return (
                <tr key={c.code} data-code={c.code}>
                  <th scope="row">
                    <Link to={props.href(c.code)}>{c.name}</Link>
                  </th>
                  <td className="num">
                    {f.num(c.totals.progress.reported)}/{f.num(c.totals.progress.total)}
                  </td>
                  {pairs.map((p) => (
                    <td className="num" key={p.id}>
                      {reported(c) ? f.num(c.totals.votes[p.id] ?? 0) : t('none')}
                    </td>
                  ))}
                  <td className="num">{reported(c) ? f.num(c.totals.valid) : t('none')}</td>
                  <td className="num">{reported(c) ? f.num(c.totals.invalid) : t('none')}</td>
                  <td className="num">{to === null ? t('none') : f.pct(to)}</td>
                  <td>{leader === null ? t('none') : leader.ballotNumber}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
