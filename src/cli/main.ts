/** The `saksi` command line: one file per command under commands/. */
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

const program = new Command()
  .name('saksi')
  .description(
    'Saksi — verifiable Pilkada recap and supervision · rekapitulasi dan pengawasan yang dapat diverifikasi',
  )
  .version('0.1.0');

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

await program.parseAsync(process.argv);
