/**
 * The routes of a record kind, derived from its declaration: create (POST
 * path), list (GET path, region and period, filters), export (GET
 * path/export as CSV, XLSX or PDF), read with the timeline (GET path/:id)
 * and transitions (POST path/:id/transitions). Every route is guarded by the
 * kind's policy actions; the target region of an existing record is the
 * stored one, loaded before authorisation. Routes stay thin: validate →
 * authorise → call the service → present.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { parseScope } from '../../core/auth/index.js';
import { recordTable } from '../../core/records/index.js';
import type { KeyOf, RecordFilter, RecordKind } from '../../core/records/index.js';
import { MEDIA_TYPES, tableFile } from '../../services/exports/index.js';
import type { FileFormat } from '../../services/exports/index.js';
import { erasePersonal, listRecords, loadRecord, timelineOf } from '../../services/records/index.js';
import type { RecordDeps } from '../../services/records/index.js';
import type { Origin } from '../../services/accounts/index.js';
import { requestLang } from '../lang.js';
import type { Target } from '../policies/index.js';
import { guard, originOf, subjectOf } from '../security/index.js';
import { policyAction, regionOrOwn } from './context.js';
import { DataResult, EraseBody, IdParams, ListResult } from './schema.js';
import { presentEvent } from './present.js';

type Body = Record<string, unknown>;
type Query = { readonly region?: string; readonly from?: string; readonly to?: string } & Record<
  string,
  unknown
>;

export interface RecordRouteSpec<R extends object> {
  readonly kind: RecordKind<R>;
  readonly path: string;
  readonly tags: readonly string[];
  readonly deps: RecordDeps;
  /** The list query (region, period, page, the kind's filters) and its export variant. */
  readonly query: z.ZodType;
  readonly exportQuery?: z.ZodType;
  readonly present: (req: FastifyRequest, r: R) => unknown;
  readonly summaries: {
    readonly list: string;
    readonly create?: string;
    readonly read?: string;
    readonly transition?: string;
  };
  readonly create?: {
    readonly body: z.ZodType;
    readonly run: (origin: Origin, body: never) => Promise<R>;
  };
  readonly transition?: {
    readonly body: z.ZodType;
    readonly run: (origin: Origin, id: string, action: never, input: Body) => Promise<R>;
  };
  /** GET path/:id with the timeline (default: when the kind has a machine). */
  readonly read?: boolean;
}

type ById = { Params: z.infer<typeof IdParams> };

export function recordRoutes<R extends object>(app: FastifyInstance, spec: RecordRouteSpec<R>): void {
  const { kind, deps } = spec;
  if (kind.source !== 'api' && (spec.create !== undefined || spec.transition !== undefined))
    throw new Error(`${kind.name} is projected from the log: no write routes`);
  const tags = [...spec.tags];
  const read = policyAction(kind.actions.read);
  const byId = async (req: FastifyRequest<ById>): Promise<Target> => {
    const r = await loadRecord(deps, kind, req.params.id);
    req.subject = r;
    return { region: parseScope(String(r[kind.region]), 'region') };
  };
  const filterOf = (req: FastifyRequest, q: Query): RecordFilter<R> => {
    const r = regionOrOwn(req, q.region);
    const where: Partial<Record<KeyOf<R>, string>> = {};
    for (const k of kind.filters) if (typeof q[k] === 'string') where[k] = q[k] as string;
    return {
      within: r === 'national' ? null : r,
      from: q.from,
      to: q.to,
      where,
      limit: Number(q.limit ?? 100),
      offset: Number(q.offset ?? 0),
    };
  };
  const listGuard = guard<{ Querystring: Query }>(read, (req) => ({
    region: regionOrOwn(req, req.query.region),
  }));

  if (spec.create !== undefined) {
    const create = spec.create;
    const action = policyAction(kind.actions.create ?? '');
    app.post<{ Body: Body }>(
      spec.path,
      {
        config: guard<{ Body: Body }>(action, (req) => ({
          region: parseScope(String(req.body.region), 'region'),
        })),
        schema: { tags, summary: spec.summaries.create, body: create.body, response: { 201: DataResult } },
      },
      async (req, reply) =>
        reply.code(201).send({ data: spec.present(req, await create.run(originOf(req), req.body as never)) }),
    );
  }

  app.get<{ Querystring: Query }>(
    spec.path,
    {
      config: listGuard,
      schema: { tags, summary: spec.summaries.list, querystring: spec.query, response: { 200: ListResult } },
    },
    async (req) => ({
      data: (await listRecords(deps, kind, filterOf(req, req.query))).map((r) => spec.present(req, r)),
    }),
  );

  if (spec.exportQuery !== undefined)
    app.get<{ Querystring: Query & { format: FileFormat } }>(
      `${spec.path}/export`,
      {
        config: listGuard,
        schema: { tags, summary: `${spec.summaries.list} (csv, xlsx, pdf)`, querystring: spec.exportQuery },
      },
      async (req, reply: FastifyReply) => {
        const records = await listRecords(deps, kind, filterOf(req, req.query));
        const shown = records.map((r) => spec.present(req, r) as R);
        const format = req.query.format;
        const body = await tableFile(recordTable(kind, shown, requestLang(req)), format);
        return reply
          .header('content-type', MEDIA_TYPES[format])
          .header('content-disposition', `attachment; filename="${kind.name}.${format}"`)
          .send(body);
      },
    );

  if (spec.read ?? kind.machine !== undefined)
    app.get<ById>(
      `${spec.path}/:id`,
      {
        config: guard<ById>(read, byId),
        schema: { tags, summary: spec.summaries.read, params: IdParams, response: { 200: DataResult } },
      },
      async (req) => {
        const r = subjectOf<R>(req);
        const shown = spec.present(req, r) as object;
        if (kind.machine === undefined) return { data: shown };
        const timeline = await timelineOf(deps, kind, String(r['id' as KeyOf<R>]));
        return { data: { ...shown, timeline: timeline.map(presentEvent) } };
      },
    );

  if (kind.actions.erase !== undefined) {
    const action = policyAction(kind.actions.erase);
    app.post<ById & { Body: { note?: string } }>(
      `${spec.path}/:id/erase-personal`,
      {
        config: guard<ById>(action, byId),
        schema: {
          tags,
          summary: 'Erase the personal data of one record on request (audited; the record stays)',
          params: IdParams,
          body: EraseBody,
          response: { 200: DataResult },
        },
      },
      async (req) => ({
        data: await erasePersonal(deps, kind, originOf(req), req.params.id, 'request', req.body.note ?? null),
      }),
    );
  }

  if (spec.transition !== undefined) {
    const transition = spec.transition;
    const action = policyAction(kind.actions.transition ?? '');
    app.post<ById & { Body: Body }>(
      `${spec.path}/:id/transitions`,
      {
        config: guard<ById>(action, byId),
        schema: {
          tags,
          summary: spec.summaries.transition,
          params: IdParams,
          body: transition.body,
          response: { 200: DataResult },
        },
      },
      async (req) => {
        const { action: step, ...input } = req.body;
        return {
          data: spec.present(req, await transition.run(originOf(req), req.params.id, step as never, input)),
        };
      },
    );
  }
}
