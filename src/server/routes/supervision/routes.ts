/**
 * Supervision (pengawasan) for officers: Model A reports, prevention, APK
 * enforcement, the deadline lists and the recap report (JSON, CSV, XLSX,
 * PDF). Cases and disputes are in cases.ts; the public intake, tracking and
 * statistics in public.ts. Every route: validate → authorise the region →
 * call the service → present.
 */
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { parseScope } from '../../../core/auth/index.js';
import {
  MEDIA_TYPES,
  computeRecap,
  createApk,
  createPrevention,
  createSupervisionReport,
  dueLists,
  recapCsv,
  recapFileName,
  recapPdf,
  recapXlsx,
} from '../../../services/supervision/index.js';
import type { AppContext } from '../../context.js';
import { requestLang } from '../../lang.js';
import { presentCase, presentDispute } from '../../presenters/supervision.js';
import { guard, originOf, principalOf } from '../../security/index.js';
import type { SecurityRuntime } from '../../security/index.js';
import { caseRoutes } from './cases.js';
import { mayReadReporter, regionOrOwn, routeContext } from './context.js';
import type { SupervisionRouteContext } from './context.js';
import { publicSupervisionRoutes } from './public.js';
import {
  ApkBody,
  DataResult,
  DueQuery,
  ListResult,
  PageQuery,
  PreventionBody,
  RecapQuery,
  SupervisionReportBody,
} from './schema.js';

const TAGS = ['supervision'];
type Page = { Querystring: z.infer<typeof PageQuery> };

export function supervisionRoutes(app: FastifyInstance, ctx: AppContext, rt: SecurityRuntime): void {
  const sc = routeContext(ctx, rt);
  recordRoutes(app, sc);
  dueAndRecapRoutes(app, sc);
  caseRoutes(app, sc);
  publicSupervisionRoutes(app, sc);
}

function recordRoutes(app: FastifyInstance, { deps }: SupervisionRouteContext): void {
  const bodyRegion = (req: { body: { region: string } }) => ({
    region: parseScope(req.body.region, 'region'),
  });
  const pageOf = (req: Parameters<typeof regionOrOwn>[0], q: z.infer<typeof PageQuery>) => {
    const r = regionOrOwn(req, q.region);
    return { within: r === 'national' ? null : r, from: q.from, to: q.to, limit: q.limit, offset: q.offset };
  };
  const listGuard = guard<Page>('supervision.read', (req) => ({
    region: regionOrOwn(req, req.query.region),
  }));

  app.post<{ Body: z.infer<typeof SupervisionReportBody> }>(
    '/api/supervision/reports',
    {
      config: guard<{ Body: z.infer<typeof SupervisionReportBody> }>('supervision.report.create', bodyRegion),
      schema: {
        tags: TAGS,
        summary: 'Record a supervision report (Formulir Model A)',
        body: SupervisionReportBody,
        response: { 201: DataResult },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: await createSupervisionReport(deps, originOf(req), req.body) }),
  );
  app.get<Page>(
    '/api/supervision/reports',
    {
      config: listGuard,
      schema: {
        tags: TAGS,
        summary: 'Supervision reports in a region and period',
        querystring: PageQuery,
        response: { 200: ListResult },
      },
    },
    async (req) => ({ data: await deps.store.supervision.records.reports(pageOf(req, req.query)) }),
  );

  app.post<{ Body: z.infer<typeof PreventionBody> }>(
    '/api/supervision/prevention',
    {
      config: guard<{ Body: z.infer<typeof PreventionBody> }>('supervision.prevention.create', bodyRegion),
      schema: {
        tags: TAGS,
        summary: 'Record a letter of appeal or prevention action',
        body: PreventionBody,
        response: { 201: DataResult },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: await createPrevention(deps, originOf(req), req.body) }),
  );
  app.get<Page>(
    '/api/supervision/prevention',
    {
      config: listGuard,
      schema: {
        tags: TAGS,
        summary: 'Prevention actions in a region and period',
        querystring: PageQuery,
        response: { 200: ListResult },
      },
    },
    async (req) => ({ data: await deps.store.supervision.records.prevention(pageOf(req, req.query)) }),
  );

  app.post<{ Body: z.infer<typeof ApkBody> }>(
    '/api/supervision/apk',
    {
      config: guard<{ Body: z.infer<typeof ApkBody> }>('supervision.apk.create', bodyRegion),
      schema: {
        tags: TAGS,
        summary: 'Record campaign props (APK) removed or ordered down',
        body: ApkBody,
        response: { 201: DataResult },
      },
    },
    async (req, reply) => reply.code(201).send({ data: await createApk(deps, originOf(req), req.body) }),
  );
  app.get<Page>(
    '/api/supervision/apk',
    {
      config: listGuard,
      schema: {
        tags: TAGS,
        summary: 'APK enforcement in a region and period',
        querystring: PageQuery,
        response: { 200: ListResult },
      },
    },
    async (req) => ({ data: await deps.store.supervision.records.apk(pageOf(req, req.query)) }),
  );
}

function dueAndRecapRoutes(app: FastifyInstance, { deps, rt }: SupervisionRouteContext): void {
  type Due = { Querystring: z.infer<typeof DueQuery> };
  app.get<Due>(
    '/api/supervision/due',
    {
      config: guard<Due>('supervision.read', (req) => ({ region: regionOrOwn(req, req.query.region) })),
      schema: {
        tags: TAGS,
        summary: 'Open cases and disputes overdue or due within `hours`',
        querystring: DueQuery,
        response: { 200: DataResult },
      },
    },
    async (req) => {
      const lists = await dueLists(
        deps,
        regionOrOwn(req, req.query.region),
        req.query.hours,
        req.query.limit,
      );
      const now = deps.clock();
      const role = principalOf(req).role;
      const cases = (list: typeof lists.overdue.cases) =>
        list.map((c) => presentCase(c, { showReporter: mayReadReporter(req, rt, c.region), role, now }));
      return {
        data: {
          overdue: {
            cases: cases(lists.overdue.cases),
            disputes: lists.overdue.disputes.map(presentDispute),
          },
          dueSoon: {
            cases: cases(lists.dueSoon.cases),
            disputes: lists.dueSoon.disputes.map(presentDispute),
          },
        },
      };
    },
  );

  type Recap = { Querystring: z.infer<typeof RecapQuery> };
  app.get<Recap>(
    '/api/supervision/recap',
    {
      config: guard<Recap>('supervision.read', (req) => ({ region: regionOrOwn(req, req.query.region) })),
      schema: {
        tags: TAGS,
        summary: 'Recap report in Bawaslu’s categories (json, csv, xlsx, pdf)',
        querystring: RecapQuery,
      },
    },
    async (req, reply) => {
      const q = req.query;
      const report = await computeRecap(deps, regionOrOwn(req, q.region), q.from, q.to);
      if (q.format === 'json') return { data: report };
      const lang = requestLang(req);
      const body =
        q.format === 'csv'
          ? recapCsv(report, lang)
          : q.format === 'xlsx'
            ? await recapXlsx(report, lang)
            : Buffer.from(await recapPdf(report, lang));
      return reply
        .header('content-type', MEDIA_TYPES[q.format])
        .header('content-disposition', `attachment; filename="${recapFileName(report, q.format)}"`)
        .send(body);
    },
  );
}
