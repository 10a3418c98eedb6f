/**
 * Submitting signed statements. `POST /api/forms` takes one result form
 * (C.Hasil, correction, D.Hasil, incident), `POST /api/attestations` a
 * saksi's or PTPS's agreement or objection, `POST /api/forms/batch` many
 * statements relayed at once (a PPK's upload, an offline device syncing,
 * an import), which needs the account's relay right.
 *
 * The HTTP account only carries the statement: what makes it valid is its
 * signature by a registered key whose role and scope cover it. The same
 * statement twice is answered with its first index (200); a new one with 201.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { canonicalBytes } from '../../../core/canonical/index.js';
import { SaksiError, msg } from '../../../core/errors/index.js';
import type { Ingest, SubmitResult } from '../../../ingest/ingest.js';
import type { TransparencyLog } from '../../../log/log.js';
import { errorBody } from '../../errors/body.js';
import { statusFor } from '../../errors/status.js';
import { requestLang } from '../../lang.js';
import { guard, principalOf } from '../../security/index.js';
import { inScope } from '../../../core/auth/index.js';
import { Accepted, BatchBody, BatchResult, Envelope, SubmitQuery } from './schema.js';
import { statementTarget } from './target.js';

const TAGS = ['forms'];
const FORM_TYPES = new Set(['form.chasil', 'form.correction', 'form.dhasil', 'form.incident']);
const ATTEST_TYPES = new Set(['form.attestation']);

export interface FormsContext {
  readonly ingest: Ingest | null;
  readonly log: TransparencyLog | null;
}

type One = { Body: z.infer<typeof Envelope>; Querystring: z.infer<typeof SubmitQuery> };
type Many = { Body: z.infer<typeof BatchBody>; Querystring: z.infer<typeof SubmitQuery> };

export function formRoutes(app: FastifyInstance, ctx: FormsContext): void {
  const pairOf = (keyId: string) => ctx.ingest?.ledger.keys.get(keyId)?.scope.pair;
  const one = (types: Set<string>) => async (req: FastifyRequest<One>, reply: FastifyReply) => {
    if (!types.has(req.body.type)) throw wrongRoute(req.body.type);
    const [result] = await submit(ctx, [req.body]);
    return answerOne(req, reply, ctx, result as SubmitResult);
  };

  app.post<One>(
    '/api/forms',
    {
      config: guard<One>('forms.submit', (req) => statementTarget(req.body)),
      schema: {
        tags: TAGS,
        summary: 'Submit one signed result form (C.Hasil, correction, D.Hasil, incident)',
        body: Envelope,
        querystring: SubmitQuery,
        response: { 200: Accepted, 201: Accepted },
      },
    },
    one(FORM_TYPES),
  );

  app.post<One>(
    '/api/attestations',
    {
      config: guard<One>('forms.attest', (req) => statementTarget(req.body, pairOf)),
      schema: {
        tags: TAGS,
        summary: "Submit a saksi's or PTPS's signed attestation or objection",
        body: Envelope,
        querystring: SubmitQuery,
        response: { 200: Accepted, 201: Accepted },
      },
    },
    one(ATTEST_TYPES),
  );

  app.post<Many>(
    '/api/forms/batch',
    {
      config: guard<Many>('forms.relay', (req) => ({ region: principalOf(req).scope })),
      schema: {
        tags: TAGS,
        summary: 'Relay many signed statements (needs the relay right in their region)',
        body: BatchBody,
        querystring: SubmitQuery,
        response: { 200: BatchResult },
      },
    },
    async (req) => {
      const scope = principalOf(req).scope;
      const lang = requestLang(req);
      const prepared = req.body.entries.map((e) => prepare(e, scope));
      const ready = prepared.flatMap((p) => (p instanceof SaksiError ? [] : [p[0]]));
      const results = ready.length === 0 ? [] : await submit(ctx, ready);
      let k = 0;
      const data = prepared.map((p) => {
        if (p instanceof SaksiError) return { status: 'refused' as const, error: errorBody(p, lang).error };
        const r = results[k++] as SubmitResult;
        return r.status === 'refused' ? { status: r.status, error: errorBody(r.error, lang).error } : r;
      });
      const count = (s: string) => data.filter((d) => d.status === s).length;
      return {
        data,
        summary: { accepted: count('accepted'), duplicate: count('duplicate'), refused: count('refused') },
      };
    },
  );
}

/** Shape-check one relayed statement and keep it inside the relaying account's region. */
function prepare(entry: unknown, scope: Parameters<typeof inScope>[1]): [unknown] | SaksiError {
  const parsed = Envelope.safeParse(entry);
  if (!parsed.success) {
    return new SaksiError(
      'ENTRY_SHAPE_INVALID',
      msg(
        'Entri bukan pernyataan bertanda tangan yang sah.',
        'The entry is not a well-formed signed statement.',
      ),
      { field: 'entries' },
    );
  }
  const region = statementTarget(parsed.data).region ?? 'national';
  if (!inScope(region, scope)) {
    return new SaksiError(
      'FORMS_RELAY_OUT_OF_SCOPE',
      msg('Pernyataan di luar wilayah akun Anda.', "The statement is outside your account's region."),
      { field: 'entries' },
    );
  }
  return [parsed.data];
}

async function submit(ctx: FormsContext, statements: unknown[]): Promise<SubmitResult[]> {
  if (ctx.ingest === null) {
    throw new SaksiError(
      'FORMS_UNAVAILABLE',
      msg(
        'Server ini tidak menerima formulir (tanpa log pemilihan).',
        'This server takes no forms (no election log configured).',
      ),
    );
  }
  return ctx.ingest.submit(statements.map((s) => canonicalBytes(s)));
}

async function answerOne(req: FastifyRequest<One>, reply: FastifyReply, ctx: FormsContext, r: SubmitResult) {
  if (r.status === 'refused')
    return reply.code(statusFor(r.error.code)).send(errorBody(r.error, requestLang(req)));
  const wait = req.query.wait;
  const receipt =
    ctx.log === null
      ? null
      : wait === undefined
        ? ctx.log.receipt(r.index)
        : await ctx.log.waitForReceipt(r.index, wait);
  return reply.code(r.status === 'accepted' ? 201 : 200).send({ data: { ...r, receipt } });
}

function wrongRoute(type: string): SaksiError {
  return new SaksiError(
    'FORMS_TYPE_NOT_HERE',
    msg(
      `Jenis "${type.slice(0, 64)}" tidak dikirim ke alamat ini.`,
      `Statements of type "${type.slice(0, 64)}" are not submitted here.`,
    ),
    { field: 'type' },
  );
}
