/**
 * `saksi rebuild [--json]`: recreate the projections from the data
 * directory's log and print every contest's totals (the live server's
 * numbers). Read-only. Thin: the service does the work.
 */
import type { Command } from 'commander';
import { formatRebuild, rebuildProjections } from '../../services/imports/rebuild.js';
import { action, configFrom, print, storeOptions } from '../shared.js';
import type { StoreFlags } from '../shared.js';

interface RebuildFlags extends StoreFlags {
  json?: boolean;
}

export function rebuildCommand(program: Command): void {
  storeOptions(
    program
      .command('rebuild')
      .description("replay the data directory's log into the ledger and tally; print every contest's totals")
      .option('--json', 'print the totals as JSON'),
  ).action(
    action(async (flags: RebuildFlags) => {
      const config = configFrom({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl });
      for (const line of formatRebuild(await rebuildProjections(config), flags.json === true)) print(line);
    }),
  );
}
