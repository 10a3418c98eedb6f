/**
 * Authentication and authorization errors. Codes end in the suffix that the
 * server's one status map reads (`_UNAUTHENTICATED` 401, `_FORBIDDEN` 403,
 * `_NOT_FOUND` 404, `_EXISTS`/`_CONFLICT` 409); RATE_LIMITED is 429.
 */
import { SaksiError, msg } from '../errors/index.js';

export const authErrors = {
  unauthenticated: () =>
    new SaksiError(
      'AUTH_UNAUTHENTICATED',
      msg('Masuk terlebih dahulu (sesi atau token).', 'Sign in first (session or token).'),
    ),
  loginFailed: () =>
    new SaksiError(
      'LOGIN_FAILED_UNAUTHENTICATED',
      msg('Nama pengguna atau kata sandi salah.', 'Wrong username or password.'),
      { field: 'password' },
    ),
  locked: (until: string) =>
    new SaksiError(
      'ACCOUNT_LOCKED_UNAUTHENTICATED',
      msg(
        `Akun dikunci karena terlalu banyak percobaan gagal, sampai ${until}.`,
        `The account is locked after too many failed attempts, until ${until}.`,
      ),
      { field: 'username' },
    ),
  totpRequired: () =>
    new SaksiError(
      'LOGIN_TOTP_REQUIRED_UNAUTHENTICATED',
      msg('Masukkan kode autentikator (TOTP).', 'Enter the authenticator (TOTP) code.'),
      { field: 'totp' },
    ),
  totpInvalid: (replayed: boolean) =>
    new SaksiError(
      'LOGIN_TOTP_INVALID_UNAUTHENTICATED',
      replayed
        ? msg(
            'Kode TOTP ini sudah dipakai; tunggu kode berikutnya.',
            'This TOTP code was already used; wait for the next one.',
          )
        : msg('Kode TOTP salah.', 'Wrong TOTP code.'),
      { field: 'totp' },
    ),
  csrf: () =>
    new SaksiError(
      'CSRF_FORBIDDEN',
      msg(
        'Token CSRF tidak ada atau salah: kirim header X-CSRF-Token dari sesi Anda.',
        "Missing or wrong CSRF token: send your session's X-CSRF-Token header.",
      ),
      { field: 'x-csrf-token' },
    ),
  roleForbidden: (action: string) =>
    new SaksiError(
      'ROLE_FORBIDDEN',
      msg(`Peran Anda tidak boleh melakukan ${action}.`, `Your role may not perform ${action}.`),
    ),
  scopeForbidden: (action: string) =>
    new SaksiError(
      'SCOPE_FORBIDDEN',
      msg(
        `${action} di luar cakupan wilayah akun Anda.`,
        `${action} is outside your account's region scope.`,
      ),
    ),
  ownerForbidden: (action: string) =>
    new SaksiError(
      'OWNER_FORBIDDEN',
      msg(`${action} hanya untuk milik Anda sendiri.`, `${action} applies only to your own resources.`),
    ),
  pairForbidden: (action: string) =>
    new SaksiError(
      'PAIR_FORBIDDEN',
      msg(
        `${action} hanya untuk pasangan calon yang Anda wakili.`,
        `${action} applies only to the candidate pair you represent.`,
      ),
    ),
  permissionForbidden: (action: string, permission: string) =>
    new SaksiError(
      'PERMISSION_FORBIDDEN',
      msg(
        `${action} memerlukan hak "${permission}" pada akun Anda.`,
        `${action} needs the "${permission}" right on your account.`,
      ),
    ),
  totpEnrolmentRequired: () =>
    new SaksiError(
      'TOTP_ENROLMENT_FORBIDDEN',
      msg(
        'Peran Anda wajib memakai TOTP: aktifkan dulu di /api/auth/totp sebelum mengubah data.',
        'Your role requires TOTP: enable it at /api/auth/totp before writing.',
      ),
    ),
  createForbidden: (actorRole: string, targetRole: string) =>
    new SaksiError(
      'ROLE_CREATE_FORBIDDEN',
      msg(
        `${actorRole} tidak boleh membuat atau mengelola akun ${targetRole}.`,
        `${actorRole} may not create or manage ${targetRole} accounts.`,
      ),
      { field: 'role' },
    ),
  unconfigured: (route: string) =>
    new SaksiError(
      'ACCESS_UNCONFIGURED_FORBIDDEN',
      msg(
        `Rute ${route} belum memiliki aturan akses: ditolak.`,
        `Route ${route} has no access rule: refused.`,
      ),
    ),
} as const;
