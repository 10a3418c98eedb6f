/**
 * The HTTP application. Built without listening so that tests drive it with
 * `app.inject()`; `serve` (src/cli/commands/serve.ts) adds the port.
 */
import Fastify, { LogController } from 'fastify';
import type { FastifyInstance, RouteOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { AppContext } from './context.js';
import { installErrorHandlers } from './errors/handler.js';
import { clientErrorHandler } from './errors/client-error.js';
import { frameworkErrors } from './errors/framework.js';
import { installZod, toOpenApiSchema } from './validation.js';
import { healthRoutes } from './routes/health/routes.js';
import { regionRoutes } from './routes/regions/routes.js';
import { electionRoutes } from './routes/elections/routes.js';
import { contestRoutes } from './routes/contests/routes.js';
import { webRoutes } from './routes/web/routes.js';
import {
  installSecurity,
  installSecurityHeaders,
  securityOptions,
  securityRuntime,
} from './security/index.js';
import type { SecurityOptions } from './security/index.js';
import { authRoutes } from './routes/auth/routes.js';
import { accountRoutes } from './routes/accounts/routes.js';
import { tokenRoutes } from './routes/tokens/routes.js';
import { auditRoutes } from './routes/audit/routes.js';
import { logRoutes } from './routes/log/routes.js';
import { formRoutes } from './routes/forms/routes.js';
import { resultRoutes } from './routes/results/routes.js';
import { sirekapRoutes } from './routes/sirekap/routes.js';
import { supervisionRoutes } from './routes/supervision/routes.js';
import { kerawananRoutes } from './routes/kerawanan/routes.js';
import { logisticsRoutes } from './routes/logistics/routes.js';
import { timetableRoutes } from './routes/timetable/routes.js';
import { keyRoutes } from './routes/keys/routes.js';
import { recapRoutes } from './routes/recaps/routes.js';
import { genesisOf } from '../core/statements/index.js';

export interface AppOptions {
  /** Sessions, rate limits, lockout, hashing, clock, demo mode (src/server/security/options.ts). */
  readonly security?: Partial<SecurityOptions>;
  /** Called for every route registered (tests collect the route table with it). */
  readonly onRoute?: (route: RouteOptions) => void;
  /** The built web UI (default: this package's dist/web); without it `/` is the plain landing page. */
  readonly webDir?: string;
}

export async function buildApp(ctx: AppContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const security = securityRuntime(ctx.store, securityOptions(options.security));
  const app = Fastify({
    trustProxy: security.options.trustProxy,
    frameworkErrors,
    clientErrorHandler,
    logger: ctx.config.logLevel === 'silent' ? false : { level: ctx.config.logLevel },
    bodyLimit: ctx.config.bodyLimit,
    // Query strings and paths are untrusted: bound them.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    logController: new LogController({
      disableRequestLogging: ctx.config.logLevel !== 'debug' && ctx.config.logLevel !== 'trace',
    }),
  });
  installZod(app);
  installErrorHandlers(app);
  if (options.onRoute !== undefined) app.addHook('onRoute', options.onRoute);
  installSecurityHeaders(app);
  installSecurity(app, security);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Saksi API',
        version: '0.1.0',
        description:
          'Rekapitulasi dan pengawasan Pilkada yang dapat diverifikasi · Verifiable Pilkada recap and supervision',
      },
    },
    transform: ({ schema, url }) => ({ schema: toOpenApiSchema(schema) as typeof schema, url }),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  healthRoutes(app, ctx);
  regionRoutes(app, ctx);
  electionRoutes(app, ctx);
  contestRoutes(app, ctx);
  timetableRoutes(app);
  logRoutes(app, ctx);
  formRoutes(app, { ingest: ctx.ingest ?? null, log: ctx.log ?? null });
  resultRoutes(app, {
    store: ctx.store,
    ingest: ctx.ingest ?? null,
    ...(ctx.config.leaderRule === undefined ? {} : { leaderRule: ctx.config.leaderRule }),
  });
  sirekapRoutes(app, {
    store: ctx.store,
    ingest: ctx.ingest ?? null,
    electionId: () => (ctx.ingest === undefined ? undefined : genesisOf(ctx.ingest.ledger)?.election.id),
  });
  keyRoutes(app, { ledger: () => ctx.ingest?.ledger ?? null });
  recapRoutes(app, { ledger: () => ctx.ingest?.ledger ?? null });
  authRoutes(app, security);
  accountRoutes(app, security);
  tokenRoutes(app, security);
  auditRoutes(app, security);
  supervisionRoutes(app, ctx, security);
  kerawananRoutes(app, ctx, security);
  logisticsRoutes(app, ctx);
  webRoutes(app, ctx, options.webDir);
  return app;
}
