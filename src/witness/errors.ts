/**
 * The closed set of errors a witness raises. Each code has one bilingual
 * message and, for the protocol codes, the HTTP status c2sp.org/tlog-witness
 * assigns to it — the one place where witness codes meet HTTP (app.ts reads
 * it). A stale old size carries the size the witness knows (`knownSize`).
 */
import { SaksiError, msg } from '../core/errors/index.js';
import type { Message, Problem } from '../core/errors/index.js';

const ERRORS = {
  // tlog-witness "add-checkpoint" responses.
  WITNESS_REQUEST_MALFORMED: {
    status: 400,
    message: msg('Permintaan add-checkpoint tidak sah.', 'The add-checkpoint request is malformed.'),
  },
  WITNESS_REQUEST_TOO_LARGE: {
    status: 400,
    message: msg('Permintaan add-checkpoint terlalu besar.', 'The add-checkpoint request is too large.'),
  },
  WITNESS_ORIGIN_UNKNOWN: {
    status: 404,
    message: msg(
      'Saksi ini tidak mengenal log dengan asal ini.',
      'This witness does not know a log with this origin.',
    ),
  },
  WITNESS_CHECKPOINT_UNVERIFIED: {
    status: 403,
    message: msg(
      'Checkpoint tidak bertanda tangan sah oleh kunci log yang dipercaya.',
      'The checkpoint carries no valid signature by a trusted log key.',
    ),
  },
  WITNESS_OLD_SIZE_TOO_LARGE: {
    status: 400,
    message: msg('Ukuran lama melebihi ukuran checkpoint.', 'The old size exceeds the checkpoint size.'),
  },
  WITNESS_OLD_SIZE_CONFLICT: {
    status: 409,
    message: msg(
      'Ukuran lama bukan ukuran checkpoint terakhir yang dikosign saksi ini.',
      'The old size is not the size of the latest checkpoint this witness cosigned.',
    ),
  },
  WITNESS_ROOT_CONFLICT: {
    status: 409,
    message: msg(
      'Checkpoint berukuran sama dengan akar berbeda: kemungkinan percabangan log.',
      'A checkpoint of the same size with a different root: a possible fork of the log.',
    ),
  },
  WITNESS_PROOF_INVALID: {
    status: 422,
    message: msg(
      'Bukti konsistensi tidak cocok dengan checkpoint terakhir yang dikosign.',
      'The consistency proof does not match the latest cosigned checkpoint.',
    ),
  },
  // Start-up and local state (never sent to a client as such).
  WITNESS_CONFIG_INVALID: {
    status: 500,
    message: msg('Konfigurasi saksi tidak sah.', 'The witness configuration is not valid.'),
  },
  WITNESS_KEY_FILE_INVALID: {
    status: 500,
    message: msg('Berkas kunci saksi tidak sah.', 'The witness key file is not valid.'),
  },
  WITNESS_STATE_INVALID: {
    status: 500,
    message: msg('Berkas status saksi rusak.', 'A witness state file is corrupt.'),
  },
} satisfies Record<string, { status: number; message: Message }>;

export type WitnessErrorCode = keyof typeof ERRORS;

export class WitnessError extends SaksiError {
  declare readonly code: WitnessErrorCode;
  /** For WITNESS_OLD_SIZE_CONFLICT: the size of the latest checkpoint the witness cosigned. */
  readonly knownSize: number | undefined;

  constructor(
    code: WitnessErrorCode,
    options: {
      field?: string;
      detail?: Message;
      knownSize?: number;
      problems?: readonly Problem[];
      cause?: unknown;
    },
  ) {
    const base = ERRORS[code].message;
    const message = options.detail
      ? msg(`${base.id} (${options.detail.id})`, `${base.en} (${options.detail.en})`)
      : base;
    super(code, message, {
      ...(options.field === undefined ? {} : { field: options.field }),
      ...(options.problems === undefined ? {} : { problems: options.problems }),
      ...(options.cause === undefined ? {} : { cause: options.cause }),
    });
    this.knownSize = options.knownSize;
  }
}

export function witnessError(
  code: WitnessErrorCode,
  options: { field?: string; detail?: Message; knownSize?: number; cause?: unknown } = {},
): WitnessError {
  return new WitnessError(code, options);
}

/** The tlog-witness HTTP status of a code (500 for local failures). */
export function witnessStatus(code: WitnessErrorCode): number {
  return ERRORS[code].status;
}
