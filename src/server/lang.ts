/**
 * The language of human messages: Indonesian by default, English when the
 * request asks for it (`?lang=en`, or `Accept-Language` preferring English
 * over Indonesian).
 */
import type { FastifyRequest } from 'fastify';
import type { Lang } from '../core/errors/index.js';

export function requestLang(req: FastifyRequest): Lang {
  const q = (req.query as Record<string, unknown> | undefined)?.['lang'];
  if (q === 'en' || q === 'id') return q;
  return preferredLang(req.headers['accept-language']);
}

/** Pick `en` only when English is ranked above Indonesian (RFC 9110 §12.5.4 q-values). */
export function preferredLang(header: string | undefined): Lang {
  if (header === undefined) return 'id';
  let best: { lang: Lang; q: number } = { lang: 'id', q: -1 };
  for (const part of header.slice(0, 512).split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    const lang: Lang | null = tag.startsWith('en')
      ? 'en'
      : tag.startsWith('id') || tag.startsWith('in')
        ? 'id'
        : null;
    if (lang !== null && Number.isFinite(q) && q > best.q) best = { lang, q };
  }
  return best.lang;
}
