/** `saksi policy …`: the only way a data directory's trust policy changes (issue 16 #4). */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { addWitness, removeWitness, setQuorum } from '../../core/log/policy-edit.js';
import type { TrustPolicy } from '../../core/log/policy.js';
import { nodeCrypto } from '../../crypto/node.js';
import { changePolicyFile, policyFileOf } from '../../services/setup/policy-file.js';
import { action, configFrom, print, storeOptions } from '../shared.js';
import type { StoreFlags } from '../shared.js';

export function policyCommand(program: Command): void {
  const cmd = program
    .command('policy')
    .description("the data directory's trust policy (policy.txt): show it, or change it explicitly");
  storeOptions(cmd.command('show').description('print the policy')).action(
    action(async (flags: StoreFlags) => {
      process.stdout.write(await readFile(policyFileOf(dataDir(flags)), 'utf8'));
    }),
  );
  storeOptions(
    cmd
      .command('add-witness')
      .description('add a witness the log asks for cosignatures (the quorum stays; raise it with set-quorum)')
      .argument('<name>', 'the policy-local name')
      .argument('<url>', "the witness's http(s):// address")
      .argument('<vkey>', "the witness's cosignature/v1 vkey"),
  ).action(
    action(async (name: string, url: string, vkey: string, flags: StoreFlags) =>
      change(flags, (p) => addWitness(nodeCrypto, p, { name, url, vkey })),
    ),
  );
  storeOptions(
    cmd.command('remove-witness').description('remove a witness').argument('<name>', 'the policy-local name'),
  ).action(
    action(async (name: string, flags: StoreFlags) =>
      change(flags, (p) => removeWitness(nodeCrypto, p, name)),
    ),
  );
  storeOptions(
    cmd
      .command('set-quorum')
      .description('how many distinct witnesses must cosign each checkpoint')
      .argument('<k>', '0 … the number of witnesses'),
  ).action(
    action(async (k: string, flags: StoreFlags) =>
      change(flags, (p) => setQuorum(nodeCrypto, p, /^\d+$/.test(k) ? Number(k) : Number.NaN)),
    ),
  );
}

function dataDir(flags: StoreFlags): string {
  return configFrom({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl }).dataDir;
}

async function change(flags: StoreFlags, edit: (p: TrustPolicy) => TrustPolicy): Promise<void> {
  const dir = dataDir(flags);
  const next = await changePolicyFile(dir, edit);
  print(
    `saksi: ${policyFileOf(dir)}: ${next.witnesses.length} witnesses (${next.witnesses.map((w) => w.name).join(', ') || 'none'}), quorum ${next.quorum}; restart the server and republish the policy`,
  );
}
