/**
 * Evidence files read in the browser: bytes as base64 for the JSON body and
 * their SHA-256 (SubtleCrypto), shown before sending so that the reporter can
 * later match what the server stored. The limits are the server's own
 * (src/services/supervision/evidence.ts, which the web may not import);
 * evidence.test.ts checks that they are the same.
 */
export const EVIDENCE_MEDIA_TYPES = ['image/jpeg', 'image/png', 'application/pdf', 'video/mp4'] as const;
export const EVIDENCE_MAX_BYTES = 1024 * 1024;
export const EVIDENCE_MAX_FILES = 4;

export interface EvidenceFile {
  readonly key: string;
  readonly name: string;
  readonly size: number;
  readonly mediaType: string;
  /** Null while the digest is computed. */
  readonly sha256: string | null;
  readonly data: string | null;
}

/** Read a file: its base64 and SHA-256 (hex). */
export async function readEvidence(file: File): Promise<{ data: string; sha256: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { data: toBase64(bytes), sha256: await sha256Hex(bytes) };
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Bytes as KiB/MiB for people. */
export function formatSize(n: number, locale: string): string {
  if (n < 1024) return `${n} B`;
  const kib = n / 1024;
  if (kib < 1024) return `${kib.toLocaleString(locale, { maximumFractionDigits: 1 })} KiB`;
  const mib = (kib / 1024).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  // Near the 1 MiB limit a rounded figure misleads: give the bytes too.
  return `${mib} MiB (${n.toLocaleString(locale)} B)`;
}
