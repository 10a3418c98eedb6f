/**
 * The "Verifikasi" button: loads the verifier chunk (core/log + @noble) on
 * first use and checks one form against the published log files only, then
 * says plainly what that proved and what it did not.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useLang, useT } from '../../app/i18n.js';
import { PORTAL } from '../messages.js';
import type { PortalKey } from '../messages.js';
import type { StepKey, VerifyOutcome, VerifyTarget } from './verify-entry.js';

const STEP_TEXT: Readonly<Record<StepKey, PortalKey>> = {
  policy: 'stepPolicy',
  checkpoint: 'stepCheckpoint',
  witnesses: 'stepWitnesses',
  entry: 'stepEntry',
  content: 'stepContent',
  inclusion: 'stepInclusion',
};
const STEP_NAME: Readonly<Record<StepKey, PortalKey>> = {
  policy: 'checkPolicy',
  checkpoint: 'checkCheckpoint',
  witnesses: 'checkWitnesses',
  entry: 'checkEntry',
  content: 'checkContent',
  inclusion: 'checkInclusion',
};

async function fetchLog(path: string): Promise<Uint8Array> {
  const response = await fetch(`/log/${path}`, { cache: path === 'checkpoint' ? 'no-cache' : 'default' });
  if (!response.ok) throw new Error(`/log/${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function VerifyPanel({ target }: { target: VerifyTarget }): ReactNode {
  const t = useT(PORTAL);
  const { lang } = useLang();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<VerifyOutcome | null>(null);
  const run = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const { verifyEntry } = await import('./verify-entry.js');
      setOutcome(await verifyEntry(target, fetchLog));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="verify" data-testid={`verify-${target.index}`}>
      <p className="muted small">{t('verifyIntro')}</p>
      <button type="button" onClick={() => void run()} disabled={busy} aria-busy={busy}>
        {busy ? t('verifying') : t('verify')}
      </button>
      <div aria-live="polite">
        {outcome !== null && (
          <div
            className={outcome.ok ? 'verify-result ok-box' : 'verify-result bad-box'}
            data-testid="verify-result"
            data-ok={outcome.ok}
          >
            <p role={outcome.ok ? 'status' : 'alert'}>
              <strong>
                {outcome.ok
                  ? t('verifyOk', { index: target.index })
                  : t('verifyFailed', { reason: outcome.reason[lang] })}
              </strong>
            </p>
            <ol className="steps">
              {outcome.steps.map((s) => (
                <li key={s.key}>
                  <span aria-hidden="true">✓ </span>
                  {t(STEP_TEXT[s.key], s.vars)}
                </li>
              ))}
              {!outcome.ok && (
                <li className="bad">
                  <span aria-hidden="true">✗ </span>
                  {t(STEP_NAME[outcome.failed])}: {outcome.reason[lang]}
                </li>
              )}
            </ol>
            <p>{t('proves')}</p>
            <p>{t('notProves')}</p>
            <p className="muted small">{t('policyNote')}</p>
          </div>
        )}
      </div>
    </div>
  );
}
