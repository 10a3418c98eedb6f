/** Loading from the API in a component, and submitting a form: busy, error and result states. */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, getJson } from '../app/api.js';
import { useLang } from '../app/i18n.js';
import type { Data } from './types.js';

export interface Load<T> {
  readonly data: T | null;
  readonly error: ApiError | null;
  readonly loading: boolean;
  reload(): void;
}

/** GET `url` (nothing when null) and unwrap `{data}`; reloads when the url or language changes. */
export function useLoad<T>(url: string | null): Load<T> {
  const { lang } = useLang();
  const [state, setState] = useState<{ data: T | null; error: ApiError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: url !== null,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (url === null) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    getJson<Data<T>>(url, lang)
      .then((body) => live && setState({ data: body.data, error: null, loading: false }))
      .catch((e: unknown) => live && setState({ data: null, error: asApiError(e), loading: false }));
    return () => {
      live = false;
    };
  }, [url, lang, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}

export interface Submit {
  readonly busy: boolean;
  readonly error: ApiError | null;
  /** Run `action`; its error (as an ApiError) is kept for the form to show. */
  run<T>(action: () => Promise<T>): Promise<T | null>;
  clear(): void;
}

export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (e) {
      setError(asApiError(e));
      return null;
    } finally {
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, clear };
}

export function asApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError(0, 'CLIENT_ERROR', e instanceof Error ? e.message : String(e), null);
}

/** A query string from the set values only. */
export function query(params: Readonly<Record<string, string | number | undefined>>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}
