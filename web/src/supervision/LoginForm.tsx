/** Sign-in for supervisors (POST /api/auth/login through the console's session module). */
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useLang, useT } from '../app/i18n.js';
import { login } from '../console/session.js';
import type { ConsoleAccount } from '../console/session.js';
import { FieldError } from './form-kit.js';
import { SUP } from './messages.js';
import { useSubmit } from './use-api.js';

export function LoginForm({ onLogin }: { onLogin(account: ConsoleAccount): void }): ReactNode {
  const t = useT(SUP);
  const { lang } = useLang();
  const submit = useSubmit();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const send = (e: FormEvent) => {
    e.preventDefault();
    void submit.run(() => login(username, password, lang)).then((a) => a !== null && onLogin(a));
  };
  return (
    <section className="sup-page">
      <form onSubmit={send} className="card sup-form sup-login" aria-labelledby="sup-login-title">
        <h1 id="sup-login-title">{t('loginTitle')}</h1>
        <label htmlFor="sup-username">{t('username')}</label>
        <input
          id="sup-username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
        />
        <label htmlFor="sup-password">{t('password')}</label>
        <input
          id="sup-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        <FieldError id="sup-login-error" message={submit.error?.message ?? null} />
        <p>
          <button type="submit" disabled={submit.busy}>
            {t('signIn')}
          </button>
        </p>
      </form>
    </section>
  );
}
