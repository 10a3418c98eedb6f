/**
 * The log's public read path, C2SP tlog-tiles: `/log/checkpoint` (mutable,
 * barely cached), `/log/tile/…` (immutable, cached for a week) and
 * `/log/policy.txt`, the trust policy a verifier applies (it is only a
 * convenience: a careful verifier pins keys it got elsewhere). The same
 * directory can be served unchanged by nginx or any CDN; this route exists so
 * that a single `saksi serve` is complete. Paths are attacker-controlled:
 * only canonical tile paths are read, nothing else on disk is reachable.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SaksiError, msg } from '../../../core/errors/index.js';
import { parseTilePath, tilePath } from '../../../core/log/tiles.js';
import type { AppContext } from '../../context.js';
import { ReceiptAnswer } from '../../../api/console/index.js';

const IMMUTABLE = 'public, max-age=604800, immutable';

export function logRoutes(app: FastifyInstance, ctx: AppContext): void {
  const log = ctx.log;
  if (log === undefined) return;

  app.get(
    '/log/checkpoint',
    { schema: { tags: ['log'], summary: 'The latest witnessed checkpoint (C2SP tlog-checkpoint)' } },
    async (_req, reply) => {
      const cp = log.checkpoint;
      if (cp === null)
        throw new SaksiError(
          'LOG_CHECKPOINT_NOT_FOUND',
          msg('Belum ada checkpoint yang diterbitkan.', 'No checkpoint has been published yet.'),
        );
      reply.header('cache-control', 'no-cache, max-age=1');
      reply.type('text/plain; charset=utf-8');
      return cp.text;
    },
  );

  const policy = ctx.policy;
  if (policy !== undefined)
    app.get(
      '/log/policy.txt',
      {
        schema: {
          tags: ['log'],
          summary: 'The trust policy: log key, election root key, witness keys and quorum',
        },
      },
      async (_req, reply) => {
        reply.header('cache-control', 'public, max-age=300');
        reply.type('text/plain; charset=utf-8');
        return policy;
      },
    );

  app.get(
    '/log/tile/*',
    { schema: { tags: ['log'], summary: 'Hash tiles and entry bundles (C2SP tlog-tiles)' } },
    async (req, reply) => {
      const rest = (req.params as { '*': string })['*'];
      let path: string;
      try {
        path = tilePath(parseTilePath(`tile/${rest}`));
      } catch {
        throw tileNotFound(rest);
      }
      const bytes = await log.storage.get(path);
      if (bytes === undefined) throw tileNotFound(rest);
      reply.header('cache-control', IMMUTABLE);
      reply.type('application/octet-stream');
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
  );

  const ReceiptParams = z.object({ index: z.string().regex(/^\d{1,15}$/) });
  const ReceiptQuery = z
    .object({
      wait: z.coerce.number().int().min(0).max(30_000).optional(),
      lang: z.enum(['id', 'en']).optional(),
    })
    .strict();
  app.get<{ Params: z.infer<typeof ReceiptParams>; Querystring: z.infer<typeof ReceiptQuery> }>(
    '/api/receipts/:index',
    {
      schema: {
        tags: ['log'],
        summary:
          'The receipt (C2SP tlog-proof) of a log entry, once a witnessed checkpoint covers it; ?wait=ms waits for it',
        params: ReceiptParams,
        querystring: ReceiptQuery,
        // 200 is text/plain (the receipt itself) when asked with `accept: text/plain`.
        response: { 200: ReceiptAnswer, 202: ReceiptAnswer },
      },
    },
    async (req, reply) => {
      const index = Number(req.params.index);
      const receipt =
        req.query.wait === undefined ? log.receipt(index) : await log.waitForReceipt(index, req.query.wait);
      if (receipt === null) {
        reply.code(202);
        return { data: { index, status: 'pending', receipt: null } };
      }
      if ((req.headers.accept ?? '').startsWith('text/plain')) {
        reply.type('text/plain; charset=utf-8');
        return receipt;
      }
      return { data: { index, status: 'witnessed', receipt } };
    },
  );
}

function tileNotFound(path: string): SaksiError {
  return new SaksiError(
    'LOG_TILE_NOT_FOUND',
    msg(`Ubin log "${path.slice(0, 80)}" tidak ada.`, `No log tile "${path.slice(0, 80)}".`),
    { field: 'path' },
  );
}
