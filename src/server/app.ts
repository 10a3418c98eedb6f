/**
 * The HTTP application. Built without listening so that tests drive it with
 * `app.inject()`; `serve` (src/cli/commands/serve.ts) adds the port.
 */
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { AppContext } from './context.js';
import { installErrorHandlers } from './errors/handler.js';
import { installZod, toOpenApiSchema } from './validation.js';
import { healthRoutes } from './routes/health/routes.js';
import { regionRoutes } from './routes/regions/routes.js';
import { electionRoutes } from './routes/elections/routes.js';
import { contestRoutes } from './routes/contests/routes.js';
import { homeRoutes } from './routes/home/routes.js';

export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    logger: ctx.config.logLevel === 'silent' ? false : { level: ctx.config.logLevel },
    bodyLimit: ctx.config.bodyLimit,
    // Query strings and paths are untrusted: bound them.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    disableRequestLogging: ctx.config.logLevel !== 'debug' && ctx.config.logLevel !== 'trace',
  });
  installZod(app);
  installErrorHandlers(app);
  app.addHook('onSend', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
  });
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
  homeRoutes(app, ctx);
  return app;
}
