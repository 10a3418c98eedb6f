/** `saksi serve --demo` shows a count in progress, signed by keys the demo officers can import. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSignerKey } from '../../src/core/log/note-key.js';
import { startDemoServer } from '../browser/support/browser.js';
import type { OwnDemoServer } from '../browser/support/browser.js';
import type { DemoKey } from '../../src/demo/forms.js';
import { keyIdOf } from '../../src/core/statements/index.js';
import { nodeCrypto, nodeSigner } from '../../src/crypto/node.js';

describe('demo results', () => {
  let demo: OwnDemoServer;
  beforeAll(async () => {
    demo = await startDemoServer();
  }, 120_000);
  afterAll(async () => demo?.close());

  it('has Kota Batu reporting except the demo KPPS TPS and one in twenty, with a correction', async () => {
    const r = (await (await fetch(`${demo.baseUrl}/api/results/pilkada2024-pkwkk-3579`)).json()) as {
      data: { totals: { progress: { reported: number; total: number }; status: Record<string, number> } };
    };
    expect(r.data.totals.progress).toEqual({ reported: 286, total: 302 });
    expect(r.data.totals.status.corrected).toBe(1);
    const kpps = demo.account('demo.kpps');
    const own = (await (await fetch(`${demo.baseUrl}/api/tps/${kpps.scope}`)).json()) as unknown;
    expect(JSON.stringify(own)).not.toMatch(/"leafHash"/);
  });

  it('writes each demo officer a registered signing key, readable only by its owner', () => {
    const file = join(demo.dataDir, 'demo-keys.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const { keys } = JSON.parse(readFileSync(file, 'utf8')) as { keys: DemoKey[] };
    expect(keys.map((k) => `${k.username}:${k.role}`).sort()).toEqual([
      'demo.kpps:kpps',
      'demo.kpu.batu:kpu',
      'demo.ppk.batu:ppk',
      'demo.ptps:ptps',
      'demo.saksi.1:saksi',
    ]);
    const ledger = demo.server.ingest?.ledger;
    for (const k of keys) {
      const signer = nodeSigner(parseSignerKey(k.skey).seed);
      expect(keyIdOf(nodeCrypto, signer.publicKey)).toBe(k.keyId);
      expect(ledger?.keys.get(k.keyId)?.role).toBe(k.role);
    }
  });

  it('adds nothing on a restart', async () => {
    const size = demo.server.logService.log.size;
    await demo.server.close();
    const again = await startDemoServer(demo.dataDir);
    try {
      expect(again.server.demoForms?.created).toBe(false);
      expect(again.server.logService.log.size).toBe(size);
    } finally {
      await again.close();
    }
  });
});
