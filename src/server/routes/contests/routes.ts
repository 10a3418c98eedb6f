import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { SaksiError, msg } from '../../../core/errors/index.js';
import { isSinglePair } from '../../../core/elections/index.js';
import { parseRegionCode } from '../../../core/regions/index.js';
import type { AppContext } from '../../context.js';
import { regionNotFound } from '../regions/routes.js';
import { ContestDetail, ContestList, ContestParams, ContestQuery } from './schema.js';

export function contestRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: z.infer<typeof ContestQuery> }>(
    '/api/contests',
    {
      schema: {
        tags: ['contests'],
        summary: 'Contests, optionally those that concern a region',
        querystring: ContestQuery,
        response: { 200: ContestList },
      },
    },
    async (req) => {
      const region = req.query.region === undefined ? undefined : parseRegionCode(req.query.region, 'region');
      if (region !== undefined && (await ctx.store.regions.get(region)) === undefined)
        throw regionNotFound(req.query.region ?? '');
      const data = await ctx.store.elections.contests({ region, electionId: req.query.election });
      return { data };
    },
  );

  app.get<{ Params: z.infer<typeof ContestParams> }>(
    '/api/contests/:id',
    {
      schema: {
        tags: ['contests'],
        summary: 'A contest with its candidate pairs',
        params: ContestParams,
        response: { 200: ContestDetail },
      },
    },
    async (req) => {
      const contest = await ctx.store.elections.contest(req.params.id);
      if (contest === undefined) {
        throw new SaksiError(
          'CONTEST_NOT_FOUND',
          msg(
            `Pemilihan "${req.params.id.slice(0, 100)}" tidak ditemukan.`,
            `No contest "${req.params.id.slice(0, 100)}".`,
          ),
          { field: 'id' },
        );
      }
      const { pairs, ...rest } = contest;
      return {
        data: {
          ...rest,
          singlePair: isSinglePair(pairs),
          pairs: pairs.map(({ contestId: _c, ...p }) => p),
        },
      };
    },
  );
}
