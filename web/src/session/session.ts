/**
 * The signed-in officer. The session cookie is HttpOnly; the CSRF token is
 * the readable `saksi_csrf` cookie (src/server/security/cookies.ts), so it is
 * recovered after a reload without asking the server. The account (no secret
 * in it) is remembered in localStorage so that the console still opens, with
 * its queue, when the device is offline.
 */
import type { z } from 'zod';
import type { SessionAccount, SessionResult } from '../../../src/api/console/index.js';
import { getJson, sendJson, setCsrfToken } from '../app/api.js';
import type { Lang } from '../app/i18n.js';

/** The signed-in account as the officer areas keep it (src/api/console/session.ts). */
export type ConsoleAccount = z.infer<typeof SessionAccount>;

const ACCOUNT_KEY = 'saksi.console.account';
const CSRF_COOKIE = 'saksi_csrf';

type SessionBody = z.infer<typeof SessionResult>;

export function isOnline(): boolean {
  return navigator.onLine;
}

export function csrfFromCookie(): string | null {
  for (const part of document.cookie.split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === CSRF_COOKIE && value !== undefined && value !== '') return value;
  }
  return null;
}

export function cachedAccount(): ConsoleAccount | null {
  const raw = window.localStorage.getItem(ACCOUNT_KEY);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as ConsoleAccount;
  } catch {
    return null;
  }
}

function remember(account: ConsoleAccount | null): ConsoleAccount | null {
  if (account === null) window.localStorage.removeItem(ACCOUNT_KEY);
  else {
    const { username, displayName, role, scope, pairId } = account;
    window.localStorage.setItem(ACCOUNT_KEY, JSON.stringify({ username, displayName, role, scope, pairId }));
  }
  return account;
}

/** The current session: from the server when online, else the remembered account. */
export async function loadSession(lang: Lang): Promise<ConsoleAccount | null> {
  const csrf = csrfFromCookie();
  setCsrfToken(csrf);
  // The CSRF cookie comes and goes with the session: without it there is none to ask about.
  if (csrf === null) return remember(null);
  if (!isOnline()) return cachedAccount();
  try {
    const body = await getJson<SessionBody>('/api/auth/session', lang);
    return remember(body.data.account);
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 0) return cachedAccount();
    return remember(null);
  }
}

export async function login(username: string, password: string, lang: Lang): Promise<ConsoleAccount> {
  const body = await sendJson<SessionBody>('POST', '/api/auth/login', { username, password }, lang);
  setCsrfToken(body.data.csrfToken ?? csrfFromCookie());
  return remember(body.data.account) as ConsoleAccount;
}

export async function logout(lang: Lang): Promise<void> {
  try {
    await sendJson('POST', '/api/auth/logout', {}, lang);
  } finally {
    setCsrfToken(null);
    remember(null);
  }
}
