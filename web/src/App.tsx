/**
 * The shell: header with navigation and the language switch, then the area
 * for the path — the public portal (portal/), the officer console
 * (console/, loaded lazily: voters never download it).
 */
import { Component, Suspense, lazy } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { LangProvider, useLang, useT } from './app/i18n.js';
import { Link, useLocation } from './app/router.js';
import { SHELL } from './app/messages.js';
import { PortalRoot } from './portal/PortalRoot.js';

const ConsoleRoot = lazy(async () => ({ default: (await import('./console/ConsoleRoot.js')).ConsoleRoot }));
const SupervisionRoot = lazy(async () => ({
  default: (await import('./supervision/SupervisionRoot.js')).SupervisionRoot,
}));

type Area = 'portal' | 'console' | 'supervision';

/** Which area a path belongs to: the console and supervision load only when visited. */
function areaOf(path: string): Area {
  if (path.startsWith('/konsol')) return 'console';
  if (path.startsWith('/pengawasan') || path.startsWith('/lapor')) return 'supervision';
  return 'portal';
}

export function App(): ReactNode {
  return (
    <LangProvider>
      <Shell />
    </LangProvider>
  );
}

function Shell(): ReactNode {
  const t = useT(SHELL);
  const { lang, setLang } = useLang();
  const { path } = useLocation();
  const area = areaOf(path);
  return (
    <>
      <a className="skip" href="#main">
        {t('skip')}
      </a>
      <header className="top">
        <Link to="/" className="brand" aria-label="Saksi">
          <span className="brand-mark" aria-hidden="true">
            ✓
          </span>
          <span>
            <strong>Saksi</strong>
            <small>{t('tagline')}</small>
          </span>
        </Link>
        <nav aria-label="utama">
          <Link
            to="/"
            aria-current={
              path === '/' || path.startsWith('/hasil') || path.startsWith('/tps') ? 'page' : undefined
            }
          >
            {t('results')}
          </Link>
          <Link to="/kandidat" aria-current={path.startsWith('/kandidat') ? 'page' : undefined}>
            {t('candidates')}
          </Link>
          <Link to="/jadwal" aria-current={path.startsWith('/jadwal') ? 'page' : undefined}>
            {t('timetable')}
          </Link>
          <Link to="/unduh" aria-current={path.startsWith('/unduh') ? 'page' : undefined}>
            {t('downloads')}
          </Link>
          <Link to="/lapor" aria-current={path.startsWith('/lapor') ? 'page' : undefined}>
            {t('report')}
          </Link>
          <Link to="/konsol" aria-current={area === 'console' ? 'page' : undefined}>
            {t('console')}
          </Link>
        </nav>
        <button
          type="button"
          className="lang"
          data-testid="lang-switch"
          aria-label={`${t('language')}: ${t('switchTo')}`}
          onClick={() => setLang(lang === 'id' ? 'en' : 'id')}
        >
          {lang === 'id' ? 'EN' : 'ID'}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary title={t('error')}>
          <Suspense fallback={<p className="muted">{t('loading')}</p>}>
            {area === 'console' ? (
              <ConsoleRoot />
            ) : area === 'supervision' ? (
              <SupervisionRoot />
            ) : (
              <PortalRoot />
            )}
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="foot">
        <p>{t('footer')}</p>
        <p>
          <a href="/api/docs">API</a> · <a href="/log/checkpoint">checkpoint</a>
        </p>
      </footer>
    </>
  );
}

class ErrorBoundary extends Component<{ title: string; children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }
  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }
  override render(): ReactNode {
    if (this.state.error !== null)
      return (
        <div role="alert" className="alert">
          <strong>{this.props.title}</strong>: {this.state.error.message}
        </div>
      );
    return this.props.children;
  }
}
