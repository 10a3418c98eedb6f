/**
 * The witness's HTTP face (c2sp.org/tlog-witness), built without listening
 * so that tests drive it with `app.inject()`:
 *
 *   POST /add-checkpoint   any content type; the raw body as UTF-8 text, at most 64 KiB
 *   GET  /                 the witness name and its cosignature vkey
 *   GET  /healthz          "ok"
 *
 * Protocol errors are plain text: the status is the contract, the body a
 * short reason line; a stale old size answers 409 with the known size as
 * `text/x.tlog.size`, as the spec requires.
 */
import Fastify from 'fastify';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { msg } from '../core/errors/index.js';
import { WitnessError, witnessError, witnessStatus } from './errors.js';
import { MAX_REQUEST_BYTES } from './request.js';
import type { Witness } from './witness.js';

export const TLOG_SIZE_CONTENT_TYPE = 'text/x.tlog.size';
const TEXT = 'text/plain; charset=utf-8';
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface WitnessAppOptions {
  /** Fastify logger level; default silent. */
  readonly logLevel?: string;
}

export function buildWitnessApp(witness: Witness, options: WitnessAppOptions = {}): FastifyInstance {
  const app = Fastify({
    logger:
      options.logLevel === undefined || options.logLevel === 'silent' ? false : { level: options.logLevel },
    bodyLimit: MAX_REQUEST_BYTES,
    requestTimeout: 30_000,
  });
  // Any content type (or none) is read as raw bytes: the body format is the protocol's, not a media type's.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_REQUEST_BYTES }, (_req, body, done) =>
    done(null, body),
  );
  app.addHook('onSend', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('cache-control', 'no-store');
  });

  app.get('/', async (_req, reply) =>
    reply
      .type(TEXT)
      .send(`Saksi witness (c2sp.org/tlog-witness)\nname ${witness.name}\nvkey ${witness.vkey}\n`),
  );
  app.get('/healthz', async (_req, reply) => reply.type(TEXT).send('ok\n'));
  app.post('/add-checkpoint', async (req, reply) => {
    const lines = await witness.addCheckpoint(bodyText(req.body));
    return reply.code(200).type(TEXT).send(lines.join(''));
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof WitnessError) return sendWitnessError(reply, err);
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendText(reply, 400, 'WITNESS_REQUEST_TOO_LARGE: the add-checkpoint request is too large');
    }
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      return sendText(reply, 400, `BAD_REQUEST: ${err.message.slice(0, 200)}`);
    }
    req.log.error({ err }, 'witness: unexpected error');
    return sendText(reply, 500, 'INTERNAL: the witness could not handle the request');
  });
  app.setNotFoundHandler((req, reply) =>
    sendText(reply, 404, `NOT_FOUND: no such address ${req.method} ${req.url.slice(0, 200)}`),
  );
  return app;
}

function sendWitnessError(reply: FastifyReply, e: WitnessError): FastifyReply {
  const status = witnessStatus(e.code);
  if (e.code === 'WITNESS_OLD_SIZE_CONFLICT' && e.knownSize !== undefined) {
    return reply.code(status).type(TLOG_SIZE_CONTENT_TYPE).send(`${e.knownSize}\n`);
  }
  if (status >= 500) reply.log.error({ err: e }, e.code);
  return sendText(reply, status, `${e.code}: ${e.messages.en}`);
}

function sendText(reply: FastifyReply, status: number, line: string): FastifyReply {
  return reply
    .code(status)
    .type(TEXT)
    .send(`${line.replace(/\n/g, ' ')}\n`);
}

/** The body as text; invalid UTF-8 is malformed rather than silently replaced. */
function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (!(body instanceof Uint8Array)) return String(body);
  try {
    return UTF8.decode(body);
  } catch (e) {
    throw witnessError('WITNESS_REQUEST_MALFORMED', { field: 'body', detail: NOT_UTF8, cause: e });
  }
}

const NOT_UTF8 = msg('bukan UTF-8 yang sah', 'not valid UTF-8');
