/** `saksi audit verify`: re-hash the audit trail's chain; exit 1 when it is broken. */
import type { Command } from 'commander';
import { action, print, storeOptions, withStore } from '../shared.js';
import type { StoreFlags } from '../shared.js';

export function auditCommand(program: Command): void {
  const cmd = program.command('audit').description('the hash-chained audit trail of every write');
  storeOptions(
    cmd.command('verify').description('check that no past audit entry was edited or removed'),
  ).action(
    action(async (flags: StoreFlags) => {
      await withStore(flags, async (store) => {
        const r = await store.auth.audit.verify();
        if (r.ok) {
          print(`audit chain intact: ${r.checked} entries, head ${r.head}`);
          return;
        }
        print(`audit chain BROKEN at entry ${r.brokenAt} (${r.reason}) after ${r.checked} good entries`);
        process.exitCode = 1;
      });
    }),
  );
}
