/**
 * Domain errors are data: a stable code, the field at fault and a message in
 * Indonesian and English. They know nothing of HTTP; the server maps codes to
 * statuses in one place (src/server/errors/status.ts).
 */

/** A human message in both of the product's languages. Indonesian first. */
export interface Message {
  readonly id: string;
  readonly en: string;
}

export type Lang = 'id' | 'en';

/** One problem found in an input: several may be reported at once. */
export interface Problem {
  /** Stable, upper-snake code, e.g. `FORM_SUM_MISMATCH`. Never reworded. */
  readonly code: string;
  /** Paths of the fields at fault, e.g. `['votes.total', 'administration.valid']`. */
  readonly fields: readonly string[];
  readonly message: Message;
}

/**
 * The one error class thrown across layers. `code` is stable; `field` names
 * the input at fault when there is one; `problems` lists every rule that
 * failed when an input broke several at once.
 */
export class SaksiError extends Error {
  readonly code: string;
  readonly field: string | undefined;
  readonly messages: Message;
  readonly problems: readonly Problem[];

  constructor(
    code: string,
    message: Message,
    options: { field?: string; problems?: readonly Problem[]; cause?: unknown } = {},
  ) {
    super(message.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SaksiError';
    this.code = code;
    this.messages = message;
    this.field = options.field;
    this.problems = options.problems ?? [];
  }

  /** The message in the requested language. */
  text(lang: Lang): string {
    return this.messages[lang];
  }
}

/** Shorthand for a bilingual message. */
export function msg(id: string, en: string): Message {
  return { id, en };
}

export function problem(code: string, fields: readonly string[], message: Message): Problem {
  return { code, fields, message };
}

export function isSaksiError(e: unknown): e is SaksiError {
  return e instanceof SaksiError;
}
