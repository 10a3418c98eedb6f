/**
 * An entry worker (a thread of VerifyPool): signatures, and the stateless
 * half of accepting a log entry (entry-protocol.ts). Runs core code only, on
 * node:crypto; nothing here reads the ledger.
 */
import { parentPort } from 'node:worker_threads';
import { SaksiError } from '../core/errors/index.js';
import { hashLeaf } from '../core/log/hash.js';
import { decodeBase64 } from '../core/log/encoding.js';
import { keyIdOf, parseEnvelope, signedMessageOfEntry } from '../core/statements/envelope.js';
import {
  PREPARED_BAD_SIGNATURE,
  PREPARED_REFUSED,
  PREPARED_UNCHECKED,
  PREPARED_VERIFIED,
} from './entry-protocol.js';
import type { EntryRefusal, VerifyJob, WorkerReply, WorkerRequest } from './entry-protocol.js';
import { nodeCrypto } from './node.js';

const port = parentPort;
if (port === null) throw new Error('entry-worker.ts runs as a worker thread');

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = request.kind === 'verify' ? verifyJobs(request.id, request.jobs) : prepare(request);
  } catch (e) {
    reply = { id: request.id, kind: 'failed', message: String(e) };
  }
  const transfer = reply.kind === 'prepare' ? [reply.hashes.buffer, reply.status.buffer] : [];
  port.postMessage(reply, transfer as ArrayBuffer[]);
});

function verifyJobs(id: number, jobs: readonly VerifyJob[]): WorkerReply {
  const out = jobs.map((j) => {
    try {
      return nodeCrypto.verifyEd25519(j.publicKey, j.message, j.signature);
    } catch {
      return false;
    }
  });
  return { id, kind: 'verify', out };
}

function prepare(r: Extract<WorkerRequest, { kind: 'prepare' }>): WorkerReply {
  const n = r.offsets.length - 1;
  const hashes = new Uint8Array(32 * n);
  const status = new Uint8Array(n);
  const refusals: EntryRefusal[] = [];
  for (let i = 0; i < n; i++) {
    const entry = r.bytes.subarray(r.offsets[i], r.offsets[i + 1]);
    hashes.set(hashLeaf(nodeCrypto, entry), 32 * i);
    try {
      const envelope = parseEnvelope(entry);
      status[i] = PREPARED_UNCHECKED;
      if (r.hasKey[i] !== 1) continue;
      const key = r.keys.subarray(32 * i, 32 * i + 32);
      if (keyIdOf(nodeCrypto, key) !== envelope.keyId) continue; // the main thread's guess was not this entry's key
      const signature = decodeBase64(envelope.sig) ?? new Uint8Array(0);
      status[i] = nodeCrypto.verifyEd25519(key, signedMessageOfEntry(entry, envelope), signature)
        ? PREPARED_VERIFIED
        : PREPARED_BAD_SIGNATURE;
    } catch (e) {
      status[i] = PREPARED_REFUSED;
      refusals.push(
        e instanceof SaksiError
          ? { at: i, code: e.code, field: e.field, messages: e.messages }
          : {
              at: i,
              code: 'ENTRY_REFUSED',
              field: undefined,
              messages: { id: 'Entri ditolak.', en: `The entry was refused: ${String(e).slice(0, 200)}` },
            },
      );
    }
  }
  return { id: r.id, kind: 'prepare', hashes, status, refusals };
}
