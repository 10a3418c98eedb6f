import { describe, expect, it } from 'vitest';
import { AUDIT_GENESIS_HASH, ChainVerifier, auditHash } from './chain.js';
import type { ChainedAuditEntry } from './chain.js';
import { canonicalJson } from './canonical.js';

function chain(n: number): ChainedAuditEntry[] {
  const out: ChainedAuditEntry[] = [];
  let prev = AUDIT_GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content = {
      seq,
      at: `2024-11-27T0${seq}:00:00.000Z`,
      channel: 'http',
      actorId: 'a1',
      actorUsername: 'kpu.batu',
      actorRole: 'kpu-kabkota',
      ip: '203.0.113.7',
      action: 'accounts.create',
      targetType: 'account',
      targetId: `t${seq}`,
      region: '3579',
      before: null,
      after: canonicalJson({ username: `kpps${seq}`, role: 'kpps' }),
    };
    const hash = auditHash(prev, content);
    out.push({ ...content, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

function verify(entries: readonly ChainedAuditEntry[]) {
  const v = new ChainVerifier();
  for (const e of entries) v.push(e);
  return v.result();
}

describe('audit hash chain', () => {
  it('verifies an intact chain and reports its head', () => {
    const c = chain(5);
    expect(verify(c)).toEqual({ ok: true, checked: 5, head: c[4]?.hash });
  });
  it('detects an edited past entry, a removed one and a reordered one', () => {
    const c = chain(5);
    const edited = c.map((e) => (e.seq === 2 ? { ...e, after: canonicalJson({ role: 'admin' }) } : e));
    expect(verify(edited)).toMatchObject({ ok: false, brokenAt: 2, reason: 'hash-mismatch' });
    expect(verify(c.filter((e) => e.seq !== 3))).toMatchObject({
      ok: false,
      brokenAt: 4,
      reason: 'sequence-gap',
    });
    const rehashed = c.map((e) =>
      e.seq === 2 ? { ...e, ip: '10.0.0.1', hash: auditHash(e.prevHash, { ...e, ip: '10.0.0.1' }) } : e,
    );
    expect(verify(rehashed)).toMatchObject({ ok: false, brokenAt: 3, reason: 'prev-hash-mismatch' });
  });
  it('hashes canonical JSON: key order does not matter, values do', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined })).toBe('{"a":[true,null,"x"],"b":1}');
    expect(() => canonicalJson({ x: Number.NaN })).toThrowError(
      expect.objectContaining({ code: 'AUDIT_CONTENT_INVALID' }),
    );
  });
});
