/**
 * Evidence uploaded with a public report — hostile input. Each file comes as
 * base64 in the JSON body with its declared media type; it is decoded
 * strictly, bounded in size and count, and its first bytes must match the
 * declared type (JPEG, PNG, PDF, MP4). Every problem names its field.
 */
import { SaksiError, msg } from '../../core/errors/index.js';

export const EVIDENCE_MEDIA_TYPES = ['image/jpeg', 'image/png', 'application/pdf', 'video/mp4'] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];
export const EVIDENCE_MAX_BYTES = 1024 * 1024;
export const EVIDENCE_MAX_FILES = 4;

export interface EvidenceUpload {
  readonly mediaType: string;
  readonly data: string;
}

export interface DecodedEvidence {
  readonly mediaType: EvidenceMediaType;
  readonly bytes: Uint8Array;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function decodeEvidence(uploads: readonly EvidenceUpload[]): DecodedEvidence[] {
  if (uploads.length > EVIDENCE_MAX_FILES)
    throw new SaksiError(
      'EVIDENCE_TOO_MANY',
      msg(
        `Paling banyak ${EVIDENCE_MAX_FILES} berkas bukti.`,
        `At most ${EVIDENCE_MAX_FILES} evidence files.`,
      ),
      { field: 'evidence' },
    );
  return uploads.map((u, i) => decodeOne(u, `evidence.${i}`));
}

function decodeOne(u: EvidenceUpload, field: string): DecodedEvidence {
  if (!(EVIDENCE_MEDIA_TYPES as readonly string[]).includes(u.mediaType))
    throw new SaksiError(
      'EVIDENCE_TYPE_UNSUPPORTED',
      msg(
        `Jenis berkas bukti harus ${EVIDENCE_MEDIA_TYPES.join(', ')}.`,
        `An evidence file must be one of ${EVIDENCE_MEDIA_TYPES.join(', ')}.`,
      ),
      { field: `${field}.mediaType` },
    );
  // Bound before decoding: base64 is 4/3 the size of its bytes.
  if (u.data.length > Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4) throw tooLarge(`${field}.data`);
  if (u.data.length === 0 || !BASE64.test(u.data))
    throw new SaksiError(
      'EVIDENCE_MALFORMED',
      msg('Berkas bukti bukan base64 yang sah.', 'The evidence file is not valid base64.'),
      { field: `${field}.data` },
    );
  const bytes = new Uint8Array(Buffer.from(u.data, 'base64'));
  if (bytes.length > EVIDENCE_MAX_BYTES) throw tooLarge(`${field}.data`);
  if (!matches(u.mediaType as EvidenceMediaType, bytes))
    throw new SaksiError(
      'EVIDENCE_MALFORMED',
      msg(
        `Isi berkas bukti bukan ${u.mediaType} seperti yang dinyatakan.`,
        `The evidence file's content is not the declared ${u.mediaType}.`,
      ),
      { field: `${field}.data` },
    );
  return { mediaType: u.mediaType as EvidenceMediaType, bytes };
}

/** Magic numbers of the accepted formats. */
function matches(type: EvidenceMediaType, b: Uint8Array): boolean {
  const starts = (...sig: number[]) => sig.every((v, i) => b[i] === v);
  switch (type) {
    case 'image/jpeg':
      return starts(0xff, 0xd8, 0xff);
    case 'image/png':
      return starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    case 'application/pdf':
      return starts(0x25, 0x50, 0x44, 0x46, 0x2d);
    case 'video/mp4':
      return b.length > 8 && b[4] === 0x66 && b[5] === 0x74 && b[6] === 0x79 && b[7] === 0x70;
  }
}

function tooLarge(field: string): SaksiError {
  return new SaksiError(
    'EVIDENCE_TOO_LARGE',
    msg(
      `Berkas bukti melebihi ${EVIDENCE_MAX_BYTES / 1024 / 1024} MiB.`,
      `The evidence file exceeds ${EVIDENCE_MAX_BYTES / 1024 / 1024} MiB.`,
    ),
    { field },
  );
}
