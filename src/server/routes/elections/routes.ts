import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { ElectionList } from './schema.js';

export function electionRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/elections',
    { schema: { tags: ['elections'], summary: 'Election events', response: { 200: ElectionList } } },
    async () => ({ data: await ctx.store.elections.elections() }),
  );
}
