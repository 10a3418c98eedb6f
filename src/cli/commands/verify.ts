/**
 * `saksi verify --log URL-or-DIR --policy FILE [--since OLD-CHECKPOINT]`:
 * anyone's independent check of a published log. Thin: it picks the source,
 * injects node:crypto and the worker pool, and prints the core verifier's
 * report — every contest's recomputed totals, or the first failing entry.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { parsePolicy } from '../../core/log/policy.js';
import { verifyLog } from '../../core/verify/index.js';
import { ENTRY_HANDLERS } from '../../core/verify/handlers.js';
import { nodeCrypto } from '../../crypto/node.js';
import { VerifyPool } from '../../crypto/verify-pool.js';
import { directorySource, httpSource } from '../../verify/sources.js';
import { printReport } from '../../verify/print.js';
import { action, print } from '../shared.js';

interface VerifyFlags {
  log: string;
  policy: string;
  since?: string;
  json?: boolean;
}

export function verifyCommand(program: Command): void {
  program
    .command('verify')
    .description('verify a published log end to end and recompute every tally')
    .requiredOption(
      '--log <url-or-dir>',
      'the log: an https://…/log/ URL or a directory with checkpoint and tile/',
    )
    .requiredOption('--policy <file>', 'trust policy: log key, root key, witness keys and quorum')
    .option('--since <file>', 'an older signed checkpoint the log must have grown from')
    .option('--json', 'print the report as JSON')
    .action(
      action(async (flags: VerifyFlags) => {
        const policy = parsePolicy(nodeCrypto, await readFile(flags.policy, 'utf8'));
        if (policy.quorum === 0)
          process.stderr.write(
            'saksi: WARNING: the policy asks for no witness cosignature (quorum 0): the log operator alone vouches for the checkpoints, and could show different logs to different verifiers.\n' +
              '       PERINGATAN: kebijakan tidak meminta tanda tangan saksi (quorum 0): hanya operator log yang menjamin checkpoint.\n',
          );
        const since = flags.since === undefined ? undefined : await readFile(flags.since, 'utf8');
        const source = /^https?:\/\//.test(flags.log)
          ? httpSource(flags.log, { timeoutMs: 30_000 })
          : directorySource(flags.log);
        const pool = new VerifyPool();
        const started = Date.now();
        try {
          const report = await verifyLog({
            source,
            crypto: nodeCrypto,
            policy,
            handlers: ENTRY_HANDLERS,
            // Leaf hashes, parsing and signatures on every core; the replay in order on this thread.
            prepare: pool.preparer(),
            ...(since === undefined ? {} : { since }),
            onProgress: (done, total) => {
              if (!flags.json && process.stderr.isTTY) process.stderr.write(`\rverifying ${done}/${total}`);
            },
          });
          if (!flags.json && process.stderr.isTTY) process.stderr.write('\n');
          for (const line of printReport(report, Date.now() - started, flags.json === true)) print(line);
          process.exitCode = report.ok ? 0 : 1;
        } finally {
          await pool.close();
        }
      }),
    );
}
