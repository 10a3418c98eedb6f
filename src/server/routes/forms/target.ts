/**
 * Which region (and pair) a statement concerns, read from its body before
 * it is checked — only to decide whether the HTTP account may carry it. The
 * statement's own authority is its signature and key scope, checked later.
 */
import { parseRegionCode } from '../../../core/regions/index.js';
import type { Target } from '../../policies/index.js';

export function statementTarget(statement: unknown, pairOf?: (keyId: string) => string | undefined): Target {
  const s = (statement ?? {}) as { body?: Record<string, unknown>; keyId?: unknown };
  const body = s.body ?? {};
  const form = (body['form'] ?? {}) as Record<string, unknown>;
  const raw =
    body['tps'] ??
    form['tps'] ??
    body['region'] ??
    (body['scope'] as Record<string, unknown> | undefined)?.['region'];
  let region: Target['region'] = null;
  if (typeof raw === 'string') {
    try {
      region = raw === 'national' ? 'national' : parseRegionCode(raw);
    } catch {
      region = null;
    }
  }
  const pairId = typeof s.keyId === 'string' ? (pairOf?.(s.keyId) ?? null) : null;
  return { region, pairId };
}
