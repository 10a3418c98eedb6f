/**
 * Requests Node's HTTP parser rejects before Fastify sees them — headers
 * over `maxHeaderSize` (431), a malformed request line or header (400), a
 * request that took too long to arrive (408) — are answered in the same
 * error format as every other error (a stable code, no stack, the security
 * headers), not with Node's bare default (issue 16 #7). The connection is
 * closed after the answer: the parser's state is unknown.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { SaksiError, msg } from '../../core/errors/index.js';
import { API_CSP, BASE_SECURITY_HEADERS } from '../security/headers.js';
import { errorBody } from './body.js';

interface ParserError extends Error {
  readonly code?: string;
}

function answerOf(err: ParserError): { status: number; error: SaksiError } {
  if (err.code === 'HPE_HEADER_OVERFLOW')
    return {
      status: 431,
      error: new SaksiError(
        'HEADERS_TOO_LARGE',
        msg('Kepala permintaan terlalu besar.', 'The request headers are too large.'),
        { field: 'headers' },
      ),
    };
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return {
      status: 408,
      error: new SaksiError(
        'REQUEST_TIMEOUT',
        msg('Permintaan tidak selesai tepat waktu.', 'The request did not arrive in time.'),
      ),
    };
  return {
    status: 400,
    error: new SaksiError(
      'REQUEST_MALFORMED',
      msg('Permintaan HTTP tidak sah.', 'The HTTP request is malformed.'),
    ),
  };
}

/** The whole HTTP answer, as bytes to write on the raw socket. */
export function clientErrorResponse(err: ParserError): string {
  const { status, error } = answerOf(err);
  const body = JSON.stringify(errorBody(error, 'id'));
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
    ...BASE_SECURITY_HEADERS,
    'content-security-policy': API_CSP,
  };
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** Fastify's `clientErrorHandler`: answer if the socket can still take it, else just close it. */
export function clientErrorHandler(err: ParserError, socket: Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(clientErrorResponse(err));
}
