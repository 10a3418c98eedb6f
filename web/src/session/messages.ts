/** The sign-in's strings, shared by every officer area: Bahasa Indonesia first, English second. */
import { defineMessages } from '../app/i18n.js';

export const SESSION = defineMessages({
  id: {
    loginTitle: 'Masuk',
    username: 'Nama pengguna',
    password: 'Kata sandi',
    signIn: 'Masuk',
    loginFailed: 'Gagal masuk.',
    loginHelp: 'Akun dibuat oleh KPU atau Bawaslu di atas Anda. Masuk membutuhkan koneksi.',
  },
  en: {
    loginTitle: 'Sign in',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    loginFailed: 'Sign-in failed.',
    loginHelp: 'Accounts are created by the KPU or Bawaslu above you. Signing in needs a connection.',
  },
});
