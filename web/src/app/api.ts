/**
 * Fetching from the server. Errors come as `{error:{code,message,field}}`
 * (the message already in the language asked for); an ApiError keeps them so
 * a form can show the message beside the field at fault.
 */
import type { Lang } from './i18n.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
/** Set after login (the session's CSRF token goes with every write). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export async function getJson<T>(url: string, lang: Lang = 'id', init: RequestInit = {}): Promise<T> {
  return request<T>(url, { ...init, method: 'GET' }, lang);
}

export async function sendJson<T>(
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  body: unknown,
  lang: Lang = 'id',
): Promise<T> {
  return request<T>(url, { method, body: body === undefined ? undefined : JSON.stringify(body) }, lang);
}

async function request<T>(url: string, init: RequestInit, lang: Lang): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  headers.set('accept-language', lang);
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  if (init.method !== 'GET' && csrfToken !== null) headers.set('x-csrf-token', csrfToken);
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(
      0,
      'NETWORK_UNAVAILABLE',
      lang === 'id' ? 'Tidak ada koneksi ke server.' : 'No connection to the server.',
      null,
    );
  }
  const text = await response.text();
  const body: unknown = text === '' ? null : safeJson(text);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string; field?: string | null } } | null)
      ?.error;
    throw new ApiError(
      response.status,
      error?.code ?? `HTTP_${response.status}`,
      error?.message ?? response.statusText,
      error?.field ?? null,
    );
  }
  return body as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
