/**
 * KPU Sirekap-compatible paths and JSON, so community tools written for
 * KPU's public data work unchanged against Saksi:
 *
 *   /sirekap/pilkada/hhcw/{pkwkp|pkwkk}/{p}/{k}[/{kec}[/{desa}[/{tps}]]].json
 *   /sirekap/pemilu/hhcw/ppwp[/{p}[/{k}[/{kec}[/{desa}[/{tps}]]]]].json
 *   /sirekap/wilayah/{pilkada/pkwkp|pilkada/pkwkk|pemilu/ppwp}/{0|code…}.json
 *
 * A region path answers the aggregate (`tungsura.chart`, `table` per child
 * with `progres`), a TPS path the per-TPS record of its effective form.
 */
import type { FastifyInstance } from 'fastify';
import { SaksiError, msg } from '../../../core/errors/index.js';
import { effectiveEntry, tpsRecord } from '../../../core/recap/index.js';
import { parseRegionCode } from '../../../core/regions/index.js';
import type { RegionCode } from '../../../core/regions/index.js';
import { toSirekapTps } from '../../../core/sirekap/index.js';
import { genesisOf } from '../../../core/statements/index.js';
import { toSirekapAggregate } from '../../../core/tally/index.js';
import { tallyOf } from '../../../core/recap/index.js';
import type { Ingest } from '../../../ingest/ingest.js';
import type { Store } from '../../../store/index.js';
import { ProgressCache } from '../../../services/results/progress.js';
import { ViewCache } from '../../../services/results/cache.js';
import type { FastifyReply } from 'fastify';

type Kind = 'pkwkp' | 'pkwkk' | 'ppwp';

const LEVEL_NUMBER: Readonly<Record<string, number>> = { province: 1, regency: 2, district: 3, village: 4 };

export function sirekapRoutes(
  app: FastifyInstance,
  ctx: { store: Store; ingest: Ingest | null; electionId: () => string | undefined },
): void {
  const progress = new ProgressCache(ctx.store);
  const views = new ViewCache();

  app.get('/sirekap/pilkada/hhcw/:kind/*', { schema: { hide: true } }, async (req, reply) => {
    const { kind, '*': rest } = req.params as { kind: string; '*': string };
    if (kind !== 'pkwkp' && kind !== 'pkwkk') throw notFound(req.url);
    return answer(kind, rest, reply);
  });
  app.get('/sirekap/pemilu/hhcw/ppwp.json', { schema: { hide: true } }, async (_req, reply) =>
    answer('ppwp', '', reply),
  );
  app.get('/sirekap/pemilu/hhcw/ppwp/*', { schema: { hide: true } }, async (req, reply) =>
    answer('ppwp', (req.params as { '*': string })['*'], reply),
  );
  app.get('/sirekap/wilayah/:election/:kind/*', { schema: { hide: true } }, async (req) => {
    const { '*': rest } = req.params as { '*': string };
    const codes = pathCodes(rest, req.url);
    const parent = codes.at(-1);
    const list =
      parent === undefined || parent === '0'
        ? await ctx.store.regions.children(null)
        : await ctx.store.regions.children(parseRegionCode(parent));
    // KPU's lists name a kabupaten without the word ("BANGKALAN") but keep "KOTA …", sorted by name.
    return list
      .map((r) => ({
        nama: r.name.replace(/^Kabupaten\s+/i, '').toUpperCase(),
        id: Number(r.code),
        kode: r.code,
        tingkat: LEVEL_NUMBER[r.level],
      }))
      .sort((a, b) => (a.nama < b.nama ? -1 : a.nama > b.nama ? 1 : 0));
  });

  /** Rendered once per second at most, like the results views (ETag = log size). */
  async function answer(kind: Kind, rest: string, reply: FastifyReply) {
    const version = ctx.ingest?.version ?? 'none';
    const view = await views.get(`${kind}|${rest}`, version, () => compute(kind, rest), { raw: true });
    reply.header('cache-control', 'public, max-age=1');
    reply.header('etag', view.etag);
    if (reply.request.headers['if-none-match'] === view.etag) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(view.body);
  }

  async function compute(kind: Kind, rest: string) {
    const ingest = ctx.ingest;
    if (ingest === null)
      throw new SaksiError(
        'RESULTS_UNAVAILABLE',
        msg('Server ini tidak memuat log pemilihan.', 'This server holds no election log.'),
      );
    const codes = rest === '' ? [] : pathCodes(rest, rest);
    const target = codes.at(-1);
    const contestRegion = kind === 'ppwp' ? 'national' : kind === 'pkwkp' ? codes[0] : codes[1];
    if (contestRegion === undefined) throw notFound(rest);
    const contestId = `${ctx.electionId() ?? ''}-${kind}-${contestRegion}`;
    const contest = genesisOf(ingest.ledger)?.contests.find((c) => c.id === contestId);
    if (contest === undefined) throw notFound(rest);
    const ts = sirekapTs(new Date());
    if (target !== undefined && target.length === 13) {
      const entry = effectiveEntry(tpsRecord(ingest.ledger, contestId, target));
      if (entry === undefined) throw notFound(rest);
      return toSirekapTps(await ingest.formOf(entry), {
        variant: kind === 'ppwp' ? 'pemilu' : 'pilkada',
        ts,
      });
    }
    const region = (target ?? 'national') as RegionCode | 'national';
    const tally = tallyOf(ingest.ledger);
    const p = await progress.of(region);
    return toSirekapAggregate(
      tally.snapshot(contestId, region),
      tally.children(contestId, region),
      Object.fromEntries(p.byChild),
      ts,
    );
  }
}

/** `35/3579/357901.json` → ['35', '3579', '357901'], each code extending the previous. */
function pathCodes(rest: string, url: string): string[] {
  const parts = rest.replace(/\.json$/, '').split('/');
  if (!rest.endsWith('.json') || parts.some((p) => !/^\d{1,13}$/.test(p))) throw notFound(url);
  parts.forEach((p, i) => {
    if (i > 0 && !p.startsWith(parts[i - 1] as string)) throw notFound(url);
  });
  return parts;
}

/** Sirekap's timestamp: "YYYY-MM-DD HH:MM:SS" in WIB. */
function sirekapTs(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

function notFound(path: string): SaksiError {
  return new SaksiError(
    'SIREKAP_PATH_NOT_FOUND',
    msg(`Tidak ada data di ${path.slice(0, 120)}.`, `No data at ${path.slice(0, 120)}.`),
    { field: 'path' },
  );
}
