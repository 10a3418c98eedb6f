import type { AuditEntry } from '../../store/index.js';

/**
 * An audit entry with its chain hashes. `before`/`after` are shown parsed;
 * their canonical text (what is hashed) is the key-sorted JSON of the same
 * values, so anyone can re-hash the chain from this view (core/audit).
 */
export function presentAuditEntry(e: AuditEntry) {
  return {
    seq: e.seq,
    at: e.at,
    channel: e.channel,
    actor: e.actorId === null ? null : { id: e.actorId, username: e.actorUsername, role: e.actorRole },
    ip: e.ip,
    action: e.action,
    target: { type: e.targetType, id: e.targetId },
    region: e.region,
    before: e.before === null ? null : (JSON.parse(e.before) as unknown),
    after: e.after === null ? null : (JSON.parse(e.after) as unknown),
    prevHash: e.prevHash,
    hash: e.hash,
  };
}
