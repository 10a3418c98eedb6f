/**
 * Errors Fastify raises before routing — a URL that cannot be decoded, a
 * path parameter over the length bound — bypass the error handler; without
 * this they would answer in Fastify's own shape. Here they get a stable code
 * and a bilingual message like every other error.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { SaksiError, msg } from '../../core/errors/index.js';
import { preferredLang } from '../lang.js';
import { errorBody } from './body.js';
import { statusFor } from './status.js';
import { applySecurityHeaders } from '../security/headers.js';

export function frameworkErrors(error: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const e =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new SaksiError(
          'URL_PARAM_TOO_LONG',
          msg('Bagian alamat terlalu panjang.', 'A part of the address is too long.'),
          {
            field: 'url',
          },
        )
      : new SaksiError('URL_MALFORMED', msg('Alamat tidak sah.', 'The address is not valid.'), {
          field: 'url',
        });
  applySecurityHeaders(req, reply);
  const header = req.headers['accept-language'];
  void reply
    .code(statusFor(e.code))
    .send(errorBody(e, preferredLang(typeof header === 'string' ? header : undefined)));
}
