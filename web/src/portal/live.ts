/**
 * Live data without reloading. One poller per tab reads the log's checkpoint
 * (a few hundred bytes, `no-cache`) every 10 seconds while the tab is
 * visible; when the tree size changes, every view on screen fetches its JSON
 * again. Results are a projection of the log, so nothing else changes them.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, getJson } from '../app/api.js';
import { useLang } from '../app/i18n.js';

const CHECKPOINT_POLL_MS = 10_000;

type Listener = (size: number) => void;
const listeners = new Set<Listener>();
let timer: number | undefined;
let lastSize: number | null = null;

async function pollCheckpoint(): Promise<void> {
  if (document.visibilityState === 'hidden') return;
  try {
    const response = await fetch('/log/checkpoint', { cache: 'no-cache' });
    if (!response.ok) return;
    const size = Number((await response.text()).split('\n')[1]);
    if (!Number.isSafeInteger(size)) return;
    if (lastSize !== null && size !== lastSize) for (const l of listeners) l(size);
    lastSize = size;
  } catch {
    // Offline for a moment: keep the figures on screen and try again later.
  }
}

function watchLog(listener: Listener): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    void pollCheckpoint();
    timer = window.setInterval(() => void pollCheckpoint(), CHECKPOINT_POLL_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      window.clearInterval(timer);
      timer = undefined;
    }
  };
}

export interface Live<T> {
  readonly data: T | null;
  readonly error: ApiError | null;
  readonly loading: boolean;
  /** When the data on screen was fetched. */
  readonly updatedAt: Date | null;
  reload(): void;
}

/** `{data}` of a JSON API address, refetched when the log grows; `url` null fetches nothing. */
export function useLiveJson<T>(url: string | null, options: { live?: boolean } = {}): Live<T> {
  const { lang } = useLang();
  const langRef = useRef(lang);
  langRef.current = lang;
  const [state, setState] = useState<{
    url: string | null;
    data: T | null;
    error: ApiError | null;
    at: Date | null;
  }>({ url: null, data: null, error: null, at: null });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    if (url === null) return;
    let cancelled = false;
    getJson<{ data: T }>(url, langRef.current).then(
      (body) => !cancelled && setState({ url, data: body.data, error: null, at: new Date() }),
      (e: unknown) => {
        if (cancelled) return;
        const error = e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', String(e), null);
        // A failed refresh keeps the figures already on screen.
        setState((s) => (s.url === url && s.data !== null ? s : { url, data: null, error, at: null }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [url, tick]);

  const live = options.live ?? true;
  useEffect(() => {
    if (url === null || !live) return;
    return watchLog(reload);
  }, [url, live, reload]);

  const current = state.url === url;
  return {
    data: current ? state.data : null,
    error: current ? state.error : null,
    loading: url !== null && !current,
    updatedAt: current ? state.at : null,
    reload,
  };
}
