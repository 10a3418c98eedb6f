/**
 * The vulnerability mapping for officers: entries (record, list, export,
 * from the record kernel), the map of a region (bands per child region, the
 * heat table, vulnerable regions per indicator) and the instruments.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { INSTRUMENTS, KERAWANAN_ENTRY_KIND } from '../../../core/kerawanan/index.js';
import { createEntry, kerawananSummary } from '../../../services/kerawanan/index.js';
import type { KerawananDeps } from '../../../services/kerawanan/index.js';
import type { AppContext } from '../../context.js';
import { DataResult, recordRoutes, regionOrOwn } from '../../records/index.js';
import { guard, principalOf } from '../../security/index.js';
import type { SecurityRuntime } from '../../security/index.js';
import { EntryBody, EntryExportQuery, EntryQuery, SummaryQuery } from './schema.js';

const TAGS = ['kerawanan'];

export function kerawananRoutes(app: FastifyInstance, ctx: AppContext, rt: SecurityRuntime): void {
  const deps: KerawananDeps = { store: ctx.store, clock: rt.options.clock, newId: () => randomUUID() };
  recordRoutes(app, {
    kind: KERAWANAN_ENTRY_KIND,
    path: '/api/kerawanan/entries',
    tags: TAGS,
    deps,
    query: EntryQuery,
    exportQuery: EntryExportQuery,
    present: (_req, e) => e,
    read: true,
    summaries: {
      create: 'Record a vulnerability assessment of a TPS, kecamatan, kab/kota or province',
      list: 'Vulnerability assessments in a region and period',
      read: 'One vulnerability assessment',
    },
    create: { body: EntryBody, run: (origin, body) => createEntry(deps, origin, body) },
  });

  type Summary = { Querystring: z.infer<typeof SummaryQuery> };
  app.get<Summary>(
    '/api/kerawanan/summary',
    {
      config: guard<Summary>('kerawanan.read', (req) => ({ region: regionOrOwn(req, req.query.region) })),
      schema: {
        tags: TAGS,
        summary:
          'The vulnerability map of a region: bands per child region, heat table, vulnerable places per indicator',
        querystring: SummaryQuery,
        response: { 200: DataResult },
      },
    },
    async (req) => ({
      data: await kerawananSummary(
        deps,
        regionOrOwn(req, req.query.region),
        req.query.instrument,
        req.query.version,
      ),
    }),
  );

  app.get(
    '/api/kerawanan/instruments',
    {
      config: guard('kerawanan.read', (req) => ({ region: principalOf(req).scope })),
      schema: {
        tags: TAGS,
        summary: 'The vulnerability-mapping instruments and their versions',
        response: { 200: DataResult },
      },
    },
    async () => ({ data: INSTRUMENTS }),
  );
}
