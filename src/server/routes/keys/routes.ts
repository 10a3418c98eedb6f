/**
 * `GET /api/keys/{keyId}`: a signing key as the log registered it — role,
 * scope, name, when it was registered and whether it was revoked. Public:
 * every `key.register` is on the log anyway. The officer console uses it to
 * check an imported key against the signed-in account before signing.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SaksiError, msg } from '../../../core/errors/index.js';
import { encodeBase64 } from '../../../core/log/encoding.js';
import type { Ledger } from '../../../core/statements/index.js';
import { KeyAnswer } from '../../../api/console/index.js';

const Params = z.object({ keyId: z.string().regex(/^[0-9a-f]{32}$/) });
const Query = z.object({ lang: z.enum(['id', 'en']).optional() }).strict();

export function keyRoutes(app: FastifyInstance, ctx: { ledger: () => Ledger | null }): void {
  app.get<{ Params: z.infer<typeof Params> }>(
    '/api/keys/:keyId',
    {
      schema: {
        tags: ['log'],
        summary: 'A registered signing key: role, scope, name, registration and revocation',
        params: Params,
        querystring: Query,
        response: { 200: KeyAnswer },
      },
    },
    async (req, reply) => {
      const ledger = ctx.ledger();
      const key = ledger?.keys.get(req.params.keyId);
      if (key === undefined)
        throw new SaksiError(
          'KEY_NOT_FOUND',
          msg(
            `Kunci ${req.params.keyId} tidak terdaftar di log.`,
            `Key ${req.params.keyId} is not registered on the log.`,
          ),
          { field: 'keyId' },
        );
      reply.header('cache-control', 'public, max-age=5');
      return {
        data: {
          keyId: key.keyId,
          publicKey: encodeBase64(key.publicKey),
          role: key.role,
          scope: key.scope,
          name: key.name,
          registeredAt: key.registeredAt,
          revokedAt: key.revokedAt,
        },
      };
    },
  );
}
