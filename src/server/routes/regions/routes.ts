import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { SaksiError, msg } from '../../../core/errors/index.js';
import { levelOf, parseRegionCode } from '../../../core/regions/index.js';
import type { AppContext } from '../../context.js';
import { presentRegion, presentTotals, presentTps } from '../../presenters/regions.js';
import { LookupBody, LookupResult, RegionDetail, RegionList, RegionParams } from './schema.js';

export function regionRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/regions',
    { schema: { tags: ['regions'], summary: 'Provinces', response: { 200: RegionList } } },
    async () => ({ data: (await ctx.store.regions.children(null)).map(presentRegion) }),
  );

  lookupRoute(app, ctx);

  app.get<{ Params: z.infer<typeof RegionParams> }>(
    '/api/regions/:code',
    {
      schema: {
        tags: ['regions'],
        summary: 'A region with its parents and children (TPS for a desa/kelurahan)',
        params: RegionParams,
        response: { 200: RegionDetail },
      },
    },
    async (req) => {
      const code = parseRegionCode(req.params.code);
      if (levelOf(code) === 'tps') throw notARegion(req.params.code);
      const region = await ctx.store.regions.get(code);
      if (region === undefined) throw regionNotFound(req.params.code);
      const [parents, children, totals] = await Promise.all([
        ctx.store.regions.ancestors(code),
        ctx.store.regions.children(code),
        ctx.store.tps.totals(code),
      ]);
      const tps =
        region.level === 'village' ? (await ctx.store.tps.inVillage(code)).map(presentTps) : undefined;
      return {
        data: {
          region: presentRegion(region),
          parents: parents.map(presentRegion),
          children: children.map(presentRegion),
          ...(tps === undefined ? {} : { tps }),
          registry: presentTotals(totals),
        },
      };
    },
  );
}

/** Bulk lookup: canonical codes and regions for up to 1,000 codes in either spelling. Read-only. */
function lookupRoute(app: FastifyInstance, ctx: AppContext): void {
  app.post<{ Body: z.infer<typeof LookupBody> }>(
    '/api/regions/lookup',
    {
      config: { public: 'read' },
      schema: {
        tags: ['regions'],
        summary: 'Resolve many region codes at once (either spelling)',
        body: LookupBody,
        response: { 200: LookupResult },
      },
    },
    async (req) => {
      const data = [];
      for (const input of req.body.codes) {
        try {
          const code = parseRegionCode(input);
          const region = levelOf(code) === 'tps' ? undefined : await ctx.store.regions.get(code);
          data.push({
            input,
            code,
            region: region === undefined ? null : presentRegion(region),
            ...(region === undefined ? { error: 'REGION_NOT_FOUND' } : {}),
          });
        } catch {
          data.push({ input, code: null, region: null, error: 'REGION_CODE_INVALID' });
        }
      }
      return { data };
    },
  );
}

export function regionNotFound(input: string): SaksiError {
  const shown = input.slice(0, 32);
  return new SaksiError(
    'REGION_NOT_FOUND',
    msg(`Wilayah dengan kode "${shown}" tidak ditemukan.`, `No region has the code "${shown}".`),
    { field: 'code' },
  );
}

function notARegion(input: string): SaksiError {
  return new SaksiError(
    'REGION_CODE_IS_TPS',
    msg(
      `"${input.slice(0, 32)}" adalah kode TPS, bukan wilayah.`,
      `"${input.slice(0, 32)}" is a TPS code, not a region.`,
    ),
    { field: 'code' },
  );
}
