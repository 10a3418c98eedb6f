/**
 * The witness, c2sp.org/tlog-witness "add-checkpoint": cosign a checkpoint
 * only if it is signed by a log the witness trusts and extends, by a valid
 * RFC 6962 consistency proof, the latest checkpoint it cosigned for that log.
 * A witness never cosigns two checkpoints of one log that are not consistent,
 * so a log cannot show a forked history to different people undetected.
 *
 * The check of the old size and the update of the latest checkpoint are one
 * atomic step per origin (requests for one log are serialised), and the update
 * is durable before any cosignature is returned.
 */
import type { LogCrypto } from '../core/log/crypto.js';
import type { Checkpoint } from '../core/log/checkpoint.js';
import { parseCheckpoint } from '../core/log/checkpoint.js';
import { cosignatureSigner } from '../core/log/cosignature.js';
import { bytesEqual, concatBytes, encodeBase64, encodeUtf8, writeUint32 } from '../core/log/encoding.js';
import { emptyRoot } from '../core/log/hash.js';
import type { NoteVerifier, VerifierKey } from '../core/log/note-key.js';
import { ed25519NoteVerifier } from '../core/log/note-key.js';
import type { Note } from '../core/log/note.js';
import { NOTE_SIGNATURE_PREFIX, openNote, parseNote } from '../core/log/note.js';
import { verifyConsistency } from '../core/log/proof.js';
import { isSaksiError } from '../core/errors/index.js';
import { WitnessError, witnessError } from './errors.js';
import type { WitnessKey } from './key.js';
import type { AddCheckpointRequest } from './request.js';
import { parseAddCheckpoint } from './request.js';
import type { WitnessState } from './state.js';

export interface WitnessOptions {
  readonly key: WitnessKey;
  /** Trusted log keys (Ed25519, type 0x01); a checkpoint's origin is its log key's name. */
  readonly logs: readonly VerifierKey[];
  readonly state: WitnessState;
  readonly crypto: LogCrypto;
  /** POSIX seconds, the cosignature timestamp. */
  readonly now: () => number;
}

interface Latest {
  readonly checkpoint: Checkpoint;
  readonly note: string;
}

export class Witness {
  readonly #o: WitnessOptions;
  readonly #verifiers = new Map<string, NoteVerifier[]>();
  /** Latest cosigned checkpoint per origin, once read (null: never cosigned). */
  readonly #latest = new Map<string, Latest | null>();
  readonly #serial = new PerKeySerial();

  constructor(options: WitnessOptions) {
    this.#o = options;
    for (const log of options.logs) {
      const list = this.#verifiers.get(log.name) ?? [];
      list.push(ed25519NoteVerifier(options.crypto, log));
      this.#verifiers.set(log.name, list);
    }
  }

  get name(): string {
    return this.#o.key.name;
  }

  get vkey(): string {
    return this.#o.key.vkey;
  }

