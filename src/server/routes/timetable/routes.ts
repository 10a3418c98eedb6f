/**
 * The timetable (tahapan) of an election event: `GET /api/elections/{id}/timetable`
 * answers the configured stages (src/core/elections/timetable.ts) and where
 * the server's clock stands among them; `?at=` asks about another moment
 * (e.g. `?at=2024-11-27T09:00:00Z`), so that any view of it has a permalink.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SaksiError, msg } from '../../../core/errors/index.js';
import { timetableOf, timetablePosition } from '../../../core/elections/index.js';
import { TimetableAnswer } from '../../../api/portal/index.js';

const Params = z.object({ id: z.string().min(1).max(64) });
const Query = z
  .object({
    at: z.iso.datetime({ offset: true }).optional().describe('The moment to place (default: now)'),
    lang: z.enum(['id', 'en']).optional(),
  })
  .strict();

export function timetableRoutes(app: FastifyInstance, options: { now?: () => Date } = {}): void {
  const now = options.now ?? (() => new Date());
  app.get<{ Params: z.infer<typeof Params>; Querystring: z.infer<typeof Query> }>(
    '/api/elections/:id/timetable',
    {
      schema: {
        tags: ['elections'],
        summary: "An election's stages (tahapan) and which are under way",
        params: Params,
        querystring: Query,
        response: { 200: TimetableAnswer },
      },
    },
    async (req, reply) => {
      const timetable = timetableOf(req.params.id);
      if (timetable === undefined)
        throw new SaksiError(
          'TIMETABLE_NOT_FOUND',
          msg(
            `Tidak ada jadwal untuk pemilihan "${req.params.id}".`,
            `No timetable for election "${req.params.id}".`,
          ),
          { field: 'id' },
        );
      const at = req.query.at === undefined ? now() : new Date(req.query.at);
      reply.header('cache-control', 'public, max-age=60');
      return { data: { ...timetable, at: at.toISOString(), position: timetablePosition(timetable, at) } };
    },
  );
}
