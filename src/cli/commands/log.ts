/** `saksi log submit`: append signed entries carried over as files (run with the server stopped). */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { signedFileEntries, submitEntries } from '../../services/setup/statements.js';
import { action, configFrom, print, storeOptions } from '../shared.js';
import type { StoreFlags } from '../shared.js';

export function logCommand(program: Command): void {
  const cmd = program.command('log').description("the data directory's transparency log");
  storeOptions(
    cmd
      .command('submit')
      .description('append signed statements (one entry per file), checked as the server checks them')
      .argument('<files...>', 'signed entry files'),
  ).action(
    action(async (files: string[], flags: StoreFlags) => {
      const config = configFrom({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl });
      const entries = (
        await Promise.all(
          files.map(async (file) =>
            signedFileEntries(new Uint8Array(await readFile(file))).map((bytes, i) => ({
              file: `${file}:${i + 1}`,
              bytes,
            })),
          ),
        )
      ).flat();
      let refused = 0;
      for (const { file, result } of await submitEntries(config, entries)) {
        if (result.status === 'refused') {
          refused++;
          print(`${file}: refused ${result.error.code}: ${result.error.messages.en}`);
        } else print(`${file}: ${result.status} ${result.type} at index ${result.index}`);
      }
      if (refused > 0) process.exitCode = 1;
    }),
  );
}
