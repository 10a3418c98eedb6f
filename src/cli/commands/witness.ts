import type { Command } from 'commander';
import { nodeCrypto } from '../../crypto/node.js';
import { generateWitnessKey, startWitness, witnessConfig, writeWitnessKeyFile } from '../../witness/index.js';
import { action, print } from '../shared.js';

interface KeygenFlags {
  name: string;
  out: string;
}

interface ServeFlags {
  port?: string;
  host?: string;
  key?: string;
  logVkey?: string[];
  state?: string;
  logLevel?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function witnessCommand(program: Command): void {
  const cmd = program
    .command('witness')
    .description(
      'an independent transparency-log witness (c2sp.org/tlog-witness) · saksi independen untuk log',
    );

  cmd
    .command('keygen')
    .description('create a witness key file (mode 0600) and print its cosignature vkey')
    .requiredOption('--name <name>', 'the witness key name, e.g. witness.example.org/saksi1')
    .requiredOption('--out <file>', 'where to write the private key (never overwritten)')
    .action(
      action(async (flags: KeygenFlags) => {
        const { skey, key } = generateWitnessKey(nodeCrypto, flags.name);
        await writeWitnessKeyFile(flags.out, skey);
        print(key.vkey);
      }),
    );

  cmd
    .command('serve')
    .description('serve POST /add-checkpoint for the given logs')
    .option('--port <port>', 'TCP port (default 7380; 0 picks a free one)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option('--key <file>', 'the witness key file (from `saksi witness keygen`)')
    .option('--log-vkey <vkey>', 'a trusted log key; repeat for several logs', collect)
    .option('--state <dir>', 'state folder: latest cosigned checkpoints, evidence (default ./witness-state)')
    .option('--log-level <level>', 'fatal, error, warn, info, debug (default warn)')
    .action(
      action(async (flags: ServeFlags) => {
        const config = witnessConfig(nodeCrypto, flags, process.cwd());
        const running = await startWitness(config, { logLevel: flags.logLevel ?? 'warn' });
        const close = async () => {
          await running.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void close());
        process.once('SIGTERM', () => void close());
        print(`saksi witness: vkey ${running.witness.vkey}`);
        print(`saksi witness: ${config.logs.length} log(s), state ${config.stateDir}`);
        print(`saksi witness: listening at ${running.address}`);
      }),
    );
}
