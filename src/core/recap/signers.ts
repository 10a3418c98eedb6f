/**
 * Who may sign which recap statement (docs/DOMAIN.md §3–5), as data:
 * the TPS's KPPS signs its C.Hasil and may report an incident; once its form
 * is in the log, numbers change only at the plenary — a correction is
 * signed by the PPK (kecamatan) or the KPU above it, never by the KPPS of
 * the TPS; imports come from the importer key alone.
 */
import type { KeyRole } from '../statements/index.js';

export const RECAP_SIGNERS = {
  'form.chasil': ['kpps'],
  'form.chasil-import': ['importer'],
  'form.correction': ['ppk', 'kpu'],
  'form.incident': ['kpps', 'saksi', 'ptps'],
} as const satisfies Record<string, readonly KeyRole[]>;
