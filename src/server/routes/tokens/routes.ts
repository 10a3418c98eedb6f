/** Your own CLI bearer tokens: list, create (shown once), revoke. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { createToken, loadAccount, loadToken, revokeToken } from '../../../services/accounts/index.js';
import { presentToken } from '../../presenters/accounts.js';
import { guard, originOf, ownTarget, principalOf } from '../../security/index.js';
import type { SecurityRuntime } from '../../security/index.js';
import type { Target } from '../../policies/index.js';
import { NewTokenBody, TokenCreated, TokenList, TokenParams, TokenResult } from './schema.js';

const TAGS = ['tokens'];
type ById = { Params: z.infer<typeof TokenParams> };

export function tokenRoutes(app: FastifyInstance, rt: SecurityRuntime): void {
  const byId = async (req: FastifyRequest<ById>): Promise<Target> => {
    const token = await loadToken(rt.deps, req.params.id);
    const owner = await loadAccount(rt.deps, token.accountId);
    return { ownerId: token.accountId, region: owner.scope };
  };

  app.get(
    '/api/tokens',
    {
      config: guard('tokens.read', ownTarget),
      schema: { tags: TAGS, summary: 'Your bearer tokens', response: { 200: TokenList } },
    },
    async (req) => ({
      data: (await rt.deps.store.auth.tokens.forAccount(principalOf(req).accountId)).map(presentToken),
    }),
  );

  app.post<{ Body: z.infer<typeof NewTokenBody> }>(
    '/api/tokens',
    {
      config: guard('tokens.create', ownTarget),
      schema: {
        tags: TAGS,
        summary: 'Create a bearer token for the CLI',
        body: NewTokenBody,
        response: { 201: TokenCreated },
      },
    },
    async (req, reply) => {
      const { token, record } = await createToken(rt.deps, originOf(req), {
        accountId: principalOf(req).accountId,
        ...req.body,
      });
      return reply.code(201).send({ data: { ...presentToken(record), token } });
    },
  );

  app.delete<ById>(
    '/api/tokens/:id',
    {
      config: guard<ById>('tokens.revoke', byId),
      schema: {
        tags: TAGS,
        summary: 'Revoke a bearer token',
        params: TokenParams,
        response: { 200: TokenResult },
      },
    },
    async (req) => ({ data: presentToken(await revokeToken(rt.deps, originOf(req), req.params.id)) }),
  );
}
