/**
 * Violation cases and disputes for officers: record, list, read (with the
 * timeline and the actions the caller may take), and move through the state
 * tables. The target region of a case or dispute is the stored one, loaded
 * before authorisation.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { parseScope } from '../../../core/auth/index.js';
import {
  createCase,
  createDispute,
  loadCase,
  loadDispute,
  transitionCase,
  transitionDispute,
} from '../../../services/supervision/index.js';
import { presentCase, presentDispute, presentEvent } from '../../presenters/supervision.js';
import { guard, originOf, principalOf, subjectOf } from '../../security/index.js';
import type { Target } from '../../policies/index.js';
import type { Dispute } from '../../../core/supervision/index.js';
import type { StoredCase } from '../../../store/repos/supervision/index.js';
import { mayReadReporter, regionOrOwn } from './context.js';
import type { SupervisionRouteContext } from './context.js';
import {
  CaseBody,
  CaseQuery,
  CaseTransitionBody,
  DataResult,
  DisputeBody,
  DisputeQuery,
  DisputeTransitionBody,
  IdParams,
  ListResult,
} from './schema.js';

const TAGS = ['supervision'];
type ById = { Params: z.infer<typeof IdParams> };

export function caseRoutes(app: FastifyInstance, sc: SupervisionRouteContext): void {
  const { deps, rt } = sc;
  const present = (req: FastifyRequest, c: StoredCase) =>
    presentCase(c, {
      showReporter: mayReadReporter(req, rt, c.region),
      role: principalOf(req).role,
      now: deps.clock(),
    });
  const caseById = async (req: FastifyRequest<ById>): Promise<Target> => {
    const c = await loadCase(deps, req.params.id);
    req.subject = c;
    return { region: c.region };
  };

  type NewCase = { Body: z.infer<typeof CaseBody> };
  app.post<NewCase>(
    '/api/supervision/cases',
    {
      config: guard<NewCase>('supervision.case.create', (req) => ({
        region: parseScope(req.body.region, 'region'),
      })),
      schema: {
        tags: TAGS,
        summary: 'Record a finding (temuan) or a report (laporan) received at the office',
        body: CaseBody,
        response: { 201: DataResult },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: present(req, await createCase(deps, originOf(req), req.body)) }),
  );

  type Cases = { Querystring: z.infer<typeof CaseQuery> };
  app.get<Cases>(
    '/api/supervision/cases',
    {
      config: guard<Cases>('supervision.read', (req) => ({ region: regionOrOwn(req, req.query.region) })),
      schema: {
        tags: TAGS,
        summary: 'Violation cases in a region and period',
        querystring: CaseQuery,
        response: { 200: ListResult },
      },
    },
    async (req) => {
      const { region, lang: _lang, ...rest } = req.query;
      const r = regionOrOwn(req, region);
      const list = await deps.store.supervision.cases.list({ ...rest, within: r === 'national' ? null : r });
      return { data: list.map((c) => present(req, c)) };
    },
  );

  app.get<ById>(
    '/api/supervision/cases/:id',
    {
      config: guard<ById>('supervision.read', caseById),
      schema: {
        tags: TAGS,
        summary: 'A case with its timeline',
        params: IdParams,
        response: { 200: DataResult },
      },
    },
    async (req) => {
      const c = subjectOf<StoredCase>(req);
      const timeline = await deps.store.supervision.events.list(c.id);
      return { data: { ...present(req, c), timeline: timeline.map(presentEvent) } };
    },
  );

  app.post<ById & { Body: z.infer<typeof CaseTransitionBody> }>(
    '/api/supervision/cases/:id/transitions',
    {
      config: guard<ById>('supervision.case.transition', caseById),
      schema: {
        tags: TAGS,
        summary: 'Move a case (check, register, study, decide, forward, follow up, close)',
        params: IdParams,
        body: CaseTransitionBody,
        response: { 200: DataResult },
      },
    },
    async (req) => {
      const { action, ...input } = req.body;
      return { data: present(req, await transitionCase(deps, originOf(req), req.params.id, action, input)) };
    },
  );

  disputeRoutes(app, sc);
}

function disputeRoutes(app: FastifyInstance, { deps }: SupervisionRouteContext): void {
  const disputeById = async (req: FastifyRequest<ById>): Promise<Target> => {
    const d = await loadDispute(deps, req.params.id);
    req.subject = d;
    return { region: d.region };
  };

  type NewDispute = { Body: z.infer<typeof DisputeBody> };
  app.post<NewDispute>(
    '/api/supervision/disputes',
    {
      config: guard<NewDispute>('supervision.dispute.create', (req) => ({
        region: parseScope(req.body.region, 'region'),
      })),
      schema: {
        tags: TAGS,
        summary: 'Record a dispute (PSAP or against a KPU decision)',
        body: DisputeBody,
        response: { 201: DataResult },
      },
    },
    async (req, reply) =>
      reply.code(201).send({ data: presentDispute(await createDispute(deps, originOf(req), req.body)) }),
  );

  type Disputes = { Querystring: z.infer<typeof DisputeQuery> };
  app.get<Disputes>(
    '/api/supervision/disputes',
    {
      config: guard<Disputes>('supervision.read', (req) => ({ region: regionOrOwn(req, req.query.region) })),
      schema: {
        tags: TAGS,
        summary: 'Disputes in a region and period',
        querystring: DisputeQuery,
        response: { 200: ListResult },
      },
    },
    async (req) => {
      const { region, lang: _lang, ...rest } = req.query;
      const r = regionOrOwn(req, region);
      return {
        data: (
          await deps.store.supervision.disputes.list({ ...rest, within: r === 'national' ? null : r })
        ).map(presentDispute),
      };
    },
  );

  app.get<ById>(
    '/api/supervision/disputes/:id',
    {
      config: guard<ById>('supervision.read', disputeById),
      schema: {
        tags: TAGS,
        summary: 'A dispute with its timeline',
        params: IdParams,
        response: { 200: DataResult },
      },
    },
    async (req) => {
      const d = subjectOf<Dispute>(req);
      const timeline = await deps.store.supervision.events.list(d.id);
      return { data: { ...presentDispute(d), timeline: timeline.map(presentEvent) } };
    },
  );

  app.post<ById & { Body: z.infer<typeof DisputeTransitionBody> }>(
    '/api/supervision/disputes/:id/transitions',
    {
      config: guard<ById>('supervision.dispute.transition', disputeById),
      schema: {
        tags: TAGS,
        summary: 'Move a dispute (settle, register, mediate, decide, withdraw)',
        params: IdParams,
        body: DisputeTransitionBody,
        response: { 200: DataResult },
      },
    },
    async (req) => {
      const { action, ...input } = req.body;
      return {
        data: presentDispute(await transitionDispute(deps, originOf(req), req.params.id, action, input)),
      };
    },
  );
}
