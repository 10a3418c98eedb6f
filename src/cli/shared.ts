/**
 * What every command shares: the store and config flags, opening the store,
 * and printing errors as code + bilingual message (never a stack trace).
 */
import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../config/index.js';
import type { Config, ConfigInput } from '../config/index.js';
import { isSaksiError } from '../core/errors/index.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/index.js';

export interface StoreFlags {
  dataDir?: string;
  databaseUrl?: string;
}

export function storeOptions(cmd: Command): Command {
  return cmd
    .option('--data-dir <dir>', 'data directory (SAKSI_DATA_DIR, default ./data)')
    .option('--database-url <url>', 'postgres://… or sqlite:FILE (SAKSI_DATABASE_URL)');
}

export function configFrom(flags: ConfigInput): Config {
  return loadConfig(process.env, flags, process.cwd());
}

export async function withStore<T>(
  flags: StoreFlags,
  fn: (store: Store, config: Config) => Promise<T>,
): Promise<T> {
  const config = configFrom({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl });
  const store = await openStore(config.database);
  try {
    return await fn(store, config);
  } finally {
    await store.close();
  }
}

/** Run a command's action, turning known errors into a clear message and exit code 1 (2 for config). */
export function action<A extends unknown[]>(
  fn: (...args: A) => Promise<void>,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      process.exitCode = reportError(e);
    }
  };
}

export function reportError(e: unknown): number {
  if (e instanceof ConfigError) {
    process.stderr.write(`saksi: ${e.message}\n`);
    return 2;
  }
  if (isSaksiError(e)) {
    process.stderr.write(`saksi: ${e.code}: ${e.messages.en}\n       ${e.messages.id}\n`);
    for (const p of e.problems.slice(0, 50))
      process.stderr.write(`  - ${p.code} [${p.fields.join(', ')}]: ${p.message.en}\n`);
    if (e.problems.length > 50) process.stderr.write(`  … and ${e.problems.length - 50} more\n`);
    return 1;
  }
  if (e instanceof Error && 'code' in e && (e as NodeJS.ErrnoException).code === 'ENOENT') {
    process.stderr.write(`saksi: file not found: ${(e as NodeJS.ErrnoException).path ?? ''}\n`);
    return 1;
  }
  process.stderr.write(`saksi: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
  return 1;
}

export function print(line: string): void {
  process.stdout.write(`${line}\n`);
}
