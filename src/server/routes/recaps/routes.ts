/**
 * `GET /api/recaps/{contest}/{region}`: the inputs of a recap plenary at a
 * kecamatan, kab/kota or province (recapView) — what the officer console's
 * recap screen shows and signs. Public like every result: it only reads the
 * log's projection.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SaksiError, msg } from '../../../core/errors/index.js';
import type { Ledger } from '../../../core/statements/index.js';
import { recapView } from './view.js';
import { RecapAnswer } from '../../../api/console/index.js';

const Params = z.object({ contest: z.string().min(1).max(100), region: z.string().max(32) });
const Query = z.object({ lang: z.enum(['id', 'en']).optional() }).strict();

export function recapRoutes(app: FastifyInstance, ctx: { ledger: () => Ledger | null }): void {
  app.get<{ Params: z.infer<typeof Params> }>(
    '/api/recaps/:contest/:region',
    {
      schema: {
        tags: ['results'],
        summary:
          "A recap plenary's inputs: children with the figures a D.Hasil adds up, their status, TPS issues, the signed D.Hasil",
        params: Params,
        querystring: Query,
        response: { 200: RecapAnswer },
      },
    },
    async (req, reply) => {
      const ledger = ctx.ledger();
      if (ledger === null)
        throw new SaksiError(
          'RESULTS_UNAVAILABLE',
          msg('Server ini tidak memuat log pemilihan.', 'This server holds no election log.'),
        );
      reply.header('cache-control', 'no-cache');
      return { data: recapView(ledger, req.params.contest, req.params.region) };
    },
  );
}
