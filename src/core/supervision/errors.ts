/** Errors of supervision rules (the codes' suffixes give their HTTP status at the server). */
import { SaksiError, msg } from '../errors/index.js';

export const supervisionErrors = {
  stateConflict: (what: 'case' | 'dispute', action: string, state: string) =>
    new SaksiError(
      what === 'case' ? 'CASE_STATE_CONFLICT' : 'DISPUTE_STATE_CONFLICT',
      msg(
        `${what === 'case' ? 'Kasus' : 'Sengketa'} berstatus "${state}": tindakan "${action}" tidak dapat dilakukan.`,
        `The ${what} is "${state}": action "${action}" is not possible from there.`,
      ),
      { field: 'action' },
    ),
  roleForbidden: (action: string, role: string) =>
    new SaksiError(
      'CASE_ROLE_FORBIDDEN',
      msg(
        `Peran ${role} tidak berwenang melakukan "${action}".`,
        `Role ${role} is not authorised to "${action}".`,
      ),
      { field: 'action' },
    ),
  fieldRequired: (action: string, field: string) =>
    new SaksiError(
      'CASE_FIELD_REQUIRED',
      msg(
        `Tindakan "${action}" memerlukan isian "${field}".`,
        `Action "${action}" needs the field "${field}".`,
      ),
      { field },
    ),
  requirementsUnmet: () =>
    new SaksiError(
      'CASE_REQUIREMENTS_UNMET',
      msg(
        'Syarat formal dan materiel belum terpenuhi: laporan tidak dapat diregistrasi.',
        'Formal and material requirements are not met: the report cannot be registered.',
      ),
      { field: 'action' },
    ),
  extensionUsed: () =>
    new SaksiError(
      'CASE_EXTENSION_CONFLICT',
      msg(
        'Permintaan keterangan tambahan (perpanjangan 2 hari) sudah pernah dipakai.',
        'More information (the 2-day extension) was already requested once.',
      ),
      { field: 'action' },
    ),
  dateInvalid: (field: string) =>
    new SaksiError(
      'DATE_INVALID',
      msg(`Isian "${field}" harus tanggal YYYY-MM-DD.`, `Field "${field}" must be a date YYYY-MM-DD.`),
      { field },
    ),
  dateInFuture: (field: string) =>
    new SaksiError(
      'DATE_IN_FUTURE',
      msg(`Tanggal "${field}" belum terjadi.`, `The date "${field}" is in the future.`),
      { field },
    ),
} as const;
