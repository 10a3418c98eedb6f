/**
 * The supervisors' pages under /pengawasan: sign in (the officer console's
 * session module: cookie session, CSRF token), then the menu — cases and
 * deadlines, recording activity, disputes, the recap. Accounts that are not
 * supervisors are told so; the server enforces every right anyway.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useLang, useT } from '../app/i18n.js';
import { Link, match, useLocation, useTitle } from '../app/router.js';
import { loadSession, logout } from '../session/session.js';
import type { ConsoleAccount } from '../session/session.js';
import { isSupervisorRole } from '../../../src/core/supervision/index.js';
import { CasePage } from './CasePage.js';
import { CasesPage } from './CasesPage.js';
import { DisputePage } from './DisputePage.js';
import { DisputesPage } from './DisputesPage.js';
import { KerawananPage } from './KerawananPage.js';
import { LoginPage } from '../session/LoginPage.js';
import { SUP } from './messages.js';
import type { SupKey } from './messages.js';
import { RecapPage } from './RecapPage.js';
import { RecordsPage } from './RecordsPage.js';
import { useVocabulary } from './vocabulary.js';

export function OfficerArea(): ReactNode {
  const t = useT(SUP);
  const { lang } = useLang();
  useTitle(t('area'));
  const [account, setAccount] = useState<ConsoleAccount | null | undefined>(undefined);
  useEffect(() => {
    void loadSession(lang).then(setAccount);
  }, [lang]);
  const signOut = useCallback(() => void logout(lang).finally(() => setAccount(null)), [lang]);
  if (account === undefined) return <p className="muted">{t('loading')}</p>;
  if (account === null) return <LoginPage onLogin={setAccount} title={t('loginTitle')} />;
  return <Officer account={account} onSignOut={signOut} />;
}

const MENU: ReadonlyArray<readonly [SupKey, string]> = [
  ['navCases', '/pengawasan'],
  ['navRecord', '/pengawasan/catat'],
  ['navDisputes', '/pengawasan/sengketa'],
  ['navRecap', '/pengawasan/rekap'],
  ['navKerawanan', '/pengawasan/kerawanan'],
  ['navStats', '/pengawasan/statistik'],
];

function Officer({ account, onSignOut }: { account: ConsoleAccount; onSignOut(): void }): ReactNode {
  const t = useT(SUP);
  const v = useVocabulary();
  const { path } = useLocation();
  const current = (to: string) =>
    (to === '/pengawasan' ? path === to || path.startsWith('/pengawasan/kasus') : path.startsWith(to))
      ? 'page'
      : undefined;
  return (
    <section className="sup-page">
      <div className="sup-head">
        <div>
          <h1>{t('area')}</h1>
          <p className="muted" data-testid="sup-account">
            {account.displayName} · {account.username} · {v.people(account.role)} · {account.scope}
          </p>
        </div>
        <button type="button" className="secondary" onClick={onSignOut}>
          {t('signOut')}
        </button>
      </div>
      <nav className="sup-menu" aria-label={t('menu')}>
        {MENU.map(([key, to]) => (
          <Link key={to} to={to} aria-current={current(to)}>
            {t(key)}
          </Link>
        ))}
      </nav>
      {isSupervisorRole(account.role) ? (
        <OfficerPage path={path} account={account} />
      ) : (
        <p className="notice">{t('notSupervisor')}</p>
      )}
    </section>
  );
}

function OfficerPage({ path, account }: { path: string; account: ConsoleAccount }): ReactNode {
  const t = useT(SUP);
  if (path === '/pengawasan') return <CasesPage account={account} />;
  const oneCase = match('/pengawasan/kasus/:id', path);
  if (oneCase?.id !== undefined) return <CasePage key={oneCase.id} id={oneCase.id} />;
  if (match('/pengawasan/catat', path) !== null) return <RecordsPage account={account} />;
  if (match('/pengawasan/sengketa', path) !== null) return <DisputesPage account={account} />;
  const dispute = match('/pengawasan/sengketa/:id', path);
  if (dispute?.id !== undefined) return <DisputePage key={dispute.id} id={dispute.id} account={account} />;
  if (match('/pengawasan/rekap', path) !== null) return <RecapPage account={account} />;
  if (match('/pengawasan/kerawanan', path) !== null) return <KerawananPage account={account} />;
  return <p className="notice">{t('notFound')}</p>;
}
