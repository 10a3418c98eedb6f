import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../core/log/encoding.js';
import { FORM_CHASIL } from '../../core/recap/chasil.js';
import { BATU, recapForm } from '../../core/recap/testing.js';
import { toSirekapTps } from '../../core/sirekap/index.js';
import { KEY_REGISTER, sealStatement } from '../../core/statements/index.js';
import { newSeed, nodeCrypto, nodeSigner } from '../../crypto/node.js';
import { loadOrCreateKey } from '../../log/key-file.js';
import { contestTotals } from '../../verify/totals.js';
import type { ContestTotals } from '../../verify/totals.js';
import { openOfflineIngest, rootKeyFile } from './offline.js';
import { formatRebuild, rebuildProjections } from './rebuild.js';
import { importSirekapTree } from './sirekap-tps.js';
import { makeElectionDataDir } from './testing.js';
import type { ElectionDataDir } from './testing.js';

const SINGLE = {
  id: 'pilkada2024-pkwkk-3507',
  kind: 'regent' as const,
  region: '3507',
  name: 'Pemilihan Bupati dan Wakil Bupati Malang',
  pairs: [
    { id: '1000900', ballotNumber: 1, name: 'SANUSI - LATHIFAH', emptyColumn: false },
    { id: '1000901', ballotNumber: 2, name: 'GUNADI - DEWANTI', emptyColumn: false },
  ],
};

/** Every file under a directory with the hash of its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = join(e.parentPath, e.name);
    out[file] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  }
  return out;
}

describe('saksi rebuild', () => {
  let data: ElectionDataDir;
  let live: ContestTotals[];

  beforeAll(async () => {
    data = await makeElectionDataDir([BATU, SINGLE]);
    const session = await openOfflineIngest(data.config, data.root.signer.publicKey);
    try {
      // Forms signed by a KPPS key, through the ingest as the server takes them.
      const kpps = nodeSigner(newSeed());
      const register = sealStatement(nodeCrypto, data.root.signer, KEY_REGISTER, {
        publicKey: encodeBase64(kpps.publicKey),
        role: 'kpps',
        scope: { region: '3579' },
        name: 'kpps batu',
      });
      const forms = ['3579011001001', '3579011001002', '3579021002003'].map((tps, i) =>
        sealStatement(
          nodeCrypto,
          kpps,
          FORM_CHASIL,
          recapForm(BATU, tps, {
            votes: { '1000806': 100 + i, '1000807': 80 - i, '1000808': 40 },
          }),
        ),
      );
      const results = await session.ingest.submit([register, ...forms]);
      expect(results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
      // And Sirekap records, through the import.
      const tree = await mkdtemp(join(tmpdir(), 'saksi-rebuild-tree-'));
      try {
        const folder = join(tree, 'pkwkk/35/3507/350701/3507011001');
        await mkdir(folder, { recursive: true });
        for (const [n, votes] of [
          ['001', { '1000900': 150, '1000901': 70 }],
          ['002', { '1000900': 20, '1000901': 200 }],
        ] as const) {
          const form = recapForm(SINGLE, `3507011001${n}`, { votes });
          await writeFile(
            join(folder, `3507011001${n}.json`),
            JSON.stringify(toSirekapTps(form, { variant: 'pilkada', ts: '2024-11-28 10:00:00' })),
          );
        }
        const importer = await loadOrCreateKey(nodeCrypto, join(tree, 'importer.key'), 'importer.test');
        const report = await importSirekapTree(session.ingest, data.root, importer, { dir: tree });
        expect(report).toMatchObject({ imported: 2, refused: 0 });
      } finally {
        await rm(tree, { recursive: true, force: true });
      }
      live = contestTotals(session.ingest.ledger);
    } finally {
      await session.close();
    }
  });
  afterAll(() => data.dispose());

  it("recomputes the live server's totals exactly, without writing a file", async () => {
    const before = await snapshot(data.config.dataDir);
    const rebuilt = await rebuildProjections(data.config);
    expect(await snapshot(data.config.dataDir)).toEqual(before);
    expect(rebuilt.size).toBe(8);
    expect(rebuilt.totals).toEqual(live);
    expect(live.map((t) => t.json)).toMatchObject([
      { id: BATU.id, forms: 3, imported: 0, votes: { '1000806': 303, '1000807': 237, '1000808': 120 } },
      { id: SINGLE.id, forms: 2, imported: 2, votes: { '1000900': 170, '1000901': 270 } },
    ]);
  });

  it('prints the totals as lines or JSON', async () => {
    const rebuilt = await rebuildProjections(data.config);
    expect(formatRebuild(rebuilt, false).join('\n')).toContain(
      'Pemilihan Bupati dan Wakil Bupati Malang (pilkada2024-pkwkk-3507): 2 forms (2 imported)',
    );
    const json = JSON.parse(formatRebuild(rebuilt, true)[0] ?? '') as {
      entries: number;
      contests: unknown[];
    };
    expect(json).toEqual({ entries: 8, contests: live.map((t) => t.json) });
  });

  it('takes the root key from SAKSI_ROOT_VKEY when set, and says what is missing otherwise', async () => {
    const withVkey = { ...data.config, rootVkey: data.root.vkey };
    expect((await rebuildProjections(withVkey)).totals).toEqual(live);
    const elsewhere = { ...data.config, dataDir: join(data.dir, 'empty') };
    await expect(rebuildProjections(elsewhere)).rejects.toMatchObject({ code: 'ROOT_KEY_MISSING' });
    await expect(rebuildProjections({ ...elsewhere, rootVkey: data.root.vkey })).rejects.toMatchObject({
      code: 'LOG_NOT_FOUND',
    });
    expect(rootKeyFile(data.config)).toBe(join(data.config.dataDir, 'keys', 'root.key'));
  });
});
