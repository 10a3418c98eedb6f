/**
 * The security pipeline every route goes through, in Fastify's order:
 * onRequest — rate limit per IP, authenticate, CSRF for cookie writes, rate
 * limit per account; (validation); preHandler — derive the target and let
 * the policy table decide; (handler: command, present); onResponse — a
 * successful write that no command audited is recorded generically, so
 * nothing written escapes the audit trail.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authErrors } from '../../core/auth/index.js';
import type { Store } from '../../store/index.js';
import { auditInput } from '../../services/accounts/index.js';
import type { AuthDeps, Origin } from '../../services/accounts/index.js';
import { POLICIES, decide } from '../policies/index.js';
import { WRITE_METHODS } from './access.js';
import { authenticate, csrfOk } from './authenticate.js';
import type { SecurityOptions } from './options.js';
import { DEFAULT_INTAKE_LIMIT } from './options.js';
import { RateLimiter } from './rate-limit.js';

export interface SecurityRuntime {
  readonly options: SecurityOptions;
  readonly deps: AuthDeps;
  readonly limiters: {
    readonly loginPerIp: RateLimiter;
    readonly loginPerAccount: RateLimiter;
    readonly writePerIp: RateLimiter;
    readonly intakePerIp: RateLimiter;
    readonly writePerAccount: RateLimiter;
  };
}

export function securityRuntime(store: Store, options: SecurityOptions): SecurityRuntime {
  const now = () => options.clock().getTime();
  const r = options.rateLimits;
  return {
    options,
    deps: { store, hasher: options.hasher, clock: options.clock, settings: options.auth },
    limiters: {
      loginPerIp: new RateLimiter(r.loginPerIp, now),
      loginPerAccount: new RateLimiter(r.loginPerAccount, now),
      writePerIp: new RateLimiter(r.writePerIp, now),
      writePerAccount: new RateLimiter(r.writePerAccount, now),
      intakePerIp: new RateLimiter(r.intakePerIp ?? DEFAULT_INTAKE_LIMIT, now),
    },
  };
}

export function installSecurity(app: FastifyInstance, rt: SecurityRuntime): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('subject', null);
  app.decorateRequest('authTarget', null);
  app.decorateRequest('audited', false);
  app.addHook('onRequest', (req, reply) => admit(rt, req, reply));
  app.addHook('preHandler', (req) => authorize(rt, req));
  app.addHook('onResponse', (req, reply) => auditUnrecorded(rt, req, reply));
}

async function admit(rt: SecurityRuntime, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (req.is404) return;
  const config = req.routeOptions.config;
  const write = WRITE_METHODS.has(req.method);
  if (config.public === 'read') return;
  reply.header('cache-control', 'no-store');
  if (config.public === 'credentials') return rt.limiters.loginPerIp.consume(req.ip);
  if (config.public === 'intake') return rt.limiters.intakePerIp.consume(req.ip);
  if (config.auth === undefined) {
    if (write) throw authErrors.unconfigured(`${req.method} ${req.routeOptions.url ?? ''}`);
    return;
  }
  if (write) rt.limiters.writePerIp.consume(req.ip);
  const who = await authenticate(rt.deps, req);
  if (who === null) throw authErrors.unauthenticated();
  if (write && who.csrfHash !== null && !csrfOk(req, who.csrfHash)) throw authErrors.csrf();
  if (write) rt.limiters.writePerAccount.consume(who.principal.accountId);
  req.principal = who.principal;
}

async function authorize(rt: SecurityRuntime, req: FastifyRequest): Promise<void> {
  const auth = req.routeOptions.config.auth;
  if (auth === undefined || req.is404) return;
  const principal = req.principal;
  if (principal === null) throw authErrors.unauthenticated();
  const target = auth.target === undefined ? {} : await auth.target(req);
  const denied = decide(auth.action, POLICIES[auth.action], principal, target, { demo: rt.options.demo });
  if (denied !== null) throw denied;
  req.authTarget = target;
}

async function auditUnrecorded(rt: SecurityRuntime, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const auth = req.routeOptions.config.auth;
  if (auth === undefined || req.audited || !WRITE_METHODS.has(req.method) || reply.statusCode >= 400) return;
  const region = req.authTarget?.region ?? null;
  try {
    await rt.deps.store.auth.audit.append(
      auditInput(originOf(req), rt.options.clock(), {
        action: auth.action,
        targetType: 'route',
        targetId: `${req.method} ${req.routeOptions.url ?? ''}`,
        region,
        after: { status: reply.statusCode },
      }),
    );
  } catch (err) {
    req.log.error({ err }, 'audit append failed');
  }
}

/**
 * The origin of a write for the audit trail: the principal (if any) and the
 * client address. Handing it to a command marks the request as audited by
 * that command (commands record their own before/after).
 */
export function originOf(req: FastifyRequest): Origin {
  req.audited = true;
  return {
    actor: req.principal === null ? { kind: 'anonymous' } : { kind: 'account', principal: req.principal },
    ip: req.ip,
  };
}
