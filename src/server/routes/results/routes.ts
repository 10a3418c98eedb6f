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
import { ProblemAnswer, ResultsAnswer, TpsAnswer } from '../../../api/portal/index.js';
import { PROBLEM_FILTERS, problemTps } from '../../../services/results/problem-tps.js';
import { tableCsv } from '../../../services/exports/table-files.js';

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

  const ProblemQuery = z
    .object({
      filter: z.enum(PROBLEM_FILTERS),
      limit: z.coerce.number().int().min(1).max(5000).default(500),
      offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
      lang: z.enum(['id', 'en']).optional(),
    })
    .strict();
  const ProblemParams = z.object({ contest: z.string().min(1).max(100), region: z.string().max(32) });
  type Problems = { Params: z.infer<typeof ProblemParams>; Querystring: z.infer<typeof ProblemQuery> };
  const problems = (req: FastifyRequest<Problems>, limit: number) =>
    problemTps(ledger(), ctx.store, {
      contestId: req.params.contest,
      region: req.params.region,
      filter: req.query.filter,
      limit,
      offset: req.query.offset,
    });
  const problemSchema = { tags: ['results'], params: ProblemParams, querystring: ProblemQuery };
  app.get<Problems>(
    '/api/results/:contest/:region/tps',
    {
      schema: {
        ...problemSchema,
        summary: 'The TPS behind a counter: missing, objected, corrected, with warnings or incidents, …',
        response: { 200: ProblemAnswer },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'public, max-age=5');
      return { data: await problems(req, req.query.limit) };
    },
  );
  app.get<Problems>(
    '/api/results/:contest/:region/tps.csv',
    { schema: { ...problemSchema, summary: 'The same list as CSV (up to 5,000 TPS from offset)' } },
    async (req, reply) => {
      const page = await problems(req, 5000);
      const { contest, region } = req.params;
      const csv = tableCsv({
        title: `${contest} ${region} ${req.query.filter}`,
        header: ['tps', 'status', 'warnings', 'incidents', 'log_index'],
        rows: page.items.map((t) => [t.code, t.status, t.warnings.join(' '), t.incidents, t.index]),
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="tps-${req.query.filter}-${contest}-${region}.csv"`,
        )
        .send(csv);
    },
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
