/**
 * Import the officer's signing key, see its key id and whether the log's
 * registration fits the account (role, region, pair). See signing.ts for how
 * a real deployment would enrol keys instead.
 */
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { getJson } from '../app/api.js';
import { useLang, useT } from '../app/i18n.js';
import { CONSOLE } from './messages.js';
import type { ConsoleAccount } from '../session/session.js';
import { forgetKey, keyProblems, loadKey, saveKey } from './signing.js';
import type { KeyProblem, RegisteredKeyView, StoredKey } from './signing.js';

type Check = { state: 'unknown' } | { state: 'unregistered' } | { state: 'checked'; problems: KeyProblem[] };

export function useStoredKey(
  username: string,
): [StoredKey | null | undefined, (k: StoredKey | null) => void] {
  const [key, setKey] = useState<StoredKey | null | undefined>(undefined);
  useEffect(() => {
    void loadKey(username).then((k) => setKey(k ?? null));
  }, [username]);
  return [key, setKey];
}

export function KeyPage({ account }: { account: ConsoleAccount }): ReactNode {
  const t = useT(CONSOLE);
  const { lang } = useLang();
  const [key, setKey] = useStoredKey(account.username);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [check, setCheck] = useState<Check>({ state: 'unknown' });
  useEffect(() => {
    if (key === null || key === undefined || !navigator.onLine) return setCheck({ state: 'unknown' });
    getJson<{ data: RegisteredKeyView }>(`/api/keys/${key.keyId}`, lang)
      .then((r) => setCheck({ state: 'checked', problems: keyProblems(r.data, account) }))
      .catch(() => setCheck({ state: 'unregistered' }));
  }, [key, account, lang]);
  const importKey = () => {
    setError(null);
    saveKey(account.username, text)
      .then((k) => {
        setKey(k);
        setText('');
      })
      .catch(() => setError(t('keyInvalid')));
  };
  return (
    <section aria-labelledby="key-title">
      <h2 id="key-title">{t('keyTitle')}</h2>
      {key !== null && key !== undefined ? (
        <div className="card" data-testid="key-info">
          <p>
            {t('keyId')}: <code data-testid="key-id">{key.keyId}</code>
          </p>
          <p className="muted">
            {t('keyName')}: {key.name}
          </p>
          <KeyCheck check={check} />
          <button
            type="button"
            className="secondary"
            onClick={() => void forgetKey(account.username).then(() => setKey(null))}
          >
            {t('keyForget')}
          </button>
        </div>
      ) : (
        <p className="notice">{t('keyNone')}</p>
      )}
      <label htmlFor="skey">{t('keyPaste')}</label>
      <textarea
        id="skey"
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        spellCheck={false}
        autoComplete="off"
        placeholder="PRIVATE+KEY+…"
      />
      {error !== null && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <p>
        <button type="button" onClick={importKey} disabled={text.trim() === ''}>
          {t('keyImport')}
        </button>
      </p>
      <p className="muted">{t('keyNote')}</p>
    </section>
  );
}

function KeyCheck({ check }: { check: Check }): ReactNode {
  const t = useT(CONSOLE);
  if (check.state === 'unknown') return <p className="muted">{t('keyCheckOffline')}</p>;
  if (check.state === 'unregistered')
    return (
      <p className="bad" data-testid="key-check">
        {t('keyUnregistered')}
      </p>
    );
  if (check.problems.length === 0)
    return (
      <p className="ok" data-testid="key-check">
        ✓ {t('keyFits')}
      </p>
    );
  return (
    <ul className="bad" data-testid="key-check">
      {check.problems.map((p) => (
        <li key={p}>{t(`keyProblem_${p}`)}</li>
      ))}
    </ul>
  );
}
