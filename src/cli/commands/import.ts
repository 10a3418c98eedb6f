import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { importSirekapPaslon } from '../../services/elections/import-paslon.js';
import { createElection } from '../../services/elections/create.js';
import { parseSirekapPaslon } from '../../core/elections/index.js';
import { importTpsCsv } from '../../services/registry/import-csv.js';
import { ensureRegionsLoaded } from '../../services/regions/load.js';
import { formatImportReport, runSirekapImport } from '../../services/imports/sirekap-tps.js';
import { SIREKAP_TYPES } from '../../services/imports/sirekap-tree.js';
import type { SirekapType } from '../../core/elections/index.js';
import { SaksiError, msg } from '../../core/errors/index.js';
import { action, configFrom, print, storeOptions, withStore } from '../shared.js';
import type { StoreFlags } from '../shared.js';

interface SirekapTpsFlags extends StoreFlags {
  key?: string;
  contestType?: string;
  election: string;
  json?: boolean;
}

interface PaslonFlags extends StoreFlags {
  election: string;
  name?: string;
  kind?: string;
  votingDay: string;
}

export function importCommand(program: Command): void {
  const cmd = program.command('import').description('import public data files');
  sirekapTpsCommand(cmd);

  storeOptions(
    cmd
      .command('sirekap-paslon')
      .description(
        'import KPU Sirekap candidate-pair files (paslon/pkwkp.json, paslon/pkwkk.json, pemilu/ppwp.json)',
      )
      .argument('<files...>', 'paslon JSON files')
      .option('--election <id>', 'election event id', 'pilkada2024')
      .option('--name <name>', 'election event name (when creating it)')
      .option('--kind <kind>', 'pilkada or pemilu (when creating it; default from the files)')
      .option('--voting-day <date>', 'voting day YYYY-MM-DD (when creating it)', '2024-11-27'),
  ).action(
    action(async (files: string[], flags: PaslonFlags) => {
      await withStore(flags, async (store) => {
        await ensureRegionsLoaded(store);
        const read = await Promise.all(
          files.map(async (file) => ({ file, json: parseJsonFile(file, await readFile(file, 'utf8')) })),
        );
        if ((await store.elections.election(flags.election)) === undefined) {
          // The presidential file (flat) makes a Pemilu, the regional ones a Pilkada, unless --kind says.
          const flat = read.some(({ json }) => parseSirekapPaslon(json).some((c) => c.region === 'national'));
          await createElection(
            store,
            {
              id: flags.election,
              kind: flags.kind ?? (flat ? 'pemilu' : 'pilkada'),
              name: flags.name ?? flags.election,
              votingDay: flags.votingDay,
            },
            new Date(),
          );
        }
        for (const { file, json } of read) {
          const r = await importSirekapPaslon(store, flags.election, json, new Date());
          print(
            `${file}: ${r.contests} ${r.type} contests, ${r.pairs} pairs, ${r.singlePair} single-pair (kolom kosong)` +
              (r.unknownRegions.length > 0
                ? `; kept ${r.unknownRegions.length} region codes missing from the official list: ${r.unknownRegions.join(' ')}`
                : ''),
          );
        }
        const all = await store.elections.countContests(flags.election);
        print(
          `election ${flags.election}: ${all.contests} contests, ${all.pairs} pairs, ${all.singlePair} with a kolom kosong`,
        );
      });
    }),
  );

  storeOptions(
    cmd
      .command('tps-csv')
      .description(
        'import a TPS registry CSV (columns: tps | village+number, address, dpt_male, dpt_female, dpt_total)',
      )
      .argument('<file>', 'CSV file'),
  ).action(
    action(async (file: string, flags: StoreFlags) => {
      await withStore(flags, async (store) => {
        await ensureRegionsLoaded(store);
        const r = await importTpsCsv(store, await readFile(file, 'utf8'), new Date());
        print(
          `${file}: ${r.tps} TPS imported` +
            (r.unknownVillages.length > 0
              ? `; kept ${r.unknownVillages.length} desa codes missing from the official list`
              : ''),
        );
      });
    }),
  );
}

/** `import sirekap-tps DIR`: Sirekap per-TPS records into the log, offline (stop the server first). */
function sirekapTpsCommand(cmd: Command): void {
  storeOptions(
    cmd
      .command('sirekap-tps')
      .description(
        'import a tree of KPU Sirekap per-TPS JSON files (pilkada/hhcw/pkwkk/…/<tps>.json) into the log, ' +
          'signed by an importer key; run with the server stopped',
      )
      .argument('<dir>', 'the tree, or any subtree of it')
      .option(
        '--key <file>',
        'importer signing key (created when missing; default DATA_DIR/keys/importer.key)',
      )
      .option('--contest-type <type>', 'pkwkk, pkwkp or ppwp, where the path has no such folder')
      .option('--election <id>', 'election id in contest ids (<election>-<type>-<region>)', 'pilkada2024')
      .option('--json', 'print the report as JSON'),
  ).action(
    action(async (dir: string, flags: SirekapTpsFlags) => {
      const type = flags.contestType;
      if (type !== undefined && !SIREKAP_TYPES.includes(type as SirekapType))
        throw new SaksiError(
          'IMPORT_CONTEST_TYPE_INVALID',
          msg('--contest-type harus pkwkk, pkwkp atau ppwp.', '--contest-type must be pkwkk, pkwkp or ppwp.'),
          { field: 'contest-type' },
        );
      const config = configFrom({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl });
      const tty = !flags.json && process.stderr.isTTY;
      const report = await runSirekapImport(config, {
        dir,
        election: flags.election,
        ...(flags.key === undefined ? {} : { keyFile: flags.key }),
        ...(type === undefined ? {} : { contestType: type as SirekapType }),
        ...(tty ? { onProgress: (n: number) => process.stderr.write(`\rimporting: ${n} files`) } : {}),
      });
      if (tty) process.stderr.write('\n');
      if (flags.json) print(JSON.stringify(report, null, 2));
      else for (const line of formatImportReport(report)) print(line);
    }),
  );
}

function parseJsonFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new SaksiError('FILE_NOT_JSON', msg(`${file} bukan JSON yang sah.`, `${file} is not valid JSON.`), {
      field: file,
      cause: e,
    });
  }
}
