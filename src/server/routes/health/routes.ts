import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../context.js';

const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  uptimeSeconds: z.number(),
});

/** Liveness and readiness: answers 200 only when the database answers. */
export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/healthz',
    { schema: { tags: ['system'], summary: 'Health check', response: { 200: Health } } },
    async () => {
      await sql`select 1`.execute(ctx.store.db);
      return {
        status: 'ok' as const,
        database: ctx.store.dialect,
        uptimeSeconds: Math.round(process.uptime()),
      };
    },
  );
}
