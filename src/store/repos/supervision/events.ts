/** The timeline of a case or dispute: numbered 1, 2, … per subject, inside the writing transaction. */
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.js';
import type { SupervisionEvent } from '../../../core/supervision/index.js';
import { toEvent } from './rows.js';

export class SupervisionEventRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async append(e: Omit<SupervisionEvent, 'seq'>): Promise<SupervisionEvent> {
    const last = await this.db
      .selectFrom('supervision_event')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('subject_id', '=', e.subjectId)
      .executeTakeFirst();
    const event = { ...e, seq: Number(last?.seq ?? 0) + 1 };
    await this.db
      .insertInto('supervision_event')
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

  async list(subjectId: string): Promise<SupervisionEvent[]> {
    const rows = await this.db
      .selectFrom('supervision_event')
      .selectAll()
      .where('subject_id', '=', subjectId)
      .orderBy('seq')
      .execute();
    return rows.map(toEvent);
  }
}
