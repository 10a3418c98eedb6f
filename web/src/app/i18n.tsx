/**
 * Bahasa Indonesia first, English second. Each area keeps its own messages
 * (portal/messages.ts, console/messages.ts, …) as `{ id: {...}, en: {...} }`
 * with the same keys; `useT(messages)` picks the current language. The choice
 * is remembered in localStorage and set on <html lang>.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

export type Messages<K extends string> = { readonly id: Record<K, string>; readonly en: Record<K, string> };

/** Declare an area's messages; the type makes both languages carry every key. */
export function defineMessages<K extends string>(m: Messages<K>): Messages<K> {
  return m;
}

interface LangState {
  readonly lang: Lang;
  setLang(lang: Lang): void;
}

const LangContext = createContext<LangState>({ lang: 'id', setLang: () => undefined });
const STORAGE_KEY = 'saksi.lang';

function initialLang(): Lang {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'id' ? stored : 'id';
}

export function LangProvider({ children }: { children: ReactNode }): ReactNode {
  const [lang, set] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((l: Lang) => {
    window.localStorage.setItem(STORAGE_KEY, l);
    set(l);
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  return useContext(LangContext);
}

/** `t('key', { n: 3 })` replaces `{n}` in the message. */
export function useT<K extends string>(
  messages: Messages<K>,
): (key: K, vars?: Record<string, string | number>) => string {
  const { lang } = useLang();
  return useCallback(
    (key: K, vars?: Record<string, string | number>) => {
      let text = messages[lang][key];
      if (vars !== undefined)
        for (const [name, value] of Object.entries(vars)) text = text.replaceAll(`{${name}}`, String(value));
      return text;
    },
    [lang, messages],
  );
}

/** Numbers and dates the Indonesian way in `id` (1.234,5), the English way in `en`. */
export function useFormat(): {
  num(n: number, digits?: number): string;
  pct(x: number): string;
  date(iso: string): string;
} {
  const { lang } = useLang();
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  return useMemo(
    () => ({
      num: (n: number, digits = 0) =>
        n.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
      pct: (x: number) =>
        `${(x * 100).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`,
      date: (iso: string) =>
        new Date(iso).toLocaleString(locale, {
          dateStyle: 'medium',
          timeStyle: iso.length > 10 ? 'short' : undefined,
        }),
    }),
    [locale],
  );
}
