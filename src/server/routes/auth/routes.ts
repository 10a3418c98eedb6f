/**
 * Signing in and out, one's own session, password and second factor.
 * Sign-in is public but rate-limited per IP and per username, and always
 * opens a fresh session (the presented cookie, if any, is revoked).
 */
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { ROLES, normaliseUsername } from '../../../core/auth/index.js';
import {
  changePassword,
  confirmTotp,
  enrolTotp,
  loadAccount,
  login,
  logout,
  resetPassword,
} from '../../../services/accounts/index.js';
import type { NewSession } from '../../../services/accounts/index.js';
import type { Account } from '../../../store/index.js';
import { presentAccount } from '../../presenters/accounts.js';
import { guard, originOf, ownTarget, principalOf } from '../../security/index.js';
import type { SecurityRuntime } from '../../security/index.js';
import {
  SESSION_COOKIE,
  clearSessionCookies,
  readCookie,
  setSessionCookies,
} from '../../security/cookies.js';
import {
  LoginBody,
  NoBody,
  PasswordChangeBody,
  PasswordResetBody,
  SessionResult,
  TotpConfirmBody,
  TotpEnrolment,
} from './schema.js';

const TAGS = ['auth'];

export function authRoutes(app: FastifyInstance, rt: SecurityRuntime): void {
  app.post<{ Body: z.infer<typeof LoginBody> }>(
    '/api/auth/login',
    {
      config: { public: 'credentials' },
      schema: {
        tags: TAGS,
        summary: 'Sign in (sets the session cookie)',
        body: LoginBody,
        response: { 200: SessionResult },
      },
    },
    async (req, reply) => {
      rt.limiters.loginPerAccount.consume(normaliseUsername(req.body.username));
      const opened = await login(rt.deps, {
        ...req.body,
        presentedSession: readCookie(req, SESSION_COOKIE),
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
      });
      setSessionCookies(req, reply, opened, rt.options.auth.sessionTtlMs);
      return { data: sessionView(rt, opened.account, 'session', opened) };
    },
  );

  app.get(
    '/api/auth/session',
    {
      config: guard('auth.session', ownTarget),
      schema: { tags: TAGS, summary: 'Who am I', response: { 200: SessionResult } },
    },
    async (req) => {
      const p = principalOf(req);
      return { data: sessionView(rt, await loadAccount(rt.deps, p.accountId), p.via) };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: guard('auth.logout', ownTarget), schema: { tags: TAGS, summary: 'Sign out', body: NoBody } },
    async (req, reply) => {
      await logout(rt.deps, principalOf(req), originOf(req).ip);
      clearSessionCookies(req, reply);
      return reply.code(204).send();
    },
  );

  app.post<{ Body: z.infer<typeof PasswordChangeBody> }>(
    '/api/auth/password',
    {
      config: guard('auth.password.change', ownTarget),
      schema: {
        tags: TAGS,
        summary: 'Change your password (ends your other sessions)',
        body: PasswordChangeBody,
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const rotated = await changePassword(rt.deps, p, client(req), req.body);
      originOf(req);
      if (rotated === null) return reply.code(204).send();
      setSessionCookies(req, reply, rotated, rt.options.auth.sessionTtlMs);
      return { data: { csrfToken: rotated.csrfToken, expiresAt: rotated.session.expiresAt } };
    },
  );

  app.post<{ Body: z.infer<typeof PasswordResetBody> }>(
    '/api/auth/password-reset',
    {
      config: { public: 'credentials' },
      schema: {
        tags: TAGS,
        summary: 'Set a password with a one-time reset or invitation token',
        body: PasswordResetBody,
      },
    },
    async (req, reply) => {
      await resetPassword(rt.deps, originOf(req).ip, req.body);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/auth/totp/enrol',
    {
      config: guard('auth.totp.enrol', ownTarget),
      schema: {
        tags: TAGS,
        summary: 'Start TOTP enrolment: a new secret',
        body: NoBody,
        response: { 201: TotpEnrolment },
      },
    },
    async (req, reply) => {
      const enrolment = await enrolTotp(rt.deps, principalOf(req), originOf(req).ip);
      return reply.code(201).send({ data: enrolment });
    },
  );

  app.post<{ Body: z.infer<typeof TotpConfirmBody> }>(
    '/api/auth/totp/confirm',
    {
      config: guard('auth.totp.confirm', ownTarget),
      schema: { tags: TAGS, summary: 'Turn TOTP on with a first code', body: TotpConfirmBody },
    },
    async (req, reply) => {
      await confirmTotp(rt.deps, principalOf(req), originOf(req).ip, req.body.code);
      return reply.code(204).send();
    },
  );
}

function sessionView(rt: SecurityRuntime, account: Account, via: 'session' | 'token', opened?: NewSession) {
  return {
    account: presentAccount(account, rt.options.clock()),
    via,
    totpSetupRequired:
      ROLES[account.role].totpRequired && !account.totpEnabled && !(rt.options.demo && account.demoExempt),
    ...(opened === undefined ? {} : { csrfToken: opened.csrfToken, expiresAt: opened.session.expiresAt }),
  };
}

function client(req: { ip: string; headers: { 'user-agent'?: string } }) {
  return { ip: req.ip, userAgent: req.headers['user-agent'] ?? null };
}
