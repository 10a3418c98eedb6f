/** Sign in with username and password (POST /api/auth/login). */
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { ApiError } from '../app/api.js';
import { useLang, useT } from '../app/i18n.js';
import { SESSION } from './messages.js';
import { login } from './session.js';
import type { ConsoleAccount } from './session.js';

/** Sign-in for every officer area (the console, Bawaslu's pages); `title` names the area. */
export function LoginPage({
  onLogin,
  title,
}: {
  onLogin(account: ConsoleAccount): void;
  title: string;
}): ReactNode {
  const t = useT(SESSION);
  const { lang } = useLang();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    login(username, password, lang)
      .then(onLogin)
      .catch((err: unknown) => setError(err instanceof ApiError ? err.message : t('loginFailed')))
      .finally(() => setBusy(false));
  };
  return (
    <section className="console">
      <h1>{title}</h1>
      <form onSubmit={submit} className="card login" aria-labelledby="login-title">
        <h2 id="login-title">{t('loginTitle')}</h2>
        <label htmlFor="login-username">{t('username')}</label>
        <input
          id="login-username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
        />
        <label htmlFor="login-password">{t('password')}</label>
        <input
          id="login-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        {error !== null && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <p>
          <button type="submit" disabled={busy || !navigator.onLine}>
            {t('signIn')}
          </button>
        </p>
        <p className="muted">{t('loginHelp')}</p>
      </form>
    </section>
  );
}
