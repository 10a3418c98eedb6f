/**
 * Public results: `GET /api/results/{contest}[/{region}]` (any level down to
 * a TPS) and `GET /api/tps/{code}` (a TPS's forms with their history,
 * attestations and log positions). Read from the live projection; cacheable
 * for a few seconds.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SaksiError, msg } from '../../../core/errors/index.js';
import { levelOf, parseRegionCode } from '../../../core/regions/index.js';
import { genesisOf } from '../../../core/statements/index.js';
import type { Ledger } from '../../../core/statements/index.js';
import type { RegionCode } from '../../../core/regions/index.js';
import { statusOf, tpsRecord } from '../../../core/recap/index.js';
import type { LeaderRule } from '../../../core/elections/index.js';
import type { Ingest } from '../../../ingest/ingest.js';
import type { Store } from '../../../store/index.js';
import { ProgressCache } from '../../../services/results/progress.js';
import { resultsAt } from '../../../services/results/results.js';
import { ViewCache } from '../../../services/results/cache.js';
import { ResultsAnswer, TpsAnswer } from '../../../api/portal/index.js';

const Params = z.object({ contest: z.string().min(1).max(100), region: z.string().max(32).optional() });
const TpsParams = z.object({ code: z.string().max(32) });
const Lang = z.object({ lang: z.enum(['id', 'en']).optional() }).strict();

export function resultRoutes(
  app: FastifyInstance,
  ctx: { store: Store; ingest: Ingest | null; leaderRule?: LeaderRule },
): void {
  const progress = new ProgressCache(ctx.store);
  const ingest = () => {
    if (ctx.ingest === null)
      throw new SaksiError(
        'RESULTS_UNAVAILABLE',
        msg('Server ini tidak memuat log pemilihan.', 'This server holds no election log.'),
      );
    return ctx.ingest;
  };
  const ledger = () => ingest().ledger;
  /** The projection's state, for the views and their ETags. */
  const version = () => ctx.ingest?.version ?? 'none';
  const views = new ViewCache();
  /** A TPS page is never stale: recomputed whenever the log has moved (its own officer checks it at once). */
  const tpsViews = new ViewCache(0, 5_000);
  const handler = async (req: FastifyRequest<{ Params: z.infer<typeof Params> }>, reply: FastifyReply) => {
    const l = ledger();
    const { contest, region } = req.params;
    const view = await views.get(`${contest}|${region ?? ''}`, version(), () =>
      resultsAt(l, ctx.store, progress, contest, region, ctx.leaderRule),
    );
    reply.header('cache-control', 'public, max-age=1');
    reply.header('etag', view.etag);
    if (req.headers['if-none-match'] === view.etag) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(view.body);
  };
  const schema = { tags: ['results'], params: Params, querystring: Lang, response: { 200: ResultsAnswer } };
  app.get<{ Params: z.infer<typeof Params> }>(
    '/api/results/:contest',
    { schema: { ...schema, summary: "A contest's results in its own region" } },
    handler,
  );
  app.get<{ Params: z.infer<typeof Params> }>(
    '/api/results/:contest/:region',
    { schema: { ...schema, summary: "A contest's results in a region or at a TPS" } },
    handler,
  );

  app.get<{ Params: z.infer<typeof TpsParams> }>(
    '/api/tps/:code',
    {
      schema: {
        tags: ['results'],
        summary: "A TPS's forms in every contest: numbers, photo hashes, history, attestations, log entries",
        params: TpsParams,
        querystring: Lang,
        response: { 200: TpsAnswer },
      },
    },
    async (req, reply) => {
      const code = parseRegionCode(req.params.code, 'code');
      if (levelOf(code) !== 'tps')
        throw new SaksiError(
          'TPS_CODE_INVALID',
          msg('Kode TPS harus 13 digit.', 'A TPS code has 13 digits.'),
          { field: 'code' },
        );
      const l = ledger();
      const view = await tpsViews.get(code, version(), () => tpsView(l, code));
      reply.header('etag', view.etag);
      if (req.headers['if-none-match'] === view.etag) return reply.code(304).send();
      return reply.type('application/json; charset=utf-8').send(view.body);
    },
  );

  async function tpsView(l: Ledger, code: RegionCode) {
    const [tps, parents] = await Promise.all([ctx.store.tps.get(code), ctx.store.regions.ancestors(code)]);
    const contests = (genesisOf(l)?.contests ?? []).filter(
      (c) => c.region === 'national' || code.startsWith(c.region),
    );
    // A TPS neither the registry nor the log knows does not exist: no page pretends it does (issue 15).
    if (tps === undefined && contests.every((c) => tpsRecord(l, c.id, code) === undefined))
      throw new SaksiError(
        'TPS_NOT_FOUND',
        msg(
          `TPS ${code} tidak ada dalam daftar TPS maupun di log.`,
          `TPS ${code} is neither in the TPS registry nor in the log.`,
        ),
        { field: 'code' },
      );
    return {
      tps: {
        code,
        name: `TPS ${code.slice(10)}`,
        address: tps?.address ?? null,
        dpt: tps?.dpt ?? null,
        inRegistry: tps !== undefined,
      },
      parents: parents.map((p) => ({ code: p.code, dotted: p.dotted, name: p.name, level: p.level })),
      contests: await Promise.all(
        contests.map(async (c) => {
          const record = tpsRecord(l, c.id, code);
          return {
            contest: { id: c.id, name: c.name, kind: c.kind, region: c.region, pairs: c.pairs },
            status: record === undefined ? 'missing' : statusOf(record),
            // The server's ledger is lean: each version's form is read back from its log entry.
            history: await Promise.all((record?.history ?? []).map((v) => ingest().versionJson(v))),
            attestations: record?.attestations ?? [],
            incidents: record?.incidents ?? [],
            lockedBy: record?.lockedBy ?? null,
          };
        }),
      ),
    };
  }
}
