/**
 * The presidential contest on the real path (issue 14): KPU's flat
 * `pemilu/ppwp.json` imported into a Pemilu election made by `saksi
 * election create`, its genesis, then a per-TPS tree in KPU's layout
 * (`pemilu/hhcw/ppwp/<p>/<k>/<kec>/<desa>/<tps>.json`) holding the real
 * Bengkulu record, a valid generated one, one that breaks a rule (kept and
 * flagged) and one that cannot be read (listed; the rest goes on).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PPWP_2024 } from '../../src/core/elections/ppwp-fixture.js';
import { recapForm } from '../../src/core/recap/testing.js';
import { toSirekapTps } from '../../src/core/sirekap/index.js';
import type { GenesisContest } from '../../src/core/statements/index.js';
import { runSaksi } from '../support/cli.js';
import { describeWithSharedData, sharedJson } from '../support/shared-data.js';

const REAL = sharedJson<Record<string, unknown>>('sirekap-samples/ppwp-tps-1701082001002.json');
const root = mkdtempSync(join(tmpdir(), 'saksi-ppwp-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PPWP: GenesisContest = {
  id: 'pemilu2024-ppwp-national',
  kind: 'president',
  region: 'national',
  name: 'Pemilihan Presiden dan Wakil Presiden',
  pairs: Object.entries(PPWP_2024).map(([id, p]) => ({
    id,
    ballotNumber: p.nomor_urut,
    name: p.nama,
    emptyColumn: false,
  })),
};

function put(path: string, content: string): void {
  mkdirSync(dirname(join(root, 'tree', path)), { recursive: true });
  writeFileSync(join(root, 'tree', path), content);
}

describeWithSharedData('the presidential contest, from KPU’s files', () => {
  it('imports ppwp.json and a per-TPS tree, keeping the rule-breaking record flagged and listing the unreadable one', async () => {
    const data = join(root, 'data');
    const dd = ['--data-dir', data];
    writeFileSync(join(root, 'ppwp.json'), JSON.stringify(PPWP_2024));
    const desa = 'pemilu/hhcw/ppwp/17/1701/170108/1701082001';
    put(`${desa}/1701082001002.json`, JSON.stringify(REAL));
    const valid = toSirekapTps(recapForm(PPWP, '1701082001003'), {
      variant: 'pemilu',
      ts: '2024-02-15 10:00:00',
    });
    put(`${desa}/1701082001003.json`, JSON.stringify(valid));
    const broken = toSirekapTps(recapForm(PPWP, '1701082001004'), {
      variant: 'pemilu',
      ts: '2024-02-15 10:00:00',
    });
    (broken as { chart: Record<string, number> }).chart['100026'] = 171; // the pairs no longer add up to suara_sah
    put(`${desa}/1701082001004.json`, JSON.stringify(broken));
    put(`${desa}/1701082001005.json`, '{"chart": {"100025": 1');
    const steps = [
      [
        'init',
        ...dd,
        '--origin',
        'saksi.pemantau.example/pemilu2024',
        '--public-url',
        'https://saksi.pemantau.example',
        '--new-root',
      ],
      [
        'election',
        'create',
        ...dd,
        '--id',
        'pemilu2024',
        '--kind',
        'pemilu',
        '--name',
        'Pemilihan Umum 2024',
        '--voting-day',
        '2024-02-14',
      ],
      ['import', 'sirekap-paslon', ...dd, '--election', 'pemilu2024', join(root, 'ppwp.json')],
      ['election', 'genesis', ...dd, '--election', 'pemilu2024'],
    ];
    for (const args of steps) {
      const r = await runSaksi(args);
      expect(r.exitCode, `${args.join(' ')}\n${r.err}`).toBeUndefined();
    }
    const imported = await runSaksi([
      'import',
      'sirekap-tps',
      ...dd,
      '--election',
      'pemilu2024',
      '--json',
      join(root, 'tree'),
    ]);
    expect(imported.exitCode, imported.err).toBeUndefined();
    const report = JSON.parse(imported.out) as {
      found: number;
      imported: number;
      refused: number;
      flaggedRecords: number;
      refusals: { code: string; files: { path: string }[] }[];
      contests: Record<string, number>;
    };
    expect([report.found, report.imported, report.refused, report.flaggedRecords]).toEqual([4, 3, 1, 1]);
    expect(report.contests).toEqual({ 'pemilu2024-ppwp-national': 3 });
    expect(
      report.refusals.map((g) => [g.code, g.files.map((f) => f.path.endsWith('1701082001005.json'))]),
    ).toEqual([['IMPORT_FILE_NOT_JSON', [true]]]);
  }, 120_000);
});
