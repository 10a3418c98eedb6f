/**
 * How a route declares who may call it, in its `config`:
 * - `{ public: 'read' }` — anyone; the route changes nothing (a read-only
 *   lookup sent as POST says so explicitly);
 * - `{ public: 'credentials' }` — anyone may try; the body carries the
 *   credential (sign-in, password reset); rate-limited per IP;
 * - `{ public: 'intake' }` — anyone may file a record without an account
 *   (a citizen's violation report); its own, stricter per-IP limit, so a
 *   flood of reports does not lock officers out of signing in;
 * - `guard(action, target)` — an authenticated account whose role the
 *   action's policy table allows for the target the route derives from the
 *   request (after validation; loading the entity if need be).
 * A write route (POST/PUT/PATCH/DELETE) with none of these is refused. A
 * GET route with none is public.
 */
import type { FastifyRequest, RouteGenericInterface } from 'fastify';
import type { Principal } from '../../core/auth/index.js';
import { authErrors } from '../../core/auth/index.js';
import type { Action, Target } from '../policies/index.js';

export interface RouteAuth {
  readonly action: Action;
  /** The target of the request; the principal is already known (`req.principal`). */
  readonly target?: (req: FastifyRequest) => Target | Promise<Target>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    public?: 'read' | 'credentials' | 'intake';
    auth?: RouteAuth;
  }
  interface FastifyRequest {
    /** The authenticated account, on routes with `auth` (null elsewhere). */
    principal: Principal | null;
    /** What the route's target resolver loaded, for the handler. */
    subject: unknown;
    /** The target authorised, for the audit trail. */
    authTarget: Target | null;
    /** Set once a command has recorded this write in the audit trail. */
    audited: boolean;
  }
}

export const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Route config for an action decided by the policy tables. */
export function guard<RG extends RouteGenericInterface = RouteGenericInterface>(
  action: Action,
  target?: (req: FastifyRequest<RG>) => Target | Promise<Target>,
): { auth: RouteAuth } {
  return { auth: { action, target: target as RouteAuth['target'] } };
}

/** The target of a self-service action: the principal's own account. */
export function ownTarget(req: FastifyRequest): Target {
  const p = principalOf(req);
  return { ownerId: p.accountId, region: p.scope };
}

/** The principal of a guarded route (always set there: authentication ran first). */
export function principalOf(req: FastifyRequest): Principal {
  if (req.principal === null) throw authErrors.unauthenticated();
  return req.principal;
}

export function subjectOf<T>(req: FastifyRequest): T {
  return req.subject as T;
}
