/**
 * The officer console (/konsol): sign in, then a menu by role — KPPS enter
 * the C.Hasil, saksi and PTPS attest or object, PPK and KPU sign the recap —
 * with the signing key and the outbox for everyone who signs. The server
 * enforces every right anyway; the menu only hides what a role cannot do.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useLang, useT } from '../app/i18n.js';
import { Link, navigate, useLocation, useTitle } from '../app/router.js';
import { AttestPage } from './AttestPage.js';
import { ChasilPage } from './ChasilPage.js';
import { KeyPage } from './KeyPage.js';
import { LoginPage } from '../session/LoginPage.js';
import { CONSOLE } from './messages.js';
import { QueuePanel } from './QueuePanel.js';
import { RecapPage } from './RecapPage.js';
import { cacheAppShell } from './shell-cache.js';
import { loadSession, logout } from '../session/session.js';
import type { ConsoleAccount } from '../session/session.js';
import { signsInConsole } from './signing.js';
import { useOnline } from './useOnline.js';

/** The role's name in the current language (the raw role when not listed). */
function roleLabel(t: ReturnType<typeof useT<keyof (typeof CONSOLE)['id']>>, role: string): string {
  const key = `role_${role}`;
  return Object.hasOwn(CONSOLE.id, key) ? t(key as keyof (typeof CONSOLE)['id']) : role;
}

type PageId = 'chasil' | 'attest' | 'recap' | 'queue' | 'key';
const PATHS: Readonly<Record<PageId, string>> = {
  chasil: '/konsol/chasil',
  attest: '/konsol/kesaksian',
  recap: '/konsol/rekap',
  queue: '/konsol/antrean',
  key: '/konsol/kunci',
};

export function pagesFor(role: string): PageId[] {
  const task: PageId[] =
    role === 'kpps'
      ? ['chasil']
      : role === 'saksi' || role === 'ptps'
        ? ['attest']
        : role === 'ppk' || role.startsWith('kpu-')
          ? ['recap']
          : [];
  return signsInConsole(role) ? [...task, 'queue', 'key'] : task;
}

export function ConsoleRoot(): ReactNode {
  const t = useT(CONSOLE);
  const { lang } = useLang();
  useTitle(t('title'));
  const [account, setAccount] = useState<ConsoleAccount | null | undefined>(undefined);
  useEffect(() => {
    cacheAppShell();
    void loadSession(lang).then(setAccount);
  }, [lang]);
  const signOut = useCallback(() => {
    void logout(lang).finally(() => setAccount(null));
  }, [lang]);
  if (account === undefined) return <p className="muted">{t('loading')}</p>;
  if (account === null) return <LoginPage onLogin={setAccount} title={t('title')} />;
  return <Console account={account} onSignOut={signOut} />;
}

function Console({ account, onSignOut }: { account: ConsoleAccount; onSignOut(): void }): ReactNode {
  const t = useT(CONSOLE);
  const { path } = useLocation();
  const online = useOnline();
  const pages = pagesFor(account.role);
  const current = pages.find((p) => path.startsWith(PATHS[p])) ?? null;
  useEffect(() => {
    const first = pages[0];
    if (current === null && first !== undefined) navigate(PATHS[first], { replace: true });
  }, [current, pages]);
  return (
    <section className="console">
      <div className="console-head">
        <div>
          <h1>{t('title')}</h1>
          <p className="muted" data-testid="console-account">
            {account.displayName} · {account.username} · {roleLabel(t, account.role)} · {account.scope}
          </p>
        </div>
        <div className="console-actions">
          <span className={online ? 'badge ok' : 'badge warn'} data-testid="online-state" role="status">
            {online ? t('online') : t('offline')}
          </span>
          <button type="button" className="secondary" onClick={onSignOut} disabled={!online}>
            {t('signOut')}
          </button>
        </div>
      </div>
      <nav className="console-menu" aria-label={t('menu')}>
        {pages.map((p) => (
          <Link key={p} to={PATHS[p]} aria-current={current === p ? 'page' : undefined}>
            {t(`menu_${p}`)}
          </Link>
        ))}
      </nav>
      {pages.length === 0 && <p className="notice">{t('noTasks')}</p>}
      {current === 'chasil' && <ChasilPage account={account} />}
      {current === 'attest' && <AttestPage account={account} />}
      {current === 'recap' && <RecapPage account={account} />}
      {current === 'queue' && <QueuePanel account={account} />}
      {current === 'key' && <KeyPage account={account} />}
    </section>
  );
}
