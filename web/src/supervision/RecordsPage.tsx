/**
 * /pengawasan/catat?form=…: record a supervision report (Formulir Model A),
 * a letter of appeal or prevention action, an APK enforcement, or a finding
 * (temuan). The region defaults to the officer's scope.
 */
import type { ReactNode } from 'react';
import { useT } from '../app/i18n.js';
import { Link, useLocation } from '../app/router.js';
import type { ConsoleAccount } from '../session/session.js';
import { ApkForm } from './ApkForm.js';
import { FindingForm } from './FindingForm.js';
import { ModelAForm } from './ModelAForm.js';
import { SUP } from './messages.js';
import type { SupKey } from './messages.js';
import { PreventionForm } from './PreventionForm.js';

const FORMS = ['model-a', 'prevention', 'apk', 'finding'] as const;
type FormId = (typeof FORMS)[number];

export function RecordsPage({ account }: { account: ConsoleAccount }): ReactNode {
  const t = useT(SUP);
  const { query } = useLocation();
  const asked = query.get('form');
  const form: FormId = (FORMS as readonly string[]).includes(asked ?? '') ? (asked as FormId) : 'model-a';
  const region = account.scope === 'national' ? '' : account.scope;
  return (
    <>
      <nav className="sup-tabs" aria-label={t('navRecord')}>
        {FORMS.map((f) => (
          <Link key={f} to={`/pengawasan/catat?form=${f}`} aria-current={f === form ? 'page' : undefined}>
            {t(`form_${f.replace('-', '_')}` as SupKey)}
          </Link>
        ))}
      </nav>
      {form === 'model-a' && <ModelAForm key={form} region={region} name={account.displayName} />}
      {form === 'prevention' && <PreventionForm key={form} region={region} />}
      {form === 'apk' && <ApkForm key={form} region={region} />}
      {form === 'finding' && <FindingForm key={form} region={region} />}
    </>
  );
}
