/** Every `saksi` command, registered on one program (main.ts parses the command line; tests run it in-process). */
import { Command } from 'commander';
import { serveCommand } from './commands/serve.js';
import { importCommand } from './commands/import.js';
import { registryCommand } from './commands/registry.js';
import { regionsCommand } from './commands/regions.js';
import { migrateCommand } from './commands/migrate.js';
import { accountsCommand } from './commands/accounts.js';
import { tokensCommand } from './commands/tokens.js';
import { auditCommand } from './commands/audit.js';
import { verifyCommand } from './commands/verify.js';
import { proofCommand } from './commands/proof.js';
import { witnessCommand } from './commands/witness.js';
import { rebuildCommand } from './commands/rebuild.js';
import { simulateCommand } from './commands/simulate.js';
import { initCommand } from './commands/init.js';
import { policyCommand } from './commands/policy.js';
import { electionCommand } from './commands/election.js';
import { rootCommand } from './commands/root.js';
import { logCommand } from './commands/log.js';

export function saksiProgram(): Command {
  const program = new Command()
    .name('saksi')
    .description(
      'Saksi — verifiable Pilkada recap and supervision · rekapitulasi dan pengawasan yang dapat diverifikasi',
    )
    .version('0.1.0');
  initCommand(program);
  policyCommand(program);
  electionCommand(program);
  rootCommand(program);
  logCommand(program);
  serveCommand(program);
  importCommand(program);
  registryCommand(program);
  regionsCommand(program);
  migrateCommand(program);
  accountsCommand(program);
  tokensCommand(program);
  auditCommand(program);
  verifyCommand(program);
  proofCommand(program);
  witnessCommand(program);
  rebuildCommand(program);
  simulateCommand(program);
  return program;
}
