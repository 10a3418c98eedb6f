/** A timeline step as the API shows it. */
import type { RecordEvent } from '../../store/records/index.js';

export function presentEvent(e: RecordEvent) {
  return {
    seq: e.seq,
    at: e.at,
    action: e.action,
    from: e.fromState,
    to: e.toState,
    actorRole: e.actorRole,
    note: e.note,
  };
}
