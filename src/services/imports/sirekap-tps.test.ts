import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeIf, sharedJson } from '../../../test/support/shared-data.js';
import { BATU, recapForm } from '../../core/recap/testing.js';
import { toSirekapTps } from '../../core/sirekap/index.js';
import type { GenesisContest } from '../../core/statements/index.js';
import { tallyOf } from '../../core/recap/index.js';
import { loadOrCreateKey } from '../../log/key-file.js';
import { nodeCrypto } from '../../crypto/node.js';
import { openOfflineIngest, rootKeyFile } from './offline.js';
import { importSirekapTree, runSirekapImport } from './sirekap-tps.js';
import type { SirekapImportReport } from './sirekap-tps.js';
import { MAX_FILE_BYTES, jsonDepth, locateTps } from './sirekap-tree.js';
import { makeElectionDataDir } from './testing.js';
import type { ElectionDataDir } from './testing.js';

/** A real record: Pemilu 2024 president, TPS 002 of desa 1701082001 (Bengkulu). */
const sample = sharedJson<Record<string, unknown>>('sirekap-samples/ppwp-tps-1701082001002.json');

const PPWP: GenesisContest = {
  id: 'pilkada2024-ppwp-national',
  kind: 'president',
  region: 'national',
  name: 'Pemilihan Presiden dan Wakil Presiden',
  pairs: [
    { id: '100025', ballotNumber: 1, name: 'ANIES - MUHAIMIN', emptyColumn: false },
    { id: '100026', ballotNumber: 2, name: 'PRABOWO - GIBRAN', emptyColumn: false },
    { id: '100027', ballotNumber: 3, name: 'GANJAR - MAHFUD', emptyColumn: false },
  ],
};
const JATIM: GenesisContest = {
  id: 'pilkada2024-pkwkp-35',
  kind: 'governor',
  region: '35',
  name: 'Pemilihan Gubernur dan Wakil Gubernur Jawa Timur',
  pairs: [
    { id: '1000001', ballotNumber: 1, name: 'LUKMANUL - LUKMAN', emptyColumn: false },
    { id: '1000002', ballotNumber: 2, name: 'KHOFIFAH - EMIL', emptyColumn: false },
    { id: '1000003', ballotNumber: 3, name: 'RISMA - GUS HANS', emptyColumn: false },
  ],
};

const KK = 'pilkada/hhcw/pkwkk/35/3579/357901/3579011001';
const KP = 'pilkada/hhcw/pkwkp/35/3579/357901/3579011001';
const PW = 'pemilu/hhcw/ppwp/17/1701/170108/1701082001';
const TS = '2024-11-28 10:00:00';

function pilkadaFile(contest: GenesisContest, tps: string): Record<string, unknown> {
  return toSirekapTps(recapForm(contest, tps), {
    variant: 'pilkada',
    ts: TS,
    imageUrls: ['https://sirekap-obj-formc.kpu.go.id/x/1.jpg'],
  }) as unknown as Record<string, unknown>;
}

/** The tree: the real sample, Pilkada records (valid, breaking a rule, with nulls) and files that are not records. */
async function buildTree(root: string, real: Record<string, unknown>): Promise<void> {
  const put = async (path: string, content: string) => {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  };
  const json = (v: unknown) => JSON.stringify(v);
  await put(`${PW}/1701082001002.json`, json(real));
  await put(`${KK}/3579011001001.json`, json(pilkadaFile(BATU, '3579011001001')));
  // Breaks rule 3: the pairs' votes (121 + 70 + 30) do not add up to suara_sah (220).
  const broken = pilkadaFile(BATU, '3579011001002') as { tungsura: { chart: Record<string, number> } };
  broken.tungsura.chart['1000806'] = 121;
  await put(`${KK}/3579011001002.json`, json(broken));
  // Not yet fully read: nulls are unknown, not zero.
  const partial = pilkadaFile(BATU, '3579011001003') as {
    tungsura: { chart: Record<string, number | null>; administrasi: Record<string, number | null> };
  };
  partial.tungsura.chart = { '1000806': 50, '1000807': null, '1000808': 10, null: null };
  partial.tungsura.administrasi.suara_sah = null;
  await put(`${KK}/3579011001003.json`, json(partial));
  await put(`${KK}/3579011001004.json`, '{"tungsura": {"chart": {"1000806": 1');
  await put(`${KP}/3579011001001.json`, json(pilkadaFile(JATIM, '3579011001001')));
  // Not per-TPS records, or not where their code says.
  await put('pilkada/hhcw/pkwkk/35/3579.json', json({ tungsura: { chart: {}, table: {} }, ts: TS }));
  await put('pilkada/hhcw/pkwkk/35/3579/357902/3579011001/3579011001005.json', json(real));
  await put(`${KK}/3579011001006.json`, json([1, 2, 3]));
  await put(`${KK}/3579011001007.json`, '['.repeat(100) + ']'.repeat(100));
  await put(`${KK}/3579011001008.json`, ' '.repeat(MAX_FILE_BYTES + 1));
  await put(`${KK}/README.txt`, 'not a record');
}

