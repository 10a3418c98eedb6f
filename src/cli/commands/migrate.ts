import type { Command } from 'commander';
import { action, print, storeOptions, withStore } from '../shared.js';
import type { StoreFlags } from '../shared.js';
import { describeDatabase } from '../../config/index.js';

export function migrateCommand(program: Command): void {
  storeOptions(
    program.command('migrate').description('bring the database schema up to date (also done on every start)'),
  ).action(
    action(async (flags: StoreFlags) => {
      await withStore(flags, async (_store, config) =>
        print(`schema up to date: ${describeDatabase(config.database)}`),
      );
    }),
  );
}
