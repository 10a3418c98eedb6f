/**
 * The closed set of errors raised by the log core. Each code is stable and
 * has one bilingual message; call sites add the field at fault and, when it
 * helps, a short detail (a line number, the offending size).
 */
import { SaksiError, msg } from '../errors/index.js';
import type { Message } from '../errors/index.js';

const MESSAGES = {
  // Merkle tree maths (RFC 6962 / RFC 9162).
  LOG_HASH_SIZE_INVALID: msg(
    'Hash harus tepat 32 bita (SHA-256).',
    'A hash must be exactly 32 bytes (SHA-256).',
  ),
  LOG_TREE_SIZE_INVALID: msg(
    'Ukuran pohon harus bilangan bulat aman dan tidak negatif.',
    'A tree size must be a non-negative safe integer.',
  ),
  LOG_INDEX_INVALID: msg(
    'Indeks entri harus bilangan bulat aman, tidak negatif, dan lebih kecil dari ukuran pohon.',
    'An entry index must be a non-negative safe integer below the tree size.',
  ),
  LOG_PROOF_TOO_LONG: msg(
    'Bukti Merkle terlalu panjang (maksimum 64 hash).',
    'Merkle proof too long (at most 64 hashes).',
  ),
  LOG_INCLUSION_PROOF_INVALID: msg(
    'Bukti inklusi tidak cocok dengan akar pohon.',
    'The inclusion proof does not match the tree root.',
  ),
  LOG_CONSISTENCY_PROOF_INVALID: msg(
    'Bukti konsistensi tidak cocok dengan kedua akar pohon.',
    'The consistency proof does not match the two tree roots.',
  ),
  LOG_COMPACT_RANGE_INVALID: msg(
    'Rentang ringkas tidak cocok dengan ukuran pohon.',
    'The compact range does not match the tree size.',
  ),
  // Signed notes (c2sp.org/signed-note).
  LOG_NOTE_TOO_LARGE: msg('Catatan bertanda tangan terlalu besar.', 'Signed note too large.'),
  LOG_NOTE_TEXT_INVALID: msg(
    'Catatan harus UTF-8 sah tanpa karakter kendali selain baris baru.',
    'A note must be valid UTF-8 with no control characters other than newline.',
  ),
  LOG_NOTE_MISSING_BLANK_LINE: msg(
    'Catatan harus berakhir dengan baris kosong lalu baris tanda tangan.',
    'A note must end with a blank line followed by signature lines.',
  ),
  LOG_NOTE_SIGNATURE_LINE_MALFORMED: msg(
    'Baris tanda tangan harus berbentuk "— <nama> <base64>".',
    'A signature line must read "— <name> <base64>".',
  ),
  LOG_NOTE_SIGNATURE_BASE64_INVALID: msg(
    'Tanda tangan bukan base64 standar yang sah (minimal 5 bita).',
    'The signature is not valid standard base64 (at least 5 bytes).',
  ),
  LOG_NOTE_TOO_MANY_SIGNATURES: msg(
    'Catatan memiliki terlalu banyak tanda tangan.',
    'The note has too many signatures.',
  ),
  LOG_NOTE_SIGNATURE_INVALID: msg(
    'Tanda tangan dari kunci yang dikenal tidak sah.',
    'A signature from a known key does not verify.',
  ),
  LOG_NOTE_UNVERIFIED: msg(
    'Tidak ada tanda tangan sah dari kunci yang dipercaya.',
    'No valid signature from a trusted key.',
  ),
  LOG_NOTE_KEY_NAME_INVALID: msg(
    'Nama kunci tidak boleh kosong dan tidak boleh berisi spasi atau "+".',
    'A key name must be non-empty with no spaces or "+".',
  ),
  LOG_VKEY_INVALID: msg('Kunci verifikasi (vkey) tidak sah.', 'The verifier key (vkey) is not valid.'),
  LOG_SKEY_INVALID: msg('Kunci penanda tangan (skey) tidak sah.', 'The signer key (skey) is not valid.'),
  // Checkpoints (c2sp.org/tlog-checkpoint).
  LOG_CHECKPOINT_MALFORMED: msg(
    'Checkpoint harus berisi asal, ukuran pohon, dan hash akar, masing-masing satu baris.',
    'A checkpoint must hold an origin, a tree size and a root hash, one per line.',
  ),
  LOG_CHECKPOINT_SIZE_INVALID: msg(
    'Ukuran pohon pada checkpoint harus desimal tanpa nol di depan.',
    'The checkpoint tree size must be decimal with no leading zeroes.',
  ),
  LOG_CHECKPOINT_ROOT_INVALID: msg(
    'Hash akar pada checkpoint harus base64 dari 32 bita.',
    'The checkpoint root hash must be the base64 of 32 bytes.',
  ),
  LOG_CHECKPOINT_ORIGIN_MISMATCH: msg(
    'Asal checkpoint tidak sesuai dengan log yang diharapkan.',
    'The checkpoint origin is not the expected log.',
  ),
  // Cosignatures (c2sp.org/tlog-cosignature).
  LOG_COSIGNATURE_MALFORMED: msg(
    'Kosignatur harus berisi stempel waktu 8 bita dan tanda tangan Ed25519 64 bita.',
    'A cosignature must hold an 8-byte timestamp and a 64-byte Ed25519 signature.',
  ),
  LOG_COSIGNATURE_TIMESTAMP_INVALID: msg(
    'Stempel waktu kosignatur harus detik Unix yang tidak negatif.',
    'A cosignature timestamp must be non-negative Unix seconds.',
  ),
  LOG_COSIGNATURE_QUORUM_NOT_MET: msg(
    'Jumlah kosignatur saksi yang sah belum memenuhi kuorum.',
    'Not enough valid witness cosignatures to meet the quorum.',
  ),
  // Tiles and entry bundles (c2sp.org/tlog-tiles).
  LOG_TILE_PATH_INVALID: msg('Jalur tile tidak sah.', 'The tile path is not valid.'),
  LOG_TILE_INVALID: msg(
    'Tile harus berisi hash 32 bita sejumlah lebarnya.',
    'A tile must hold exactly its width of 32-byte hashes.',
  ),
  LOG_TILE_UNAVAILABLE: msg('Tile yang diperlukan tidak tersedia.', 'A required tile is not available.'),
  LOG_ENTRY_TOO_LARGE: msg('Entri log maksimal 65.535 bita.', 'A log entry must be at most 65,535 bytes.'),
  LOG_ENTRY_BUNDLE_MALFORMED: msg(
    'Bundel entri tidak sesuai format panjang-awalan uint16.',
    'The entry bundle does not follow the uint16 length-prefixed format.',
  ),
  // Receipts (c2sp.org/tlog-proof).
  LOG_TLOG_PROOF_MALFORMED: msg(
    'Bukti log (tlog-proof) tidak sah.',
    'The log proof (tlog-proof) is malformed.',
  ),
  // Trust policy.
  LOG_POLICY_INVALID: msg('Kebijakan kepercayaan tidak sah.', 'The trust policy is not valid.'),
  LOG_POLICY_LINE_INVALID: msg(
    'Baris kebijakan harus "log <vkey>", "root <vkey>", "witness <nama> <vkey>" atau "quorum <k>".',
    'A policy line must be "log <vkey>", "root <vkey>", "witness <name> <vkey>" or "quorum <k>".',
  ),
  LOG_POLICY_KEY_INVALID: msg('Kunci pada kebijakan tidak sah.', 'A key in the policy is not valid.'),
  LOG_POLICY_DUPLICATE: msg('Entri kebijakan terulang.', 'A policy entry is repeated.'),
  LOG_POLICY_QUORUM_INVALID: msg(
    'Kuorum harus bilangan bulat dari 0 sampai jumlah saksi.',
    'The quorum must be an integer from 0 to the number of witnesses.',
  ),
  LOG_POLICY_MISSING: msg(
    'Kebijakan harus memuat tepat satu baris "log" dan satu baris "quorum".',
    'A policy must have exactly one "log" line and one "quorum" line.',
  ),
} satisfies Record<string, Message>;

/** Every error code the log core can raise. */
export type LogErrorCode = keyof typeof MESSAGES;

export interface LogErrorOptions {
  /** The input at fault, e.g. `proof[3]`, `line 4`. */
  field?: string;
  /** A short addition to the fixed message, in both languages. */
  detail?: Message;
  cause?: unknown;
}

/** Builds the SaksiError for a log code, with its fixed bilingual message. */
export function logError(code: LogErrorCode, options: LogErrorOptions = {}): SaksiError {
  const base = MESSAGES[code];
  const message = options.detail
    ? msg(`${base.id} (${options.detail.id})`, `${base.en} (${options.detail.en})`)
    : base;
  return new SaksiError(code, message, {
    ...(options.field === undefined ? {} : { field: options.field }),
    ...(options.cause === undefined ? {} : { cause: options.cause }),
  });
}

/** The fixed message of a code, for building `Problem`s. */
export function logMessage(code: LogErrorCode): Message {
  return MESSAGES[code];
}
