/**
 * Erasing personal data (UU 27/2022 on personal-data protection): a kind's
 * personal fields set to null, on request by an authorised officer or when
 * the retention period has passed. The record itself stays (its region,
 * state and timeline are the public body's working record); the audit entry
 * names the fields erased and the reason, never their values.
 */
import type { KeyOf, RecordKind } from '../../core/records/index.js';
import { auditInput } from '../accounts/index.js';
import type { Origin } from '../accounts/index.js';
import type { RecordDeps } from './context.js';

export type ErasureReason = 'request' | 'retention';

export async function erasePersonal<R extends object>(
  deps: RecordDeps,
  kind: RecordKind<R>,
  origin: Origin,
  id: string,
  reason: ErasureReason,
  note: string | null = null,
): Promise<{ readonly erased: readonly string[] }> {
  return deps.store.records.transaction(async (tx) => {
    const repo = tx.of(kind);
    const r = await repo.byId(id);
    if (r === undefined) throw kind.notFound();
    const erased = kind.personal.filter((k) => r[k] !== null && r[k] !== undefined);
    if (erased.length > 0) {
      await repo.set(id, Object.fromEntries(erased.map((k) => [k, null])) as Partial<R>);
      await tx.audit.append(
        auditInput(origin, deps.clock(), {
          action: 'records.personal.erase',
          targetType: kind.name,
          targetId: id,
          region: String(r[kind.region]),
          after: { erased, reason, note },
        }),
      );
    }
    return { erased };
  });
}

/** Erase the personal fields of every record whose `key` is older than `days` days; how many were erased. */
export async function eraseExpired<R extends object>(
  deps: RecordDeps,
  kind: RecordKind<R>,
  origin: Origin,
  key: KeyOf<R>,
  days: number,
): Promise<number> {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`retention must be at least one day, got ${days}`);
  const before = new Date(deps.clock().getTime() - days * 86_400_000).toISOString();
  let n = 0;
  for (;;) {
    const ids = await deps.store.records.of(kind).withPersonalBefore(key, before, 500);
    if (ids.length === 0) return n;
    for (const id of ids)
      if ((await erasePersonal(deps, kind, origin, id, 'retention')).erased.length > 0) n += 1;
  }
}
