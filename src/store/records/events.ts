/** The timeline of a record with a state machine: numbered 1, 2, … per subject, inside the writing transaction. */
import type { AnyDb } from './dynamic.js';

export interface RecordEvent {
  readonly subjectId: string;
  readonly seq: number;
  readonly at: string;
  readonly action: string;
  readonly fromState: string | null;
  readonly toState: string;
  readonly actorRole: string;
  readonly note: string | null;
}

interface EventRow {
  subject_id: string;
  seq: number | string;
  at: string;
  action: string;
  from_state: string | null;
  to_state: string;
  actor_role: string;
  note: string | null;
}

export class RecordEventRepo {
  constructor(
    private readonly db: AnyDb,
    private readonly table: string,
  ) {}

  async append(e: Omit<RecordEvent, 'seq'>): Promise<RecordEvent> {
    const last = (await this.db
      .selectFrom(this.table)
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('subject_id', '=', e.subjectId)
      .executeTakeFirst()) as { seq: number | string | null } | undefined;
    const event = { ...e, seq: Number(last?.seq ?? 0) + 1 };
    await this.db
      .insertInto(this.table)
      .values({
        subject_id: event.subjectId,
        seq: event.seq,
        at: event.at,
        action: event.action,
        from_state: event.fromState,
        to_state: event.toState,
        actor_role: event.actorRole,
        note: event.note,
      })
      .execute();
    return event;
  }

  async list(subjectId: string): Promise<RecordEvent[]> {
    const rows = (await this.db
      .selectFrom(this.table)
      .selectAll()
      .where('subject_id', '=', subjectId)
      .orderBy('seq')
      .execute()) as EventRow[];
    return rows.map((r) => ({
      subjectId: r.subject_id,
      seq: Number(r.seq),
      at: r.at,
      action: r.action,
      fromState: r.from_state,
      toState: r.to_state,
      actorRole: r.actor_role,
      note: r.note,
    }));
  }
}
