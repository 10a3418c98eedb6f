/**
 * Accounts: list and read those in your scope; create lower roles in your
 * scope (with a password, or as an invitation carrying a one-time token);
 * disable, rename, grant `relay`, unlock, reset TOTP; issue password resets.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { parseScope } from '../../../core/auth/index.js';
import type { Principal } from '../../../core/auth/index.js';
import {
  createAccount,
  issuePasswordReset,
  loadAccount,
  updateAccount,
} from '../../../services/accounts/index.js';
import type { Account } from '../../../store/index.js';
import { presentAccount } from '../../presenters/accounts.js';
import { guard, originOf, principalOf, subjectOf } from '../../security/index.js';
import type { SecurityRuntime } from '../../security/index.js';
import type { Target } from '../../policies/index.js';
import {
  AccountChangesBody,
  AccountCreated,
  AccountList,
  AccountParams,
  AccountQuery,
  AccountResult,
  NewAccountBody,
  NoBody,
  ResetResult,
} from './schema.js';

const TAGS = ['accounts'];
type ById = { Params: z.infer<typeof AccountParams> };

export function accountRoutes(app: FastifyInstance, rt: SecurityRuntime): void {
  /** Load the account named in the path; its scope is the target region. */
  const byId = async (req: FastifyRequest<ById>): Promise<Target> => {
    const account = await loadAccount(rt.deps, req.params.id);
    req.subject = account;
    return { region: account.scope, ownerId: account.id };
  };

  app.get<{ Querystring: z.infer<typeof AccountQuery> }>(
    '/api/accounts',
    {
      config: guard<{ Querystring: z.infer<typeof AccountQuery> }>('accounts.read', (req) => ({
        region: regionOrOwn(req.query.region, principalOf(req)),
      })),
      schema: {
        tags: TAGS,
        summary: 'Accounts within a region',
        querystring: AccountQuery,
        response: { 200: AccountList },
      },
    },
    async (req) => {
      const region = regionOrOwn(req.query.region, principalOf(req));
      const list = await rt.deps.store.auth.accounts.list({
        within: region === 'national' ? undefined : region,
        role: req.query.role,
        after: req.query.after,
        limit: req.query.limit,
      });
      const now = rt.options.clock();
      const last = list.at(-1);
      return {
        data: list.map((a) => presentAccount(a, now)),
        next: list.length === req.query.limit && last !== undefined ? last.username : null,
      };
    },
  );

  app.get<ById>(
    '/api/accounts/:id',
    {
      config: guard<ById>('accounts.read', byId),
      schema: { tags: TAGS, summary: 'An account', params: AccountParams, response: { 200: AccountResult } },
    },
    async (req) => ({ data: presentAccount(subjectOf<Account>(req), rt.options.clock()) }),
  );

  app.post<{ Body: z.infer<typeof NewAccountBody> }>(
    '/api/accounts',
    {
      config: guard<{ Body: z.infer<typeof NewAccountBody> }>('accounts.create', (req) => ({
        region: parseScope(req.body.scope),
      })),
      schema: {
        tags: TAGS,
        summary: 'Create an account of a lower role within your scope',
        body: NewAccountBody,
        response: { 201: AccountCreated },
      },
    },
    async (req, reply) => {
      const origin = originOf(req);
      const { password, scope, ...rest } = req.body;
      const account = await createAccount(rt.deps, origin, {
        ...rest,
        scope: parseScope(scope),
        password: password ?? null,
      });
      const invitation =
        password === undefined ? await issuePasswordReset(rt.deps, origin, account.id) : undefined;
      return reply.code(201).send({
        data: presentAccount(account, rt.options.clock()),
        ...(invitation === undefined
          ? {}
          : { invitation: { token: invitation.token, expiresAt: invitation.expiresAt } }),
      });
    },
  );

  app.patch<ById & { Body: z.infer<typeof AccountChangesBody> }>(
    '/api/accounts/:id',
    {
      config: guard<ById>('accounts.update', byId),
      schema: {
        tags: TAGS,
        summary: 'Rename, disable/enable, grant rights, unlock or reset TOTP',
        params: AccountParams,
        body: AccountChangesBody,
        response: { 200: AccountResult },
      },
    },
    async (req) => {
      const account = await updateAccount(rt.deps, originOf(req), req.params.id, req.body);
      return { data: presentAccount(account, rt.options.clock()) };
    },
  );

  app.post<ById>(
    '/api/accounts/:id/password-reset',
    {
      config: guard<ById>('accounts.password-reset', byId),
      schema: {
        tags: TAGS,
        summary: 'Issue a one-time password reset token for the account',
        params: AccountParams,
        body: NoBody,
        response: { 201: ResetResult },
      },
    },
    async (req, reply) => {
      const issued = await issuePasswordReset(rt.deps, originOf(req), req.params.id);
      return reply.code(201).send({ data: { token: issued.token, expiresAt: issued.expiresAt } });
    },
  );
}

function regionOrOwn(region: string | undefined, p: Principal) {
  return region === undefined ? p.scope : parseScope(region, 'region');
}
