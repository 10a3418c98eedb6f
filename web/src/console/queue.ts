/**
 * The outbox: every signed statement is first written to IndexedDB, then
 * sent; what cannot be sent (offline, server busy) waits and is sent again
 * when the connection returns (the `online` event, a timer, or by hand).
 * Sending twice is harmless: the server answers the same statement with its
 * first index. A refusal (a rule, a key problem) is kept with its message.
 */
import { useEffect, useState } from 'react';
import type { Envelope } from '../../../src/core/statements/index.js';
import type { Lang } from '../app/i18n.js';
import { dbAll, dbDelete, dbPut } from './db.js';
import { csrfFromCookie, isOnline } from '../session/session.js';

export type Route = '/api/forms' | '/api/attestations';

export interface QueueItem {
  readonly id: string;
  readonly username: string;
  readonly route: Route;
  /** What it is, for the list (e.g. "C.Hasil TPS 001 · Wali Kota"). */
  readonly label: string;
  readonly envelope: Envelope;
  readonly createdAt: string;
  readonly state: 'pending' | 'accepted' | 'refused';
  readonly index?: number;
  readonly leafHash?: string;
  readonly error?: { code: string; message: string; details: string[] };
}

const listeners = new Set<() => void>();
let syncing: Promise<void> | null = null;

function changed(): void {
  for (const l of listeners) l();
}

export async function enqueue(item: Omit<QueueItem, 'id' | 'createdAt' | 'state'>): Promise<QueueItem> {
  const full: QueueItem = {
    ...item,
    id: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    state: 'pending',
  };
  await dbPut('queue', full);
  changed();
  return full;
}

export async function queueItems(username: string): Promise<QueueItem[]> {
  const all = await dbAll<QueueItem>('queue');
  return all.filter((i) => i.username === username).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function removeItem(id: string): Promise<void> {
  await dbDelete('queue', id);
  changed();
}

/** Send every pending item of `username`, oldest first; stops at the first network failure. */
export function syncQueue(username: string, lang: Lang): Promise<void> {
  syncing ??= (async () => {
    try {
      for (const item of await queueItems(username)) {
        if (item.state !== 'pending') continue;
        if (!isOnline()) return;
        const next = await send(item, lang);
        if (next === null) return;
        await dbPut('queue', next);
        changed();
      }
    } finally {
      syncing = null;
    }
  })();
  return syncing;
}

interface Answer {
  data?: { index: number; leafHash: string };
  error?: { code: string; message: string; details?: Array<{ message: string }> };
}

/** The item answered, or null when it must wait (no connection, server busy, session gone). */
async function send(item: QueueItem, lang: Lang): Promise<QueueItem | null> {
  let response: Response;
  try {
    response = await fetch(`${item.route}?lang=${lang}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        'accept-language': lang,
        'x-csrf-token': csrfFromCookie() ?? '',
      },
      body: JSON.stringify(item.envelope),
    });
  } catch {
    return null;
  }
  const body = (await response.json().catch(() => ({}))) as Answer;
  if (response.ok && body.data !== undefined)
    return { ...item, state: 'accepted', index: body.data.index, leafHash: body.data.leafHash };
  if (response.status === 401 || response.status === 429 || response.status >= 500) return null;
  const e = body.error ?? { code: `HTTP_${response.status}`, message: response.statusText };
  return {
    ...item,
    state: 'refused',
    error: { code: e.code, message: e.message, details: (e.details ?? []).map((d) => d.message) },
  };
}

/** The queue of `username`, live; syncs on mount, when the connection returns and every 15 s. */
export function useQueue(username: string, lang: Lang): { items: QueueItem[]; sync(): void } {
  const [items, setItems] = useState<QueueItem[]>([]);
  useEffect(() => {
    let alive = true;
    const reload = () => void queueItems(username).then((list) => alive && setItems(list));
    const sync = () => void syncQueue(username, lang);
    listeners.add(reload);
    window.addEventListener('online', sync);
    const timer = window.setInterval(sync, 15_000);
    reload();
    sync();
    return () => {
      alive = false;
      listeners.delete(reload);
      window.removeEventListener('online', sync);
      window.clearInterval(timer);
    };
  }, [username, lang]);
  return { items, sync: () => void syncQueue(username, lang) };
}
