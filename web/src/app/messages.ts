import { defineMessages } from './i18n.js';

export const SHELL = defineMessages({
  id: {
    tagline: 'Hasil Pilkada yang dapat diverifikasi',
    results: 'Hasil',
    candidates: 'Kandidat',
    timetable: 'Jadwal',
    downloads: 'Unduh',
    report: 'Lapor pelanggaran',
    console: 'Konsol petugas',
    language: 'Bahasa',
    switchTo: 'English',
    skip: 'Lompat ke isi',
    loading: 'Memuat…',
    notFound: 'Halaman tidak ditemukan.',
    footer:
      'Saksi adalah perangkat lunak sumber terbuka. Setiap angka dapat diperiksa ulang dari log transparansi publik.',
    error: 'Terjadi kesalahan',
  },
  en: {
    tagline: 'Verifiable Pilkada results',
    results: 'Results',
    candidates: 'Candidates',
    timetable: 'Timetable',
    downloads: 'Downloads',
    report: 'Report a violation',
    console: 'Officer console',
    language: 'Language',
    switchTo: 'Bahasa Indonesia',
    skip: 'Skip to content',
    loading: 'Loading…',
    notFound: 'Page not found.',
    footer: 'Saksi is open-source software. Every figure can be re-checked from the public transparency log.',
    error: 'Something went wrong',
  },
});
