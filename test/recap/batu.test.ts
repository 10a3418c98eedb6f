/**
 * Kota Batu end to end (issue 5): 302 signed C.Hasil whose per-kecamatan
 * sums are KPU's real table, relayed through the HTTP API; the kab/kota
 * tally must equal KPU's numbers with 302/302 progress, the
 * Sirekap-compatible aggregate must deep-equal KPU's file (but `ts`), and
 * `saksi verify` and a rebuild from the log must recompute the same totals.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { encodeBase64 } from '../../src/core/log/encoding.js';
import { parsePolicy } from '../../src/core/log/policy.js';
import { sealStatement } from '../../src/core/statements/index.js';
import type { Ed25519Signer } from '../../src/core/log/crypto.js';
import type { CHasil } from '../../src/core/forms/index.js';
import { BATU } from '../../src/core/recap/testing.js';
import { tallyOf } from '../../src/core/recap/index.js';
import { verifyLog } from '../../src/core/verify/index.js';
import { ENTRY_HANDLERS } from '../../src/core/verify/handlers.js';
import { newSeed, nodeCrypto, nodeSigner } from '../../src/crypto/node.js';
import { VerifyPool } from '../../src/crypto/verify-pool.js';
import { Ingest } from '../../src/ingest/ingest.js';
import { replayLog } from '../../src/ingest/replay.js';
import { directorySource } from '../../src/verify/sources.js';
import { contestTotals } from '../../src/verify/totals.js';
import { authHarness } from '../support/auth.js';
import type { AuthHarness } from '../support/auth.js';
import { openLogFixture } from '../support/log-fixture.js';
import type { LogFixture } from '../support/log-fixture.js';
import { describeIf, sharedJson } from '../support/shared-data.js';
import { batuChasil } from '../support/batu-tree.js';

interface Aggregate {
  tungsura: { chart: Record<string, unknown>; table: Record<string, Record<string, unknown>> };
  ts: string;
}
const REAL = sharedJson<Aggregate>('pilkada2024/pkwkk/35/3579.json');
const PAIRS = BATU.pairs.map((p) => p.id);
const INVALID = 5878;

let fx: LogFixture;
let h: AuthHarness;
let ingest: Ingest;
let pool: VerifyPool;
const kpps = new Map<string, Ed25519Signer>();
let forms: CHasil[] = [];

describeIf(REAL)('Kota Batu, 302 TPS through the API', () => {
  beforeAll(async () => {
    fx = await openLogFixture({ electionId: 'pilkada2024', genesisContests: [BATU] });
    pool = new VerifyPool(2);
    h = await authHarness({
      context: async (store) => {
        forms = await batuForms(store, REAL as Aggregate);
        await Promise.all(
          forms.map((f) => {
            const signer = nodeSigner(newSeed());
            kpps.set(f.tps, signer);
            return fx.log.append(
              sealStatement(nodeCrypto, fx.root, 'key.register', {
                publicKey: encodeBase64(signer.publicKey),
                role: 'kpps',
                scope: { region: f.tps },
                name: `KPPS ${f.tps}`,
              }),
            );
          }),
        );
        ingest = await Ingest.open({
          log: fx.log,
          crypto: nodeCrypto,
          pool,
          rootKey: fx.root.publicKey,
          handlers: ENTRY_HANDLERS,
        });
        return { log: fx.log, ingest };
      },
    });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await pool?.close();
    await fx?.dispose();
  });

  const seal = (f: CHasil, signer = kpps.get(f.tps)!) =>
    JSON.parse(new TextDecoder().decode(sealStatement(nodeCrypto, signer, 'form.chasil', f)));

  async function relay(entries: unknown[]) {
    const kpu = await h.account('kpu-kabkota', '3579', { totp: true, permissions: ['relay'] });
    const { cookie, csrf } = await h.session(kpu);
    const out = [];
    for (let i = 0; i < entries.length; i += 40) {
      const r = await h.inject({
        method: 'POST',
        url: '/api/forms/batch',
        headers: { cookie, 'x-csrf-token': csrf },
        payload: { entries: entries.slice(i, i + 40) },
      });
      expect(r.statusCode, r.body).toBe(200);
      out.push(...r.json().data);
    }
    return out;
  }

  it('accepts all 302 forms, and the kab/kota tally equals KPU: 65,684 / 38,610 / 26,234 with 302/302', async () => {
    const results = await relay(forms.map((f) => seal(f)));
    const refused = results
      .filter((r) => r.status !== 'accepted')
      .map((r) => JSON.stringify(r.error).slice(0, 400));
    expect(refused.slice(0, 3)).toEqual([]);
    expect(results.filter((r) => r.status === 'accepted')).toHaveLength(302);
    const r = await h.inject({ method: 'GET', url: '/api/results/pilkada2024-pkwkk-3579' });
    const d = r.json().data;
    expect(d.totals.votes).toEqual({ '1000806': 65684, '1000807': 38610, '1000808': 26234 });
    expect([d.totals.valid, d.totals.invalid]).toEqual([130528, INVALID]);
    expect(d.totals.progress).toEqual({ reported: 302, total: 302 });
    expect(
      d.children.map(
        (c: { name: string; totals: { progress: { reported: number } } }) =>
          `${c.name} ${c.totals.progress.reported}`,
      ),
    ).toEqual(['Batu 137', 'Bumiaji 92', 'Junrejo 73']);
    expect(d.outcome.winner).toBe('1000806');
    // The reason names the pair as voters know it, not by its Sirekap id (issue 17); all of Batu is in.
    expect(d.outcome.reason.id).toMatch(/^1\. \S.* memperoleh suara sah terbanyak\.$/);
    expect(d.outcome.reason.id).not.toContain('1000806');
    expect([d.leader.called, d.totals.status.missing]).toEqual([true, 0]);
  });

  it('serves the Sirekap-compatible aggregate equal to KPU’s real file (but ts)', async () => {
    const r = await h.inject({ method: 'GET', url: '/sirekap/pilkada/hhcw/pkwkk/35/3579.json' });
    const { ts: _ours, ...ours } = r.json();
    const { ts: _theirs, ...theirs } = REAL as Aggregate;
    expect(ours).toEqual(theirs);
    const one = await h.inject({
      method: 'GET',
      url: `/sirekap/pilkada/hhcw/pkwkk/35/3579/${forms[0]!.tps.slice(0, 6)}/${forms[0]!.tps.slice(0, 10)}/${forms[0]!.tps}.json`,
    });
    expect(one.json().tungsura.chart).toEqual(forms[0]!.votes);
  });

  it('answers a resubmission with the original index, and refuses forged, out-of-scope and malformed ones without changing anything', async () => {
    const f = forms[5]!;
    const [again] = await relay([seal(f)]);
    expect(again.status).toBe('duplicate');
    const other = { ...f, tps: forms[6]!.tps };
    const [outOfScope] = await relay([seal({ ...other, votes: { ...other.votes } }, kpps.get(f.tps))]);
    expect(outOfScope.error.code).toBe('KEY_OUT_OF_SCOPE');
    const forged = seal(forms[7]!);
    forged.body.votes['1000806'] += 1;
    forged.body.valid += 1;
    forged.body.total += 1;
    const [bad] = await relay([forged]);
    expect(bad.error.code).toBe('ENTRY_SIGNATURE_INVALID');
    const [shape] = await relay([{ v: 1, type: 'form.chasil' }]);
    expect(shape.error.code).toBe('ENTRY_SHAPE_INVALID');
    const total = (await h.inject({ method: 'GET', url: '/api/results/pilkada2024-pkwkk-3579' })).json().data
      .totals;
    expect(total.votes['1000806']).toBe(65684);
  });

  it('saksi verify and a rebuild from the log recompute the same totals', async () => {
    await fx.log.publisher.waitFor(fx.log.size, 10_000);
    const report = await verifyLog({
      source: directorySource(fx.logDir),
      crypto: nodeCrypto,
      policy: parsePolicy(nodeCrypto, fx.policy),
      handlers: ENTRY_HANDLERS,
      verifyBatch: (jobs) => pool.verifyAll(jobs),
    });
    expect(report.failure).toBeUndefined();
    const live = contestTotals(ingest.ledger).map((t) => t.json);
    expect(contestTotals(report.ledger!).map((t) => t.json)).toEqual(live);
    const rebuilt = await replayLog(fx.log, nodeCrypto, fx.root.publicKey, ENTRY_HANDLERS);
    expect(tallyOf(rebuilt).snapshot(BATU.id, '3579')).toEqual(
      tallyOf(ingest.ledger).snapshot(BATU.id, '3579'),
    );
    expect(live[0]).toMatchObject({
      forms: 302,
      votes: { '1000806': 65684, '1000807': 38610, '1000808': 26234 },
    });
  });
});

/** 302 consistent forms on the registry's real TPS, per-kecamatan votes from KPU's table. */
async function batuForms(store: AuthHarness['t']['store'], real: Aggregate): Promise<CHasil[]> {
  const out: CHasil[] = [];
  const kecamatan = Object.entries(real.tungsura.table);
  let n = 0;
  for (const [code, row] of kecamatan) {
    const villages = await store.regions.within(code as never, 'village');
    const tps = (await Promise.all(villages.map((v) => store.tps.inVillage(v.code)))).flat();
    const count = (row['progres'] as { total: number }).total;
    expect(tps.length).toBe(count);
    tps.forEach((t, i) => {
      const votes = Object.fromEntries(PAIRS.map((p) => [p, spread(row[p] as number, count, i)]));
      const valid = Object.values(votes).reduce((a, b) => a + b, 0);
      const invalid = spread(INVALID, 302, n++);
      out.push(batuChasil(t.code, t.dpt, votes, valid, invalid));
    });
  }
  return out;
}

const spread = (total: number, parts: number, i: number) =>
  Math.floor(total / parts) + (i < total % parts ? 1 : 0);

const DISTRICTS = sharedJson<Array<{ nama: string; kode: string; tingkat: number }>>(
  'pilkada2024/district/35/35.json',
);

describeIf(DISTRICTS)('Sirekap-compatible region lists', () => {
  it("list Jawa Timur's kab/kota with KPU's codes, names, level and order", async () => {
    const h2 = await authHarness();
    try {
      const ours = (
        await h2.inject({ method: 'GET', url: '/sirekap/wilayah/pilkada/pkwkk/35.json' })
      ).json() as Array<{ nama: string; kode: string; tingkat: number }>;
      const pick = (l: Array<{ nama: string; kode: string; tingkat: number }>) =>
        l.map(({ nama, kode, tingkat }) => ({ nama, kode, tingkat }));
      expect(pick(ours)).toEqual(pick(DISTRICTS!));
    } finally {
      await h2.close();
    }
  });
});
