/**
 * The audit trail is hash-chained: each entry stores
 *   hash = SHA-256("saksi-audit-v1\n" || prevHash || "\n" || canonical content)
 * where prevHash is the previous entry's hash (64 zeros before the first).
 * Editing, inserting or removing a past entry changes every hash after it,
 * which `ChainVerifier` detects. A chain alone cannot show that its newest
 * entries were cut off: publishing the head hash (e.g. to the transparency
 * log) anchors it.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical.js';

export const AUDIT_HASH_PREFIX = 'saksi-audit-v1';
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/** One entry's content, exactly as stored (before/after are canonical JSON text or null). */
export interface AuditContent {
  readonly seq: number;
  readonly at: string;
  readonly channel: string;
  readonly actorId: string | null;
  readonly actorUsername: string | null;
  readonly actorRole: string | null;
  readonly ip: string | null;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly region: string | null;
  readonly before: string | null;
  readonly after: string | null;
}

export interface ChainedAuditEntry extends AuditContent {
  readonly prevHash: string;
  readonly hash: string;
}

export function auditHash(prevHash: string, content: AuditContent): string {
  const fields = {
    seq: content.seq,
    at: content.at,
    channel: content.channel,
    actorId: content.actorId,
    actorUsername: content.actorUsername,
    actorRole: content.actorRole,
    ip: content.ip,
    action: content.action,
    targetType: content.targetType,
    targetId: content.targetId,
    region: content.region,
    before: content.before,
    after: content.after,
  };
  const text = `${AUDIT_HASH_PREFIX}\n${prevHash}\n${canonicalJson(fields)}`;
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}

export type ChainResult =
  | { readonly ok: true; readonly checked: number; readonly head: string }
  | {
      readonly ok: false;
      readonly checked: number;
      readonly brokenAt: number;
      readonly reason: 'sequence-gap' | 'prev-hash-mismatch' | 'hash-mismatch';
    };

/** Feed entries in sequence order (in pages if need be); `result()` says whether the chain holds. */
export class ChainVerifier {
  private expectedSeq = 1;
  private prev = AUDIT_GENESIS_HASH;
  private checked = 0;
  private broken: ChainResult | null = null;

  push(entry: ChainedAuditEntry): boolean {
    if (this.broken !== null) return false;
    const fail = (reason: 'sequence-gap' | 'prev-hash-mismatch' | 'hash-mismatch') => {
      this.broken = { ok: false, checked: this.checked, brokenAt: entry.seq, reason };
      return false;
    };
    if (entry.seq !== this.expectedSeq) return fail('sequence-gap');
    if (entry.prevHash !== this.prev) return fail('prev-hash-mismatch');
    if (auditHash(this.prev, entry) !== entry.hash) return fail('hash-mismatch');
    this.prev = entry.hash;
    this.expectedSeq += 1;
    this.checked += 1;
    return true;
  }

  result(): ChainResult {
    return this.broken ?? { ok: true, checked: this.checked, head: this.prev };
  }
}
