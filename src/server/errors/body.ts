/** The JSON shape of every error response: `{ error: { code, message, field?, details? } }`. */
import type { Lang, Problem } from '../../core/errors/index.js';
import { SaksiError } from '../../core/errors/index.js';

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    field?: string;
    details?: Array<{ code: string; fields: readonly string[]; message: string }>;
  };
}

export function errorBody(e: SaksiError, lang: Lang): ErrorBody {
  const body: ErrorBody = { error: { code: e.code, message: e.text(lang) } };
  if (e.field !== undefined) body.error.field = e.field;
  if (e.problems.length > 0)
    body.error.details = e.problems.map((p: Problem) => ({
      code: p.code,
      fields: p.fields,
      message: p.message[lang],
    }));
  return body;
}

export { SaksiError };
