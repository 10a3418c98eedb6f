/**
 * Supervision (pengawasan) for officers: Model A reports, prevention, APK
 * enforcement, the deadline lists and the recap report (JSON, CSV, XLSX,
 * PDF). Cases and disputes are in cases.ts; the public intake, tracking and
 * statistics in public.ts. Every route: validate → authorise the region →
 * call the service → present.
 */
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { APK_KIND, PREVENTION_KIND, SUPERVISION_REPORT_KIND } from '../../../core/supervision/index.js';
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
import { recordRoutes } from '../../records/index.js';
import { guard, principalOf } from '../../security/index.js';
import type { SecurityRuntime } from '../../security/index.js';
import { caseRoutes } from './cases.js';
import { mayReadReporter, regionOrOwn, routeContext } from './context.js';
import type { SupervisionRouteContext } from './context.js';
import { publicSupervisionRoutes } from './public.js';
import {
  ApkBody,
  DataResult,
  DueQuery,
  PreventionBody,
  RecapQuery,
  RecordExportQuery,
  RecordQuery,
  SupervisionReportBody,
} from './schema.js';

const TAGS = ['supervision'];

export function supervisionRoutes(app: FastifyInstance, ctx: AppContext, rt: SecurityRuntime): void {
  const sc = routeContext(ctx, rt);
  supervisionRecordRoutes(app, sc);
  dueAndRecapRoutes(app, sc);
  caseRoutes(app, sc);
  publicSupervisionRoutes(app, sc);
}

/** Model A reports, prevention and APK enforcement: append-only record kinds. */
function supervisionRecordRoutes(app: FastifyInstance, { deps }: SupervisionRouteContext): void {
  const common = {
    tags: TAGS,
    deps,
    query: RecordQuery,
    exportQuery: RecordExportQuery,
    present: <R>(_req: unknown, r: R) => r,
    read: false,
  };
  recordRoutes(app, {
    ...common,
    kind: SUPERVISION_REPORT_KIND,
    path: '/api/supervision/reports',
    summaries: {
      create: 'Record a supervision report (Formulir Model A)',
      list: 'Supervision reports in a region and period',
    },
    create: {
      body: SupervisionReportBody,
      run: (origin, body) => createSupervisionReport(deps, origin, body),
    },
  });
  recordRoutes(app, {
    ...common,
    kind: PREVENTION_KIND,
    path: '/api/supervision/prevention',
    summaries: {
      create: 'Record a letter of appeal or prevention action',
      list: 'Prevention actions in a region and period',
    },
    create: { body: PreventionBody, run: (origin, body) => createPrevention(deps, origin, body) },
  });
  recordRoutes(app, {
    ...common,
    kind: APK_KIND,
    path: '/api/supervision/apk',
    summaries: {
      create: 'Record campaign props (APK) removed or ordered down',
      list: 'APK enforcement in a region and period',
    },
    create: { body: ApkBody, run: (origin, body) => createApk(deps, origin, body) },
  });
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
