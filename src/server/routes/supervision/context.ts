/** What the supervision routes share: the services' dependencies and how a request names its region. */
import { join } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { parseScope } from '../../../core/auth/index.js';
import type { Scope } from '../../../core/auth/index.js';
import { fileEvidenceStore, supervisionDeps } from '../../../services/supervision/index.js';
import type { SupervisionDeps } from '../../../services/supervision/index.js';
import type { AppContext } from '../../context.js';
import { POLICIES, decide } from '../../policies/index.js';
import { principalOf } from '../../security/index.js';
import type { SecurityRuntime } from '../../security/index.js';

export interface SupervisionRouteContext {
  readonly deps: SupervisionDeps;
  readonly rt: SecurityRuntime;
}

export function routeContext(ctx: AppContext, rt: SecurityRuntime): SupervisionRouteContext {
  const dataDir = ctx.config.dataDir;
  return {
    rt,
    deps: supervisionDeps(ctx.store, {
      clock: rt.options.clock,
      evidence: dataDir === undefined ? null : fileEvidenceStore(join(dataDir, 'evidence')),
    }),
  };
}

/** The region a query names, or the caller's own scope. */
export function regionOrOwn(req: FastifyRequest, region: string | undefined): Scope {
  return region === undefined ? principalOf(req).scope : parseScope(region, 'region');
}

/** Whether the caller may see a reporter's identity for a case in `region`. */
export function mayReadReporter(req: FastifyRequest, rt: SecurityRuntime, region: string): boolean {
  const action = 'supervision.reporter.read';
  return (
    decide(
      action,
      POLICIES[action],
      principalOf(req),
      { region: region as Scope },
      { demo: rt.options.demo },
    ) === null
  );
}
