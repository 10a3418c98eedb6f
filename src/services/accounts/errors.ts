/** Errors of the account use cases (the codes' suffixes give their HTTP status). */
import { SaksiError, msg } from '../../core/errors/index.js';

export const accountErrors = {
  notFound: () =>
    new SaksiError('ACCOUNT_NOT_FOUND', msg('Akun tidak ditemukan.', 'No such account.'), { field: 'id' }),
  usernameExists: (username: string) =>
    new SaksiError(
      'ACCOUNT_USERNAME_EXISTS',
      msg(`Nama pengguna "${username}" sudah dipakai.`, `The username "${username}" is taken.`),
      { field: 'username' },
    ),
  scopeUnknown: (scope: string) =>
    new SaksiError(
      'SCOPE_REGION_UNKNOWN',
      msg(
        `Wilayah atau TPS "${scope}" tidak ada di daftar wilayah/TPS.`,
        `Region or TPS "${scope}" is not in the region list or the TPS registry.`,
      ),
      { field: 'scope' },
    ),
  pairUnknown: (pairId: string) =>
    new SaksiError(
      'SAKSI_PAIR_UNKNOWN',
      msg(
        `Pasangan calon "${pairId}" tidak ikut dalam pemilihan di wilayah ini.`,
        `Candidate pair "${pairId}" does not run in a contest covering this region.`,
      ),
      { field: 'pairId' },
    ),
  resetInvalid: () =>
    new SaksiError(
      'RESET_TOKEN_INVALID',
      msg(
        'Token atur ulang kata sandi tidak sah, kedaluwarsa atau sudah dipakai.',
        'The password reset token is invalid, expired or used.',
      ),
      { field: 'token' },
    ),
  passwordUnchanged: () =>
    new SaksiError(
      'PASSWORD_UNCHANGED',
      msg('Kata sandi baru harus berbeda dari yang lama.', 'The new password must differ from the old one.'),
      { field: 'newPassword' },
    ),
  totpAlreadyEnabled: () =>
    new SaksiError(
      'TOTP_ALREADY_ENABLED_CONFLICT',
      msg('TOTP sudah aktif untuk akun ini.', 'TOTP is already enabled for this account.'),
    ),
  totpNotEnrolling: () =>
    new SaksiError(
      'TOTP_NOT_ENROLLING_CONFLICT',
      msg('Mulai pendaftaran TOTP terlebih dahulu.', 'Start TOTP enrolment first.'),
    ),
  totpCodeInvalid: () =>
    new SaksiError('TOTP_CODE_INVALID', msg('Kode TOTP salah.', 'Wrong TOTP code.'), { field: 'code' }),
  tokenNotFound: () =>
    new SaksiError('TOKEN_NOT_FOUND', msg('Token tidak ditemukan.', 'No such token.'), { field: 'id' }),
} as const;
