/** `saksi init`: a new data directory for a real election (src/services/setup/init.ts). */
import type { Command } from 'commander';
import { initDataDir } from '../../services/setup/init.js';
import type { WitnessLine } from '../../core/log/policy-edit.js';
import { SaksiError, msg } from '../../core/errors/index.js';
import { action, configFrom, print, storeOptions } from '../shared.js';

interface InitFlags {
  dataDir?: string;
  databaseUrl?: string;
  origin: string;
  publicUrl: string;
  newRoot?: string | boolean;
  rootVkey?: string;
  witness: string[];
  quorum?: string;
}

export function initCommand(program: Command): void {
  storeOptions(
    program
      .command('init')
      .description('set up a new, empty data directory for a real election: log key, trust policy, root key')
      .requiredOption('--origin <origin>', "the log's origin, e.g. saksi.kpu-batu.example/pilkada2024")
      .requiredOption(
        '--public-url <url>',
        'where the server is reached, e.g. https://saksi.kpu-batu.example',
      )
      .option('--new-root [name]', 'make a new election root key in DATA_DIR/keys/root.key (move it offline)')
      .option('--root-vkey <vkey>', 'the public key of an election root kept elsewhere')
      .option('--witness <line>', 'a witness "name url vkey" (repeat)', collect, [])
      .option('--quorum <k>', 'cosignatures a checkpoint needs (default: every witness)'),
  ).action(
    action(async (flags: InitFlags) => {
      const config = configFrom({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl });
      const quorum = flags.quorum === undefined ? undefined : Number(flags.quorum);
      const report = await initDataDir(config, {
        origin: flags.origin,
        publicUrl: flags.publicUrl,
        ...(flags.newRoot === undefined
          ? {}
          : {
              newRoot: flags.newRoot === true ? `${flags.origin.split('/')[0]}/root` : String(flags.newRoot),
            }),
        ...(flags.rootVkey === undefined ? {} : { rootVkey: flags.rootVkey }),
        witnesses: flags.witness.map(witnessLine),
        ...(quorum === undefined ? {} : { quorum }),
      });
      print(`saksi: data directory ${report.dataDir} is ready`);
      print(`  log key   ${report.logVkey}`);
      print(`  root key  ${report.rootVkey}`);
      print(
        `  policy    ${report.policyFile} (${report.policy.witnesses.length} witnesses, quorum ${report.policy.quorum}); publish it for verifiers`,
      );
      if (report.rootKeyFile !== null)
        print(
          `  WARNING: the election root's private key is in ${report.rootKeyFile}. Sign the genesis, then move it to an offline machine and keep a backup there.`,
        );
      if (report.policy.quorum === 0)
        print(
          '  no witnesses yet: add them with `saksi policy add-witness` and `saksi policy set-quorum` (or serve with SAKSI_WITNESS_QUORUM=0 on purpose)',
        );
      print('next: saksi election create …, saksi import sirekap-paslon …, saksi election genesis …');
    }),
  );
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function witnessLine(text: string): WitnessLine {
  const [name, url, vkey, ...rest] = text.trim().split(/\s+/);
  if (name === undefined || url === undefined || vkey === undefined || rest.length > 0)
    throw new SaksiError(
      'POLICY_WITNESS_LINE_INVALID',
      msg(`Saksi "${text}" harus "nama url vkey".`, `Witness "${text}" must be "name url vkey".`),
      { field: 'witness' },
    );
  return { name, url, vkey };
}