  /**
   * Handles one add-checkpoint request body. Resolves to the cosignature
   * lines (each `— <name> <base64>\n`); throws a WitnessError whose code
   * fixes the tlog-witness status.
   */
  async addCheckpoint(attackerControlledBody: string): Promise<string[]> {
    const request = parseAddCheckpoint(attackerControlledBody);
    const { checkpoint, note } = this.#openCheckpoint(request.checkpoint);
    if (request.oldSize > checkpoint.size) throw witnessError('WITNESS_OLD_SIZE_TOO_LARGE', { field: 'old' });
    return this.#serial.run(checkpoint.origin, async () => {
      const latest = await this.#readLatest(checkpoint.origin);
      const knownSize = latest?.checkpoint.size ?? 0;
      if (request.oldSize !== knownSize)
        throw witnessError('WITNESS_OLD_SIZE_CONFLICT', { field: 'old', knownSize });
      await this.#checkConsistency(request, checkpoint, latest, attackerControlledBody);
      if (latest === undefined || checkpoint.size > latest.checkpoint.size) {
        await this.#o.state.record(checkpoint.origin, request.checkpoint);
        this.#latest.set(checkpoint.origin, { checkpoint, note: request.checkpoint });
      }
      return [this.#cosign(note)];
    });
  }

  /** Unknown origin → 404; no valid signature by a trusted key for it → 403; malformed → 400. */
  #openCheckpoint(attackerControlledNote: string): { checkpoint: Checkpoint; note: Note } {
    const { note, checkpoint } = asMalformed(() => {
      const parsed = parseNote(attackerControlledNote);
      return { note: parsed, checkpoint: parseCheckpoint(parsed.text) };
    });
    const verifiers = this.#verifiers.get(checkpoint.origin);
    if (verifiers === undefined) throw witnessError('WITNESS_ORIGIN_UNKNOWN', { field: 'origin' });
    try {
      openNote(attackerControlledNote, verifiers);
    } catch (e) {
      throw witnessError('WITNESS_CHECKPOINT_UNVERIFIED', { field: 'checkpoint', cause: e });
    }
    return { checkpoint, note };
  }

  async #readLatest(origin: string): Promise<Latest | undefined> {
    let latest = this.#latest.get(origin);
    if (latest === undefined) {
      latest = (await this.#o.state.latest(origin)) ?? null;
      this.#latest.set(origin, latest);
    }
    return latest ?? undefined;
  }

  /** RFC 6962 §2.1.2 from the latest cosigned checkpoint; a refusal is kept as evidence. */
  async #checkConsistency(
    request: AddCheckpointRequest,
    checkpoint: Checkpoint,
    latest: Latest | undefined,
    body: string,
  ): Promise<void> {
    try {
      checkConsistency(this.#o.crypto, request, checkpoint, latest?.checkpoint);
    } catch (e) {
      if (e instanceof WitnessError) {
        await this.#o.state
          .keepEvidence({
            code: e.code,
            origin: checkpoint.origin,
            reason: e.messages.en,
            body,
            ...(latest === undefined ? {} : { latest: latest.note }),
            at: new Date(this.#o.now() * 1000),
          })
          .catch(() => undefined); // evidence is best effort; the refusal stands either way
      }
      throw e;
    }
  }

  /** A tlog-cosignature/v1 line by the witness key over the checkpoint note text. */
  #cosign(note: Note): string {
    const { crypto, key, now } = this.#o;
    const signer = cosignatureSigner(crypto, key.name, key.signer, now());
    const signature = signer.sign(encodeUtf8(note.text));
    return `${NOTE_SIGNATURE_PREFIX}${key.name} ${encodeBase64(concatBytes(writeUint32(signer.keyId), signature))}\n`;
  }
}

/**
 * The consistency rules of add-checkpoint, for an old size that already
 * equals the latest cosigned size: from 0 the proof MUST be empty; at the
 * same size the roots MUST be identical (else a fork: 409); otherwise the
 * proof MUST verify (else 422).
 */
export function checkConsistency(
  crypto: LogCrypto,
  request: Pick<AddCheckpointRequest, 'oldSize' | 'proof'>,
  checkpoint: Checkpoint,
  latest: Checkpoint | undefined,
): void {
  const invalid = () => witnessError('WITNESS_PROOF_INVALID', { field: 'proof' });
  if (request.oldSize === 0) {
    if (request.proof.length !== 0) throw invalid();
    // A tree of no entries has one possible root, SHA-256 of nothing (RFC 6962 §2.1).
    if (checkpoint.size === 0 && !bytesEqual(checkpoint.rootHash, emptyRoot(crypto))) throw invalid();
    return;
  }
  if (latest === undefined) throw new Error('a non-zero old size must match a recorded checkpoint');
  if (request.oldSize === checkpoint.size) {
    if (!bytesEqual(latest.rootHash, checkpoint.rootHash))
      throw witnessError('WITNESS_ROOT_CONFLICT', { field: 'root' });
    if (request.proof.length !== 0) throw invalid();
    return;
  }
  try {
    verifyConsistency(
      crypto,
      request.oldSize,
      checkpoint.size,
      request.proof,
      latest.rootHash,
      checkpoint.rootHash,
    );
  } catch (e) {
    if (isSaksiError(e)) throw witnessError('WITNESS_PROOF_INVALID', { field: 'proof', cause: e });
    throw e;
  }
}

/** Turns a log-core parsing error into a 400. */
function asMalformed<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (!isSaksiError(e)) throw e;
    throw witnessError('WITNESS_REQUEST_MALFORMED', {
      field: e.field ?? 'checkpoint',
      detail: e.messages,
      cause: e,
    });
  }
}

/** Runs tasks one after another per key: the old-size check and the update are one atomic step. */
class PerKeySerial {
  readonly #tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }
}
