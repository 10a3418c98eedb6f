/**
 * One central error handler. Fastify's own errors (bad JSON, oversize body,
 * wrong media type) are translated to stable codes; a SaksiError keeps its
 * code; anything else is logged and answered as a generic 500 without a
 * stack trace.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SaksiError, msg } from '../../core/errors/index.js';
import { requestLang } from '../lang.js';
import { errorBody } from './body.js';
import { statusFor } from './status.js';

const FASTIFY_CODES: Readonly<Record<string, () => SaksiError>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () =>
    new SaksiError(
      'BODY_MALFORMED_JSON',
      msg('Isi permintaan bukan JSON yang sah.', 'The request body is not valid JSON.'),
      { field: 'body' },
    ),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    new SaksiError('BODY_EMPTY', msg('Isi permintaan JSON kosong.', 'The JSON request body is empty.'), {
      field: 'body',
    }),
  FST_ERR_CTP_BODY_TOO_LARGE: () =>
    new SaksiError('BODY_TOO_LARGE', msg('Isi permintaan terlalu besar.', 'The request body is too large.'), {
      field: 'body',
    }),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    new SaksiError(
      'MEDIA_TYPE_UNSUPPORTED',
      msg(
        'Jenis isi tidak didukung: kirim application/json.',
        'Unsupported content type: send application/json.',
      ),
      { field: 'content-type' },
    ),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    new SaksiError(
      'BODY_LENGTH_MISMATCH',
      msg('Panjang isi tidak sesuai.', 'Content-Length does not match the body.'),
      { field: 'body' },
    ),
  FST_ERR_CTP_INVALID_TYPE: () =>
    new SaksiError('MEDIA_TYPE_UNSUPPORTED', msg('Jenis isi tidak sah.', 'The content type is not valid.'), {
      field: 'content-type',
    }),
};

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const known = toSaksiError(err);
    if (known === null) {
      req.log.error({ err }, 'unhandled error');
      const internal = new SaksiError(
        'INTERNAL',
        msg('Terjadi kesalahan di server.', 'Something went wrong on the server.'),
      );
      return reply.code(500).send(errorBody(internal, requestLang(req)));
    }
    const status = statusFor(known.code);
    if (status >= 500) req.log.error({ err }, known.code);
    return reply.code(status).send(errorBody(known, requestLang(req)));
  });

  app.setNotFoundHandler((req, reply) => {
    const e = new SaksiError(
      'ROUTE_NOT_FOUND',
      msg(
        `Alamat ${req.method} ${req.url.slice(0, 200)} tidak ada.`,
        `No such address: ${req.method} ${req.url.slice(0, 200)}.`,
      ),
    );
    return reply.code(404).send(errorBody(e, requestLang(req)));
  });
}

function toSaksiError(err: FastifyError): SaksiError | null {
  if (err instanceof SaksiError) return err;
  const fromFastify = err.code === undefined ? undefined : FASTIFY_CODES[err.code];
  if (fromFastify !== undefined) return fromFastify();
  if (err.code === 'FST_ERR_VALIDATION' || err.validation !== undefined) {
    return new SaksiError(
      'VALIDATION_FAILED',
      msg('Masukan tidak sah.', `Invalid input: ${err.message.slice(0, 300)}`),
    );
  }
  if (typeof err.statusCode === 'number' && err.statusCode === 429) {
    return new SaksiError(
      'RATE_LIMITED',
      msg('Terlalu banyak permintaan; coba lagi nanti.', 'Too many requests; try again later.'),
    );
  }
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    return new SaksiError(
      'BAD_REQUEST',
      msg('Permintaan tidak sah.', `Bad request: ${err.message.slice(0, 300)}`),
    );
  }
  return null;
}
