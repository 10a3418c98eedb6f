import type { Command } from 'commander';
import { parseRegionCode } from '../../core/regions/index.js';
import { SaksiError, msg } from '../../core/errors/index.js';
import { generateAndStoreRegistry } from '../../services/registry/generate.js';
import { ensureRegionsLoaded } from '../../services/regions/load.js';
import { action, print, storeOptions, withStore } from '../shared.js';
import type { StoreFlags } from '../shared.js';

interface GenerateFlags extends StoreFlags {
  region: string;
  tps: string;
  seed?: string;
}

export function registryCommand(program: Command): void {
  const cmd = program.command('registry').description('the TPS registry');
  storeOptions(
    cmd
      .command('generate')
      .description('generate a realistic TPS registry for a region (DPT 150–600 per TPS)')
      .requiredOption('--region <code>', 'region code, e.g. 3579 or 35.79')
      .requiredOption('--tps <n>', 'number of TPS to spread over the region')
      .option('--seed <seed>', 'seed for reproducible output'),
  ).action(
    action(async (flags: GenerateFlags) => {
      const region = parseRegionCode(flags.region, 'region');
      const tps = Number(flags.tps);
      if (!Number.isInteger(tps) || tps < 1 || tps > 2_000_000) {
        throw new SaksiError(
          'TPS_COUNT_INVALID',
          msg('--tps harus 1–2.000.000.', '--tps must be 1–2,000,000.'),
          { field: 'tps' },
        );
      }
      await withStore(flags, async (store) => {
        await ensureRegionsLoaded(store);
        const r = await generateAndStoreRegistry(store, region, tps, flags.seed ?? region);
        print(`region ${r.region}: ${r.tps} TPS over ${r.villages} desa/kelurahan, DPT ${r.dpt}`);
      });
    }),
  );
}
