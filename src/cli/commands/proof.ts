/**
 * `saksi proof verify RECEIPT --policy FILE (--entry FILE | --log URL-or-DIR)`:
 * check one receipt offline — the entry is in the log at that index, under a
 * checkpoint signed by the log key and cosigned by a quorum of witnesses.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { SaksiError, msg } from '../../core/errors/index.js';
import { parseEntryBundle } from '../../core/log/entry-bundle.js';
import { parsePolicy } from '../../core/log/policy.js';
import { parseTlogProof, verifyTlogProof } from '../../core/log/proof-bundle.js';
import { TILE_WIDTH, tilePath } from '../../core/log/tiles.js';
import { nodeCrypto } from '../../crypto/node.js';
import { directorySource, httpSource } from '../../verify/sources.js';
import { action, print } from '../shared.js';

interface ProofFlags {
  policy: string;
  entry?: string;
  log?: string;
}

export function proofCommand(program: Command): void {
  const cmd = program.command('proof').description('receipts (C2SP tlog-proof)');
  cmd
    .command('verify')
    .description('verify a receipt offline against a trust policy')
    .argument('<receipt>', 'receipt file')
    .requiredOption('--policy <file>', 'trust policy file')
    .option('--entry <file>', 'the entry bytes the receipt is for')
    .option('--log <url-or-dir>', 'fetch the entry from this log instead')
    .action(
      action(async (file: string, flags: ProofFlags) => {
        const receipt = await readFile(file, 'utf8');
        const policy = parsePolicy(nodeCrypto, await readFile(flags.policy, 'utf8'));
        const entry =
          flags.entry !== undefined
            ? await readFile(flags.entry)
            : await fetchEntry(flags.log, parseTlogProof(receipt).index, receipt);
        const r = verifyTlogProof(nodeCrypto, receipt, entry, policy);
        print(
          `OK: entry ${r.index} is in ${r.checkpoint.origin} at size ${r.checkpoint.size}, cosigned by ${r.cosignatures.length} witness(es)`,
        );
      }),
    );
}

async function fetchEntry(log: string | undefined, index: number, receipt: string): Promise<Uint8Array> {
  if (log === undefined) {
    throw new SaksiError(
      'PROOF_ENTRY_REQUIRED',
      msg('Berikan --entry atau --log.', 'Give --entry or --log.'),
      { field: 'entry' },
    );
  }
  const size = Number(receipt.split('\n\n')[1]?.split('\n')[1] ?? NaN);
  const source = /^https?:\/\//.test(log) ? httpSource(log, { timeoutMs: 30_000 }) : directorySource(log);
  const n = Math.floor(index / TILE_WIDTH);
  const width = Math.min(TILE_WIDTH, size - n * TILE_WIDTH);
  const bytes =
    Number.isSafeInteger(width) && width > 0
      ? await source(tilePath({ kind: 'entries', level: 0, index: n, width }))
      : undefined;
  const entry = bytes === undefined ? undefined : parseEntryBundle(bytes, width)[index % TILE_WIDTH];
  if (entry === undefined)
    throw new SaksiError(
      'PROOF_ENTRY_NOT_FOUND',
      msg('Entri tidak ditemukan di log.', 'The entry was not found in the log.'),
      { field: 'log' },
    );
  return entry;
}
