/**
 * Labels in the current language: categories and stages from the API's own
 * vocabulary (src/core/supervision/categories.ts), states, actions and
 * outcomes from messages.ts. Unknown values show as they are.
 */
import { useMemo } from 'react';
import { useLang } from '../app/i18n.js';
import type { Lang, Messages } from '../app/i18n.js';
import { CATEGORY_LABELS, STAGE_LABELS } from '../../../src/core/supervision/index.js';
import type { Message } from '../../../src/core/errors/index.js';
import {
  CASE_ACTION_LABELS,
  CASE_STATE_LABELS,
  DISPUTE_LABELS,
  OUTCOME_LABELS,
  PEOPLE_LABELS,
} from './messages.js';

export interface Vocabulary {
  readonly lang: Lang;
  category(id: string): string;
  stage(id: string): string;
  state(id: string): string;
  action(id: string): string;
  outcome(id: string | null): string;
  dispute(id: string): string;
  people(id: string): string;
  /** A local date (YYYY-MM-DD), as written, in words. */
  day(isoDate: string): string;
  /** An instant, with the time. */
  instant(iso: string): string;
}

function fromRecord(labels: Readonly<Record<string, Message>>, lang: Lang) {
  return (id: string) => (Object.hasOwn(labels, id) ? (labels[id] as Message)[lang] : id);
}

function fromMessages<K extends string>(m: Messages<K>, lang: Lang) {
  const table = m[lang] as Readonly<Record<string, string>>;
  return (id: string) => (Object.hasOwn(table, id) ? (table[id] as string) : id);
}

export function useVocabulary(): Vocabulary {
  const { lang } = useLang();
  return useMemo(() => {
    const outcome = fromMessages(OUTCOME_LABELS, lang);
    const locale = lang === 'id' ? 'id-ID' : 'en-GB';
    return {
      lang,
      category: fromRecord(CATEGORY_LABELS, lang),
      stage: fromRecord(STAGE_LABELS, lang),
      state: fromMessages(CASE_STATE_LABELS, lang),
      action: fromMessages(CASE_ACTION_LABELS, lang),
      outcome: (id: string | null) => (id === null ? '—' : outcome(id)),
      dispute: fromMessages(DISPUTE_LABELS, lang),
      people: fromMessages(PEOPLE_LABELS, lang),
      day: (isoDate: string) => formatDay(isoDate, locale),
      instant: (iso: string) =>
        new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    };
  }, [lang]);
}

function formatDay(isoDate: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (m === null) return isoDate;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
}
