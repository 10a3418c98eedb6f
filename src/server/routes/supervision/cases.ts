/**
 * Violation cases and disputes for officers, derived from their record kinds
 * (server/records): record, list, export, read (with the timeline and the
 * actions the caller may take), and move through the state tables.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CASE_KIND, DISPUTE_KIND } from '../../../core/supervision/index.js';
import type { StoredCase } from '../../../core/supervision/index.js';
import {
  createCase,
  createDispute,
  transitionCase,
  transitionDispute,
} from '../../../services/supervision/index.js';
import { presentCase, presentDispute } from '../../presenters/supervision.js';
import { recordRoutes } from '../../records/index.js';
import { principalOf } from '../../security/index.js';
import { mayReadReporter } from './context.js';
import type { SupervisionRouteContext } from './context.js';
import {
  CaseBody,
  CaseExportQuery,
  CaseQuery,
  CaseTransitionBody,
  DisputeBody,
  DisputeExportQuery,
  DisputeQuery,
  DisputeTransitionBody,
} from './schema.js';

const TAGS = ['supervision'];

export function caseRoutes(app: FastifyInstance, { deps, rt }: SupervisionRouteContext): void {
  recordRoutes(app, {
    kind: CASE_KIND,
    path: '/api/supervision/cases',
    tags: TAGS,
    deps,
    query: CaseQuery,
    exportQuery: CaseExportQuery,
    present: (req: FastifyRequest, c: StoredCase) =>
      presentCase(c, {
        showReporter: mayReadReporter(req, rt, c.region),
        role: principalOf(req).role,
        now: deps.clock(),
      }),
    summaries: {
      create: 'Record a finding (temuan) or a report (laporan) received at the office',
      list: 'Violation cases in a region and period',
      read: 'A case with its timeline',
      transition: 'Move a case (check, register, study, decide, forward, follow up, close)',
    },
    create: { body: CaseBody, run: (origin, body) => createCase(deps, origin, body) },
    transition: {
      body: CaseTransitionBody,
      run: (origin, id, action, input) => transitionCase(deps, origin, id, action, input),
    },
  });

  recordRoutes(app, {
    kind: DISPUTE_KIND,
    path: '/api/supervision/disputes',
    tags: TAGS,
    deps,
    query: DisputeQuery,
    exportQuery: DisputeExportQuery,
    present: (_req, d) => presentDispute(d),
    summaries: {
      create: 'Record a dispute (PSAP or against a KPU decision)',
      list: 'Disputes in a region and period',
      read: 'A dispute with its timeline',
      transition: 'Move a dispute (settle, register, mediate, decide, withdraw)',
    },
    create: { body: DisputeBody, run: (origin, body) => createDispute(deps, origin, body) },
    transition: {
      body: DisputeTransitionBody,
      run: (origin, id, action, input) => transitionDispute(deps, origin, id, action, input),
    },
  });
}
