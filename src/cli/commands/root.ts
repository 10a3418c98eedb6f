/** `saksi root sign`: on the machine holding the election root (kept offline), sign a request. */
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadOrCreateNamedKey } from '../../services/imports/offline.js';
import {
  keyIdOfLoaded,
  parseRequests,
  signRequests,
  signedFileBytes,
} from '../../services/setup/statements.js';
import { SaksiError, msg } from '../../core/errors/index.js';
import { action, print } from '../shared.js';

interface SignFlags {
  key: string;
  out?: string;
}

export function rootCommand(program: Command): void {
  const cmd = program.command('root').description('the election root key, kept offline');
  cmd
    .command('sign')
    .description('sign a statement request (`saksi election genesis` writes one) with the root key')
    .argument('<request>', 'the request file ({"type", "body"})')
    .requiredOption('--key <file>', 'the root key file')
    .option('--out <file>', 'the signed entry (default REQUEST with .signed.json)')
    .action(
      action(async (requestFile: string, flags: SignFlags) => {
        const requests = parseRequests(await readFile(requestFile, 'utf8'), requestFile);
        const key = await readFile(flags.key, 'utf8').then(
          () => loadOrCreateNamedKey(flags.key, 'unused'),
          () => {
            throw new SaksiError(
              'ROOT_KEY_MISSING',
              msg(`Tidak ada kunci di ${flags.key}.`, `There is no key at ${flags.key}.`),
              { field: 'key' },
            );
          },
        );
        const out = flags.out ?? requestFile.replace(/(\.request)?\.json$/, '') + '.signed.json';
        await writeFile(out, signedFileBytes(signRequests(requests, key)), { flag: 'wx' });
        const types = [...new Set(requests.map((r) => r.type))].join(', ');
        print(
          `saksi: ${requests.length} statements (${types}) signed by ${key.name} (${keyIdOfLoaded(key)}) → ${out}`,
        );
      }),
    );
}
