/**
 * `saksi simulate`: simulate an election for a region through the real
 * ingest path and check the tally against the generated truth (see
 * src/simulate/simulate.ts). Exit code 1 when a tally differs or an outcome
 * was not the expected one.
 *
 *   saksi simulate --region 3579                 # Kota Batu, in-process batches
 *   saksi simulate --region 35 --via http        # Jawa Timur through the HTTP API
 *   saksi simulate --region national --keep --work-dir ./sim
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { SaksiError, msg } from '../../core/errors/index.js';
import { CONTEST_SETS, REGISTRY_SOURCES, parseScope, progressLine, simulate } from '../../simulate/index.js';
import type { ContestSet, RegistrySource } from '../../simulate/index.js';
import { SILENT } from '../../simulate/progress.js';
import { formatSummary } from '../../simulate/report.js';
import { action, print } from '../shared.js';

interface SimulateFlags {
  region: string;
  via: string;
  registry: string;
  contests?: string;
  seed: string;
  errors: string;
  misreads: string;
  corrections: string;
  objections: string;
  limit?: string;
  chunk: string;
  inFlight?: string;
  workDir?: string;
  keep?: boolean;
  databaseUrl?: string;
  sharedData?: string;
  json?: string;
  quiet?: boolean;
}

export function simulateCommand(program: Command): void {
  program
    .command('simulate')
    .description(
      'simulate an election for a region through the real ingest path and check the tally against the truth',
    )
    .option('--region <code>', 'region code (3579, 35.79, 35) or "national"', '3579')
    .option(
      '--via <path>',
      'batch (Ingest.submit in-process) or http (a local server, POST /api/forms/batch)',
      'batch',
    )
    .option('--registry <source>', `TPS registry: ${REGISTRY_SOURCES.join(' | ')}`, 'auto')
    .option(
      '--contests <set>',
      `${CONTEST_SETS.join(' | ')} (default all: with the whole country, ≈ 870k forms)`,
    )
    .option('--seed <text>', 'seed of the generated results', 'saksi')
    .option('--errors <rate>', 'share of forms with a deliberate arithmetic error (refused)', '0.005')
    .option(
      '--misreads <rate>',
      'share of forms with an OCR-style leading 9 (refused, then resubmitted)',
      '0.005',
    )
    .option('--corrections <rate>', 'share of forms corrected after acceptance', '0.005')
    .option('--objections <rate>', 'share of forms a saksi objects to', '0.01')
    .option('--limit <n>', 'simulate only the first n TPS')
    .option('--chunk <n>', 'entries per submit call or HTTP request (1–1000)', '256')
    .option('--in-flight <n>', 'calls or requests in flight (default 16 batch, 8 http)')
    .option(
      '--work-dir <dir>',
      'put the store, log and keys here and keep them (default: a temporary directory)',
    )
    .option('--keep', 'keep the temporary directory')
    .option('--database-url <url>', 'postgres://… for PostgreSQL (default SQLite in the work directory)')
    .option('--shared-data <dir>', 'the shared data directory (SAKSI_SHARED_DATA, default ../shared/data)')
    .option('--json <file>', 'write the summary as JSON to this file')
    .option('--quiet', 'no progress line')
    .action(
      action(async (flags: SimulateFlags) => {
        const via = oneOf(flags.via, ['batch', 'http'] as const, 'via');
        const registry = oneOf(flags.registry, REGISTRY_SOURCES, 'registry');
        const contests =
          flags.contests === undefined ? undefined : oneOf(flags.contests, CONTEST_SETS, 'contests');
        const rates = {
          error: rate(flags.errors, 'errors'),
          misread: rate(flags.misreads, 'misreads'),
          correction: rate(flags.corrections, 'corrections'),
          objection: rate(flags.objections, 'objections'),
        };
        if (rates.error + rates.misread + rates.correction + rates.objection > 1)
          throw invalid('errors', {
            id: 'jumlah semua rasio lebih dari 1',
            en: 'the rates add up to more than 1',
          });
        const summary = await simulate({
          scope: parseScope(flags.region),
          via,
          registry: registry as RegistrySource,
          ...(contests === undefined ? {} : { contests: contests as ContestSet }),
          seed: flags.seed,
          rates,
          ...(flags.limit === undefined ? {} : { limit: whole(flags.limit, 'limit', 1, 10_000_000) }),
          chunk: whole(flags.chunk, 'chunk', 1, 1000),
          ...(flags.inFlight === undefined ? {} : { inFlight: whole(flags.inFlight, 'in-flight', 1, 1024) }),
          ...(flags.workDir === undefined ? {} : { workDir: flags.workDir }),
          keep: flags.keep === true,
          ...(flags.databaseUrl === undefined ? {} : { databaseUrl: flags.databaseUrl }),
          ...(flags.sharedData === undefined ? {} : { sharedData: flags.sharedData }),
          progress: flags.quiet === true ? SILENT : progressLine(),
          log: flags.quiet === true ? () => undefined : print,
        });
        for (const line of formatSummary(summary)) print(line);
        if (flags.json !== undefined) writeFileSync(flags.json, `${JSON.stringify(summary, null, 2)}\n`);
        if (!summary.ok) process.exitCode = 1;
      }),
    );
}

function oneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw invalid(field, { id: `pilih ${allowed.join(', ')}`, en: `use one of ${allowed.join(', ')}` });
}

function rate(text: string, field: string): number {
  const v = Number(text);
  if (!Number.isFinite(v) || v < 0 || v > 1)
    throw invalid(field, { id: 'rasio adalah angka 0 sampai 1', en: 'a rate is a number from 0 to 1' });
  return v;
}

function whole(text: string, field: string, min: number, max: number): number {
  const v = Number(text);
  if (!Number.isSafeInteger(v) || v < min || v > max)
    throw invalid(field, {
      id: `bilangan bulat ${min} sampai ${max}`,
      en: `a whole number from ${min} to ${max}`,
    });
  return v;
}

function invalid(field: string, why: { id: string; en: string }): SaksiError {
  return new SaksiError(
    'SIMULATE_OPTION_INVALID',
    msg(`--${field} tidak sah: ${why.id}.`, `--${field} is not valid: ${why.en}.`),
    { field },
  );
}
