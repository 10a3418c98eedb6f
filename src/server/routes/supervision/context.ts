/** What the supervision routes share: the services' dependencies and how a request names its region. */
import { join } from 'node:path';
import type { FastifyRequest } from 'fastify';
import type { RecordKind } from '../../../core/records/index.js';
import { CASE_KIND } from '../../../core/supervision/index.js';
import { fileEvidenceStore, supervisionDeps } from '../../../services/supervision/index.js';
import type { SupervisionDeps } from '../../../services/supervision/index.js';
import type { AppContext } from '../../context.js';
import { mayReadPersonal } from '../../records/index.js';
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

export { regionOrOwn } from '../../records/index.js';

/** Whether the caller may see a reporter's identity for a case in `region`. */
export function mayReadReporter(req: FastifyRequest, rt: SecurityRuntime, region: string): boolean {
  return mayReadPersonal(req, CASE_KIND as RecordKind<object>, region, rt.options.demo);
}
