import { SaksiError } from '../errors/index.js';

/** Why verification stopped: a stable code, the entry index when one is at fault, and the reason. */
export interface VerifyFailure {
  readonly kind: 'verify-failure';
  readonly code: string;
  /** The underlying error's code (e.g. FORM_RULES_FAILED), when there is one. */
  readonly cause?: string;
  readonly index?: number;
  readonly reason: { readonly id: string; readonly en: string };
}

export function verifyFailure(
  code: string,
  index: number | undefined,
  id: string,
  en: string,
  cause?: string,
): VerifyFailure {
  return {
    kind: 'verify-failure',
    code,
    ...(cause === undefined ? {} : { cause }),
    ...(index === undefined ? {} : { index }),
    reason: { id, en },
  };
}

/** Any error met while verifying, as the failure to report (entry refusals keep their own code as the cause). */
export function asFailure(e: unknown, index?: number): VerifyFailure {
  if (typeof e === 'object' && e !== null && 'kind' in e && (e as VerifyFailure).kind === 'verify-failure')
    return e as VerifyFailure;
  if (e instanceof SaksiError)
    return verifyFailure('VERIFY_ENTRY_REFUSED', index, e.messages.id, e.messages.en, e.code);
  return verifyFailure('VERIFY_ERROR', index, String(e), String(e));
}
