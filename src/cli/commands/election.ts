/** `saksi election create|genesis`: the election event and its signed first entry. */
import { join } from 'node:path';
import type { Command } from 'commander';
import { createElection } from '../../services/elections/create.js';
import { publishGenesis } from '../../services/setup/genesis.js';
import { ensureRegionsLoaded } from '../../services/regions/load.js';
import { action, print, storeOptions, withStore } from '../shared.js';
import type { StoreFlags } from '../shared.js';

interface CreateFlags extends StoreFlags {
  id: string;
  kind: string;
  name: string;
  votingDay: string;
  reservePermille?: string;
}

interface GenesisFlags extends StoreFlags {
  election: string;
  out?: string;
}

export function electionCommand(program: Command): void {
  const cmd = program.command('election').description('the election event');
  storeOptions(
    cmd
      .command('create')
      .description('create the election event that KPU’s candidate files are imported into')
      .requiredOption('--id <id>', 'election id, the prefix of contest ids, e.g. pilkada2024')
      .requiredOption('--kind <kind>', 'pilkada or pemilu')
      .requiredOption('--name <name>', 'e.g. "Pemilihan Serentak 2024"')
      .requiredOption('--voting-day <date>', 'YYYY-MM-DD')
      .option('--reserve-permille <n>', 'ballot reserve per mille of DPT (default 25 pilkada, 20 pemilu)'),
  ).action(
    action(async (flags: CreateFlags) => {
      await withStore(flags, async (store) => {
        const e = await createElection(
          store,
          {
            id: flags.id,
            kind: flags.kind,
            name: flags.name,
            votingDay: flags.votingDay,
            ...(flags.reservePermille === undefined
              ? {}
              : { ballotReservePermille: Number(flags.reservePermille) }),
          },
          new Date(),
        );
        print(
          `election ${e.id}: ${e.name} (${e.kind}), voting day ${e.votingDay}, reserve ${e.ballotReservePermille}‰`,
        );
      });
    }),
  );
  storeOptions(
    cmd
      .command('genesis')
      .description(
        'the election’s first log entry (election and contests), signed by the root: here when DATA_DIR/keys/root.key exists, else written as a request for `saksi root sign`',
      )
      .requiredOption('--election <id>', 'election id')
      .option('--out <file>', 'where to write the request (default DATA_DIR/genesis.request.json)'),
  ).action(
    action(async (flags: GenesisFlags) => {
      await withStore(flags, async (store, config) => {
        await ensureRegionsLoaded(store);
        const out = await publishGenesis(
          config,
          store,
          flags.election,
          flags.out ?? join(config.dataDir, 'genesis.request.json'),
        );
        if (!out.signed) {
          print(`saksi: genesis request (${out.entries} statements) written to ${out.requestFile}`);
          print(
            `next, on the machine holding the root: saksi root sign ${out.requestFile} --key ROOT.key --out genesis.signed.json`,
          );
          print('then here: saksi log submit genesis.signed.json');
          return;
        }
        for (const r of out.results) {
          if (r.status === 'refused') throw r.error;
          print(`saksi: ${r.type} of ${flags.election} ${r.status} at log index ${r.index}`);
        }
      });
    }),
  );
}