describe('locateTps', () => {
  it('reads the TPS and contest type from KPU’s layout, at any depth', () => {
    expect(locateTps(`/x/${KK}/3579011001001.json`)).toEqual({
      ok: true,
      tps: '3579011001001',
      type: 'pkwkk',
    });
    expect(locateTps(`/x/${PW}/1701082001002.json`)).toMatchObject({ ok: true, type: 'ppwp' });
    expect(locateTps('/x/pkwkp/3579011001001.json')).toMatchObject({ ok: true, type: 'pkwkp' });
  });
  it('takes --contest-type where the path has no type folder, and refuses a contradiction', () => {
    expect(locateTps('/tmp/3579011001/3579011001001.json', 'pkwkk')).toMatchObject({ ok: true });
    expect(locateTps('/tmp/3579011001/3579011001001.json')).toMatchObject({
      code: 'IMPORT_CONTEST_TYPE_UNKNOWN',
    });
    expect(locateTps(`/x/${KK}/3579011001001.json`, 'ppwp')).toMatchObject({
      code: 'IMPORT_CONTEST_TYPE_MISMATCH',
    });
  });
  it('refuses a TPS code that does not match its folders, and files that are not TPS records', () => {
    expect(locateTps('/x/pkwkk/35/3579/357902/3579011001/3579011001001.json')).toMatchObject({
      code: 'IMPORT_PATH_INCONSISTENT',
    });
    expect(locateTps('/x/pkwkk/35/357/3579011001001.json')).toMatchObject({
      code: 'IMPORT_PATH_INCONSISTENT',
    });
    expect(locateTps('/x/pkwkk/35/3579.json')).toMatchObject({ code: 'IMPORT_NOT_TPS_FILE' });
  });
  it('measures JSON nesting without being fooled by brackets in strings', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[["}]}')).toBe(3);
    expect(jsonDepth('"\\"{"')).toBe(0);
  });
});

describeIf(sample)('saksi import sirekap-tps', () => {
  let data: ElectionDataDir;
  let tree: string;
  let first: SirekapImportReport;

  beforeAll(async () => {
    data = await makeElectionDataDir([BATU, JATIM, PPWP]);
    tree = await mkdtemp(join(tmpdir(), 'saksi-sirekap-tree-'));
    await buildTree(tree, sample as Record<string, unknown>);
    first = await runSirekapImport(data.config, { dir: tree, batchSize: 4 });
  });
  afterAll(async () => {
    await data.dispose();
    await rm(tree, { recursive: true, force: true });
  });

  it('imports every record, and counts and lists every file it could not', () => {
    expect(first).toMatchObject({
      found: 11,
      imported: 5,
      duplicates: 0,
      refused: 6,
      ignored: 1,
      importer: { registeredNow: true },
      logSize: { before: 1, after: 7 },
      contests: { 'pilkada2024-pkwkk-3579': 3, 'pilkada2024-pkwkp-35': 1, 'pilkada2024-ppwp-national': 1 },
    });
    const byCode = Object.fromEntries(first.refusals.map((g) => [g.code, g.files.map((f) => f.path)]));
    expect(byCode).toEqual({
      IMPORT_FILE_NOT_JSON: [`${KK}/3579011001004.json`],
      IMPORT_FILE_TOO_LARGE: [`${KK}/3579011001008.json`],
      IMPORT_JSON_TOO_DEEP: [`${KK}/3579011001007.json`],
      IMPORT_NOT_TPS_FILE: ['pilkada/hhcw/pkwkk/35/3579.json'],
      IMPORT_PATH_INCONSISTENT: ['pilkada/hhcw/pkwkk/35/3579/357902/3579011001/3579011001005.json'],
      SIREKAP_TPS_INVALID: [`${KK}/3579011001006.json`],
    });
    expect(first.refusals.every((g) => g.files.every((f) => f.reason.length > 0))).toBe(true);
  });

  it('keeps the record that breaks a rule, flagged, and lists the rules it could not check', () => {
    expect(first.flaggedRecords).toBe(1);
    expect(first.flagged).toEqual({ FORM_VOTES_SUM: 1 });
    // Sirekap carries no ballot or disability figures: no record can be checked against them.
    expect(first.notCheckable).toMatchObject({ FORM_BALLOTS_SUM: 5, FORM_DISABILITY_TRIPLE_SUM: 5 });
    expect(first.notCheckable['FORM_VOTES_SUM']).toBe(1);
  });

  it('re-running changes nothing: every record is a duplicate; the tally holds the imported numbers', async () => {
    const session = await openOfflineIngest(data.config, data.root.signer.publicKey);
    try {
      const importer = await loadOrCreateKey(
        nodeCrypto,
        join(data.config.dataDir, 'keys', 'importer.key'),
        'sirekap-importer',
      );
      const again = await importSirekapTree(session.ingest, data.root, importer, { dir: tree });
      expect(again).toMatchObject({
        found: 11,
        imported: 0,
        duplicates: 5,
        refused: 6,
        importer: { registeredNow: false },
        logSize: { before: 7, after: 7 },
      });
      const tally = tallyOf(session.ingest.ledger);
      expect(tally.snapshot(PPWP.id, 'national')).toMatchObject({
        forms: 1,
        imported: 1,
        votes: { '100025': 44, '100026': 78, '100027': 18 },
        valid: 140,
        invalid: 0,
        total: 140,
      });
      expect(tally.snapshot(BATU.id, '3579011001001').votes).toEqual({
        '1000806': 120,
        '1000807': 70,
        '1000808': 30,
      });
      expect(tally.snapshot(BATU.id, '3579011001002').votes['1000806']).toBe(121);
      expect(tally.snapshot(BATU.id, '3579011001003')).toMatchObject({
        votes: { '1000806': 50, '1000807': 0, '1000808': 10 },
        valid: 0,
      });
      expect(tally.snapshot(BATU.id, '3579')).toMatchObject({
        forms: 3,
        imported: 3,
        votes: { '1000806': 291, '1000807': 140, '1000808': 70 },
        anomalies: { flags: 1 },
      });
      expect(tally.snapshot(JATIM.id, '35')).toMatchObject({ forms: 1, valid: 220 });
    } finally {
      await session.close();
    }
  });

  it('re-running the whole command reports duplicates too', async () => {
    const third = await runSirekapImport(data.config, { dir: join(tree, 'pemilu') });
    expect(third).toMatchObject({ found: 1, imported: 0, duplicates: 0, refused: 1 });
    // Paths are relative to DIR: the same record from a subtree is another statement for the same TPS.
    expect(third.refusals[0]?.code).toBe('FORM_ALREADY_SUBMITTED');
    const fourth = await runSirekapImport(data.config, { dir: tree });
    expect(fourth).toMatchObject({ imported: 0, duplicates: 5, logSize: { before: 7, after: 7 } });
  });
});

describe('saksi import sirekap-tps without what it needs', () => {
  it('refuses a missing DIR before logging anything', async () => {
    const data = await makeElectionDataDir([BATU]);
    try {
      await expect(runSirekapImport(data.config, { dir: join(data.dir, 'nope') })).rejects.toMatchObject({
        code: 'ENOENT',
      });
      const session = await openOfflineIngest(data.config, data.root.signer.publicKey);
      expect(session.ingest.ledger.size).toBe(1);
      await session.close();
    } finally {
      await data.dispose();
    }
  });

  it('without the root key here, writes the importer key’s registration for the offline root and imports nothing', async () => {
    const data = await makeElectionDataDir([BATU]);
    try {
      await rm(rootKeyFile(data.config));
      // The root's public key is known (as a policy or SAKSI_ROOT_VKEY pins it); its private key is elsewhere.
      const pinned = { ...data.config, rootVkey: data.root.vkey };
      await expect(runSirekapImport(pinned, { dir: data.dir })).rejects.toMatchObject({
        code: 'IMPORT_KEY_UNREGISTERED',
        message: expect.stringContaining('saksi root sign'),
      });
      const request = JSON.parse(await readFile(join(data.config.dataDir, 'importer.request.json'), 'utf8'));
      expect(request.statements).toEqual([
        {
          type: 'key.register',
          body: expect.objectContaining({ role: 'importer', scope: { region: 'national' } }),
        },
      ]);
      const session = await openOfflineIngest(data.config, data.root.signer.publicKey);
      expect(session.ingest.ledger.size).toBe(1);
      await session.close();
    } finally {
      await data.dispose();
    }
  });
});
