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
