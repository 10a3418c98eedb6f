/** Logistics needs per TPS of a region (JSON, CSV, XLSX, PDF). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseRegionCode } from '../../../core/regions/index.js';
import { MEDIA_TYPES, tableFile } from '../../../services/exports/index.js';
import { needsTable, regionNeeds } from '../../../services/logistics/index.js';
import type { AppContext } from '../../context.js';
import { requestLang } from '../../lang.js';
import { guard } from '../../security/index.js';

const NeedsQuery = z
  .object({
    region: z.string().min(1).max(32).describe('A kab/kota, kecamatan or desa'),
    format: z.enum(['json', 'csv', 'xlsx', 'pdf']).default('json'),
    lang: z.enum(['id', 'en']).optional(),
  })
  .strict();

export function logisticsRoutes(app: FastifyInstance, ctx: AppContext): void {
  type Needs = { Querystring: z.infer<typeof NeedsQuery> };
  app.get<Needs>(
    '/api/logistics/needs',
    {
      config: guard<Needs>('logistics.read', (req) => ({
        region: parseRegionCode(req.query.region, 'region'),
      })),
      schema: {
        tags: ['logistics'],
        summary:
          'What every TPS of a region needs: ballots per contest with the 2.5 % reserve, boxes, seals, forms',
        querystring: NeedsQuery,
      },
    },
    async (req, reply) => {
      const needs = await regionNeeds(ctx.store, parseRegionCode(req.query.region, 'region'));
      const format = req.query.format;
      if (format === 'json') return { data: needs };
      return reply
        .header('content-type', MEDIA_TYPES[format])
        .header('content-disposition', `attachment; filename="logistik-${needs.region}.${format}"`)
        .send(await tableFile(needsTable(needs, requestLang(req)), format));
    },
  );
}
