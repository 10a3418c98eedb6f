import type { Command } from 'commander';
import { ensureRegionsLoaded } from '../../services/regions/load.js';
import { action, print, storeOptions, withStore } from '../shared.js';
import type { StoreFlags } from '../shared.js';

export function regionsCommand(program: Command): void {
  const cmd = program.command('regions').description('the official region hierarchy');
  storeOptions(cmd.command('load').description('load the official regions (idempotent)')).action(
    action(async (flags: StoreFlags) => {
      await withStore(flags, async (store) => {
        const r = await ensureRegionsLoaded(store);
        print(
          `${r.loaded ? 'loaded' : 'already present'}: ${r.source} in ${r.ms} ms — ${JSON.stringify(r.counts)}`,
        );
      });
    }),
  );
  storeOptions(
    cmd.command('issues').description('region codes named by KPU data but missing from the official list'),
  ).action(
    action(async (flags: StoreFlags) => {
      await withStore(flags, async (store) => {
        const issues = await store.regions.issues();
        for (const i of issues) print(`${i.code}\t${i.kind}\t${i.detail}\t${i.reportedAt}`);
        print(`${issues.length} region issue(s)`);
      });
    }),
  );
}
