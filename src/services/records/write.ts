/**
 * Writing records of any kind: the record, its timeline's first step (for
 * kinds with a state machine) and the audit entry commit in one
 * transaction; a transition is decided on the record as read inside that
 * transaction and written only if the state has not moved meanwhile.
 */
import type { KeyOf, RecordKind } from '../../core/records/index.js';
import { auditInput } from '../accounts/index.js';
import type { Origin } from '../accounts/index.js';
import type { RecordDeps } from './context.js';
import { roleOf } from './context.js';

export interface CreateOptions {
  /** The audit action, when not the kind's `create` (the public intake has its own). */
  readonly auditAction?: string;
  /** The role the timeline names (default: the caller's). */
  readonly actorRole?: string;
}

function field<R extends object>(r: R, key: KeyOf<R>): string {
  return String(r[key]);
}

export async function createRecord<R extends object>(
  deps: RecordDeps,
  kind: RecordKind<R>,
  origin: Origin,
  record: R,
  options: CreateOptions = {},
): Promise<R> {
  if (kind.source !== 'api') throw new Error(`${kind.name} is projected from the log`);
  const id = field(record, 'id' as KeyOf<R>);
  await deps.store.records.transaction(async (tx) => {
    await tx.of(kind).insert(record);
    const m = kind.machine;
    if (m !== undefined)
      await tx.events(kind).append({
        subjectId: id,
        at: field(record, m.firstEvent.at),
        action: m.firstEvent.action,
        fromState: null,
        toState: field(record, m.state),
        actorRole: options.actorRole ?? roleOf(origin),
        note: null,
      });
    await tx.audit.append(
      auditInput(origin, deps.clock(), {
        action: options.auditAction ?? kind.audit.create,
        targetType: kind.name,
        targetId: id,
        region: field(record, kind.region),
        after: kind.audit.snapshot(record),
      }),
    );
  });
  return record;
}

/** What a transition decides: the new state, the other fields it changes, the note on the timeline. */
export interface Change<R> {
  readonly state: string;
  readonly patch: Partial<R>;
  readonly note: string | null;
}

export async function transitionRecord<R extends object>(
  deps: RecordDeps,
  kind: RecordKind<R>,
  origin: Origin,
  id: string,
  action: string,
  decide: (current: R, role: string) => Change<R>,
): Promise<R> {
  const m = kind.machine;
  if (m === undefined) throw new Error(`${kind.name} has no state machine`);
  const role = roleOf(origin);
  return deps.store.records.transaction(async (tx) => {
    const repo = tx.of(kind);
    const before = await repo.byId(id);
    if (before === undefined) throw kind.notFound();
    const change = decide(before, role);
    const now = deps.clock().toISOString();
    const patch = { ...change.patch, [m.state]: change.state, [m.updatedAt]: now } as Partial<R>;
    if (!(await repo.update(id, field(before, m.state), patch))) throw m.movedMeanwhile();
    const after = (await repo.byId(id)) as R;
    await tx.events(kind).append({
      subjectId: id,
      at: now,
      action,
      fromState: field(before, m.state),
      toState: change.state,
      actorRole: role,
      note: change.note,
    });
    await tx.audit.append(
      auditInput(origin, deps.clock(), {
        action: kind.audit.transition ?? `${kind.name}.transition`,
        targetType: kind.name,
        targetId: id,
        region: field(before, kind.region),
        before: kind.audit.snapshot(before),
        after: { ...kind.audit.snapshot(after), action, note: change.note },
      }),
    );
    return after;
  });
}
