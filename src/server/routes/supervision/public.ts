/**
 * The public side of supervision, without an account: file a report
 * (laporan) with evidence, follow it by tracking code, and read aggregate
 * statistics. The intake is declared `public: 'intake'`: anyone may
 * file, under its own per-IP limit, never cached. Tracking lookups have their own
 * per-IP limit (codes are unguessable, and guessing is slowed down too).
 * Nothing here ever shows a reporter's identity.
 */
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { parseScope } from '../../../core/auth/index.js';
import {
  EVIDENCE_MAX_BYTES,
  EVIDENCE_MAX_FILES,
  computeRecap,
  intakeReport,
  trackReport,
} from '../../../services/supervision/index.js';
import { dueOn, presentPublicCase } from '../../presenters/supervision.js';
import { originOf } from '../../security/index.js';
import { ViewCache } from '../../../services/results/cache.js';
import { RateLimiter } from '../../security/rate-limit.js';
import type { SupervisionRouteContext } from './context.js';
import { CodeParams, DataResult, IntakeBody, PublicStatsQuery } from './schema.js';

const TAGS = ['supervision (public)'];
/** Room for the largest accepted evidence as base64, plus the form itself. */
const INTAKE_BODY_LIMIT = Math.ceil((EVIDENCE_MAX_BYTES * EVIDENCE_MAX_FILES * 4) / 3) + 64 * 1024;

const STATS_WINDOW_MS = 30_000;

export function publicSupervisionRoutes(app: FastifyInstance, { deps, rt }: SupervisionRouteContext): void {
  const stats = new ViewCache(0, 2_000);
  const trackingPerIp = new RateLimiter({ limit: 60, windowMs: 60_000 }, () => rt.options.clock().getTime());

  app.post<{ Body: z.infer<typeof IntakeBody> }>(
    '/api/public/supervision/reports',
    {
      config: { public: 'intake' },
      bodyLimit: INTAKE_BODY_LIMIT,
      schema: {
        tags: TAGS,
        summary: 'File a report of a suspected violation; answers a tracking code',
        body: IntakeBody,
        response: { 201: DataResult },
      },
    },
    async (req, reply) => {
      // A citizen's address would point to the reporter: the audit row keeps none (KPU reads audit rows too).
      const c = await intakeReport(deps, { ...originOf(req), ip: null }, req.body);
      return reply.code(201).send({
        data: {
          trackingCode: c.trackingCode,
          receivedAt: c.receivedAt,
          late: c.late,
          dueOn: dueOn(c.dueAt, c.region),
          evidence: c.evidence,
        },
      });
    },
  );

  app.get<{ Params: z.infer<typeof CodeParams> }>(
    '/api/public/supervision/reports/:code',
    {
      schema: {
        tags: TAGS,
        summary: 'The status and public timeline of a report, by tracking code',
        params: CodeParams,
        response: { 200: DataResult },
      },
    },
    async (req, reply) => {
      trackingPerIp.consume(req.ip);
      reply.header('cache-control', 'no-store');
      const { c, timeline } = await trackReport(deps, req.params.code);
      return { data: presentPublicCase(c, timeline) };
    },
  );

  app.get<{ Querystring: z.infer<typeof PublicStatsQuery> }>(
    '/api/public/supervision/stats',
    {
      schema: {
        tags: TAGS,
        summary: 'Aggregate supervision statistics of a region and period',
        querystring: PublicStatsQuery,
        response: { 200: DataResult },
      },
    },
    async (req, reply) => {
      const region = req.query.region === undefined ? 'national' : parseScope(req.query.region, 'region');
      const { from, to } = req.query;
      // Public and anonymous: one computation per query per half minute, whoever asks.
      const window = String(Math.floor(Date.now() / STATS_WINDOW_MS));
      const view = await stats.get(`${region}|${from ?? ''}|${to ?? ''}`, window, () =>
        computeRecap(deps, region, from, to),
      );
      reply.header('cache-control', `public, max-age=${STATS_WINDOW_MS / 1000}`);
      return reply.type('application/json; charset=utf-8').send(view.body);
    },
  );
}
