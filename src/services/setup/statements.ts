/**
 * Statements carried between machines as files, so the election root can
 * stay offline: a request (`{"statements": [{"type", "body"}…]}`) is
 * made where the data is, signed on the machine holding the key
 * (`saksi root sign`), and the signed entry is carried back and appended
 * (`saksi log submit`) through the same ingest a server runs — refused
 * entries are reported with their code and change nothing.
 */
import type { Config } from '../../config/index.js';
import { SaksiError, msg } from '../../core/errors/index.js';
import { canonicalBytes } from '../../core/canonical/index.js';
import { keyIdOf, sealStatement } from '../../core/statements/index.js';
import { nodeCrypto } from '../../crypto/node.js';
import type { SubmitResult } from '../../ingest/ingest.js';
import type { LoadedKey } from '../../log/key-file.js';
import { openOfflineIngest, rootPublicKey } from '../imports/offline.js';

const MAX_REQUESTS = 10_000;

export interface StatementRequest {
  readonly type: string;
  readonly body: unknown;
}

/** A request file: canonical JSON, so both machines see the same thing to sign. */
export function requestFileBytes(requests: readonly StatementRequest[]): Uint8Array {
  return canonicalBytes({ statements: requests.map((r) => ({ type: r.type, body: r.body })) });
}

export function parseRequests(text: string, file: string): StatementRequest[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw requestError(file, 'is not JSON', 'bukan JSON');
  }
  const list = (value as { statements?: unknown } | null)?.statements;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_REQUESTS)
    throw requestError(
      file,
      `must hold {"statements": [1–${MAX_REQUESTS}]}`,
      `harus berisi {"statements": [1–${MAX_REQUESTS}]}`,
    );
  return list.map((item: unknown, i) => {
    const { type, body, ...rest } = (typeof item === 'object' && item !== null ? item : {}) as Record<
      string,
      unknown
    >;
    if (typeof type !== 'string' || body === undefined || Object.keys(rest).length > 0)
      throw requestError(
        file,
        `statement ${i + 1} must hold exactly "type" and "body"`,
        `pernyataan ${i + 1} harus berisi tepat "type" dan "body"`,
      );
    return { type, body };
  });
}

/** Sign requests: log entries as any server takes them, one per line (canonical JSON has no newline). */
export function signRequests(requests: readonly StatementRequest[], key: LoadedKey): Uint8Array[] {
  return requests.map((r) => sealStatement(nodeCrypto, key.signer, r.type, r.body));
}

export function signedFileBytes(entries: readonly Uint8Array[]): Buffer {
  return Buffer.concat(entries.flatMap((e) => [e, Buffer.from('\n')]));
}

/** The entries of a signed file, one per non-empty line. */
export function signedFileEntries(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++)
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (i > start) out.push(bytes.subarray(start, i));
      start = i + 1;
    }
  return out;
}

export interface SubmittedFile {
  readonly file: string;
  readonly result: SubmitResult;
}

/** Append signed entries to the data directory's log, offline (the server stopped), in order. */
export async function submitEntries(
  config: Config,
  entries: readonly { readonly file: string; readonly bytes: Uint8Array }[],
): Promise<SubmittedFile[]> {
  const session = await openOfflineIngest(config, await rootPublicKey(config));
  try {
    const out: SubmittedFile[] = [];
    // One at a time: a key registration must be in the ledger before the entries it signs.
    for (const e of entries) {
      const [result] = await session.ingest.submit([e.bytes]);
      out.push({ file: e.file, result: result! });
    }
    return out;
  } finally {
    await session.close();
  }
}

export function keyIdOfLoaded(key: LoadedKey): string {
  return keyIdOf(nodeCrypto, key.signer.publicKey);
}

function requestError(file: string, en: string, id: string): SaksiError {
  return new SaksiError(
    'STATEMENT_REQUEST_INVALID',
    msg(`Berkas permintaan ${file} ${id}.`, `The request file ${file} ${en}.`),
    { field: 'file' },
  );
}
