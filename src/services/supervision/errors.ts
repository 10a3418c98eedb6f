/** Errors of the supervision use cases (the codes' suffixes give their HTTP status). */
import { SaksiError, msg } from '../../core/errors/index.js';

export const serviceErrors = {
  caseNotFound: () =>
    new SaksiError('CASE_NOT_FOUND', msg('Kasus tidak ditemukan.', 'No such case.'), { field: 'id' }),
  trackingNotFound: () =>
    new SaksiError(
      'TRACKING_CODE_NOT_FOUND',
      msg('Tidak ada laporan dengan kode pelacakan ini.', 'No report has this tracking code.'),
      { field: 'code' },
    ),
  disputeNotFound: () =>
    new SaksiError('DISPUTE_NOT_FOUND', msg('Sengketa tidak ditemukan.', 'No such dispute.'), {
      field: 'id',
    }),
  regionUnknown: (code: string, field: string) =>
    new SaksiError(
      'SUPERVISION_REGION_UNKNOWN',
      msg(`Wilayah atau TPS "${code}" tidak dikenal.`, `Region or TPS "${code}" is unknown.`),
      { field },
    ),
  movedMeanwhile: () =>
    new SaksiError(
      'CASE_STATE_CONFLICT',
      msg(
        'Status berubah sementara itu oleh petugas lain; muat ulang dan coba lagi.',
        'The state was changed meanwhile by another officer; reload and try again.',
      ),
      { field: 'action' },
    ),
  evidenceUnavailable: () =>
    new SaksiError(
      'EVIDENCE_UNAVAILABLE',
      msg(
        'Server ini tidak menyimpan berkas bukti; kirim laporan tanpa berkas.',
        'This server does not store evidence files; send the report without files.',
      ),
      { field: 'evidence' },
    ),
  periodInvalid: () =>
    new SaksiError(
      'PERIOD_INVALID',
      msg('Tanggal "from" harus sebelum atau sama dengan "to".', '"from" must not be after "to".'),
      { field: 'from' },
    ),
} as const;
