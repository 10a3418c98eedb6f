/**
 * Reading the audit trail (entries within your scope; national scopes also
 * see entries without a region) and verifying its hash chain.
 */
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { parseScope } from '../../../core/auth/index.js';
import { presentAuditEntry } from '../../presenters/audit.js';
import { guard, principalOf } from '../../security/index.js';
import type { SecurityRuntime } from '../../security/index.js';
import { AuditList, AuditQuery, AuditVerify } from './schema.js';

const TAGS = ['audit'];
type Query = { Querystring: z.infer<typeof AuditQuery> };

export function auditRoutes(app: FastifyInstance, rt: SecurityRuntime): void {
  app.get<Query>(
    '/api/audit',
    {
      config: guard<Query>('audit.read', (req) => ({
        region:
          req.query.region === undefined ? principalOf(req).scope : parseScope(req.query.region, 'region'),
      })),
      schema: {
        tags: TAGS,
        summary: 'Audit trail, newest first',
        querystring: AuditQuery,
        response: { 200: AuditList },
      },
    },
    async (req) => {
      const q = req.query;
      const region = q.region === undefined ? principalOf(req).scope : parseScope(q.region, 'region');
      const actorId =
        q.actor === undefined
          ? undefined
          : ((await rt.deps.store.auth.accounts.byUsername(q.actor))?.id ?? '-');
      const list = await rt.deps.store.auth.audit.list({
        within: region === 'national' ? undefined : region,
        actorId,
        action: q.action,
        targetId: q.target,
        from: q.from,
        to: q.to,
        beforeSeq: q.before,
        limit: q.limit,
      });
      const last = list.at(-1);
      return {
        data: list.map(presentAuditEntry),
        next: list.length === q.limit && last !== undefined ? last.seq : null,
      };
    },
  );

  app.get(
    '/api/audit/verify',
    {
      config: guard('audit.verify'),
      schema: { tags: TAGS, summary: 'Re-hash the whole audit chain', response: { 200: AuditVerify } },
    },
    async () => ({ data: await rt.deps.store.auth.audit.verify() }),
  );
}
