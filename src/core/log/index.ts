/**
 * The log core: pure, browser-safe C2SP transparency-log formats and maths.
 * Cryptography is injected (`LogCrypto`); `nobleCrypto` is the pure default.
 */
export type { LogCrypto, LogHasher, Ed25519Signer } from './crypto.js';
export { withStrictEd25519, isStrictEd25519PublicKey, isStrictEd25519Signature } from './crypto.js';
export { nobleCrypto, nobleEd25519Signer, nobleSignerFromSkey } from './crypto-noble.js';
export type { LogErrorCode } from './errors.js';
export { encodeBase64, decodeBase64, encodeHex, decodeHex } from './encoding.js';
export {
  RFC6962_LEAF_HASH_PREFIX,
  RFC6962_NODE_HASH_PREFIX,
  HASH_SIZE,
  hashLeaf,
  hashChildren,
  emptyRoot,
  rootFromLeafHashes,
  CompactRange,
} from './hash.js';
export type { NodeId, ProofPlan, NodeHashGetter } from './proof.js';
export {
  MAX_PROOF_LENGTH,
  planInclusionProof,
  planConsistencyProof,
  planNodes,
  buildProof,
  inclusionProof,
  consistencyProof,
  verifyInclusion,
  rootFromInclusionProof,
  verifyConsistency,
} from './proof.js';
export type { VerifierKey, NoteVerifier, NoteSigner } from './note-key.js';
export {
  SIGNATURE_TYPE_ED25519,
  SIGNATURE_TYPE_COSIGNATURE_V1,
  isValidKeyName,
  noteKeyId,
  formatVerifierKey,
  parseVerifierKey,
  noteKeyPair,
  parseSignerKey,
  ed25519NoteVerifier,
  ed25519NoteSigner,
} from './note-key.js';
export type { Note, NoteSignature, VerifiedNote } from './note.js';
export {
  NOTE_MAX_BYTES,
  NOTE_MAX_SIGNATURES,
  parseNote,
  formatNote,
  signNote,
  cosignNote,
  openNote,
} from './note.js';
export type { Checkpoint, OpenCheckpointOptions } from './checkpoint.js';
export {
  parseCheckpoint,
  formatCheckpoint,
  signCheckpoint,
  openCheckpoint,
  checkpointOfNote,
} from './checkpoint.js';
export type { Cosignature, CosignatureOptions } from './cosignature.js';
export {
  COSIGNATURE_V1_HEADER,
  cosignatureMessage,
  cosignatureKeyId,
  parseCosignature,
  cosignatureVerifier,
  cosignatureSigner,
  cosignCheckpoint,
  verifyCosignatures,
  requireQuorum,
} from './cosignature.js';
export type { TileRef, NodeTileSpan, TileReader } from './tiles.js';
export {
  TILE_HEIGHT,
  TILE_WIDTH,
  formatTileIndex,
  tilePath,
  parseTilePath,
  hashesAtTileLevel,
  treeTiles,
  tilesToPublish,
  tileForNode,
  parseHashTile,
  nodeHashFromTiles,
} from './tiles.js';
export { MAX_ENTRY_SIZE, encodeEntryBundle, parseEntryBundle } from './entry-bundle.js';
export type { TlogProof, VerifiedReceipt } from './proof-bundle.js';
export { TLOG_PROOF_HEADER, formatTlogProof, parseTlogProof, verifyTlogProof } from './proof-bundle.js';
export type { TrustPolicy, PolicyWitness } from './policy.js';
export { parsePolicy, formatPolicy } from './policy.js';
