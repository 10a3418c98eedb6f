/**
 * Every string of the supervision pages, Bahasa Indonesia first and English
 * second, one line per key: `key: ['Indonesian', 'English']`. The labels of
 * categories and stages come from the API's vocabulary (src/core/supervision/
 * categories.ts); states, actions and outcomes are labelled here.
 */
import { defineMessages } from '../app/i18n.js';
import type { Messages } from '../app/i18n.js';
import type {
  Activity,
  CaseAction,
  CaseOutcome,
  CaseState,
  DisputeAction,
  DisputeKind,
  DisputeState,
  ReporterKind,
  SupervisorRole,
} from '../../../src/core/supervision/index.js';

type Pairs<K extends string> = Readonly<Record<K, readonly [id: string, en: string]>>;

function bilingual<K extends string>(pairs: Pairs<K>): Messages<K> {
  const id = {} as Record<K, string>;
  const en = {} as Record<K, string>;
  for (const key of Object.keys(pairs) as K[]) [id[key], en[key]] = pairs[key];
  return defineMessages({ id, en });
}

export const SUP = bilingual({
  area: ['Pengawasan Pemilu', 'Election supervision'],
  navReport: ['Lapor pelanggaran', 'Report a violation'],
  navTrack: ['Lacak laporan', 'Track a report'],
  navKerawanan: ['Kerawanan', 'Vulnerability'],
  navStats: ['Statistik', 'Statistics'],
  navCases: ['Kasus', 'Cases'],
  navRecord: ['Catat kegiatan', 'Record activity'],
  navDisputes: ['Sengketa', 'Disputes'],
  navRecap: ['Rekap', 'Recap'],
  menu: ['Menu pengawasan', 'Supervision menu'],
  loading: ['Memuat…', 'Loading…'],
  notFound: ['Halaman tidak ditemukan.', 'Page not found.'],
  choose: ['— pilih —', '— choose —'],
  all: ['Semua', 'All'],
  optional: ['(opsional)', '(optional)'],
  sending: ['Mengirim…', 'Sending…'],
  saved: ['Tersimpan.', 'Saved.'],
  checkFields: ['Periksa isian yang ditandai.', 'Check the marked fields.'],
  yes: ['Ya', 'Yes'],
  no: ['Tidak', 'No'],
  region: ['Wilayah', 'Region'],
  province: ['Provinsi', 'Province'],
  regency: ['Kabupaten/kota', 'Regency/city'],
  district: ['Kecamatan (opsional)', 'District (optional)'],
  regionCode: ['Kode wilayah', 'Region code'],
  regionCodeHelp: [
    'Mis. 35.79 (kab/kota), 35.79.01 (kecamatan) atau kode TPS.',
    'E.g. 35.79 (regency/city), 35.79.01 (district) or a TPS code.',
  ],
  category: ['Jenis pelanggaran', 'Kind of violation'],
  stage: ['Tahapan', 'Stage'],
  from: ['Dari tanggal', 'From'],
  to: ['Sampai tanggal', 'To'],
  show: ['Tampilkan', 'Show'],
  state: ['Status', 'Status'],
  outcome: ['Hasil kajian', 'Decision'],
  receivedOn: ['Diterima', 'Received'],
  dueOn: ['Batas tindak lanjut', 'Follow-up due'],
  late: ['Terlambat: lewat 7 hari sejak diketahui', 'Late: more than 7 days after it became known'],
  onTime: ['Tepat waktu', 'On time'],
  overdueFlag: ['Lewat batas waktu', 'Overdue'],
  extended: ['diperpanjang 2 hari', 'extended by 2 days'],
  registerNumber: ['Nomor registrasi', 'Register number'],
  timeline: ['Riwayat', 'Timeline'],
  when: ['Waktu', 'When'],
  note: ['Catatan', 'Note'],
  // Public intake (/lapor)
  intakeTitle: ['Lapor dugaan pelanggaran', 'Report a suspected violation'],
  intakeLead: [
    'Siapa pun dapat melapor tanpa akun. Laporan diajukan paling lambat 7 hari sejak pelanggaran diketahui; Bawaslu menindaklanjuti dalam 3 hari (dapat diperpanjang 2 hari).',
    'Anyone may report without an account. File within 7 days of learning of the violation; Bawaslu follows up within 3 days (extendable by 2).',
  ],
  knownOn: ['Tanggal pelanggaran diketahui', 'Date the violation became known'],
  title: ['Judul singkat', 'Short title'],
  description: ['Uraian kejadian', 'What happened'],
  place: ['Tempat kejadian', 'Place'],
  reportedParty: ['Pihak terlapor', 'Reported party'],
  reporterHeading: ['Identitas pelapor', 'Reporter'],
  reporterPrivacy: [
    'Nama, kontak dan alamat Anda hanya dapat dilihat oleh petugas Bawaslu yang berwenang, untuk menghubungi Anda tentang laporan ini. Tidak pernah ditampilkan kepada publik.',
    'Your name, contact and address are visible only to authorised Bawaslu staff, to reach you about this report. They are never shown to the public.',
  ],
  reporterKind: ['Melapor sebagai', 'Reporting as'],
  reporterName: ['Nama lengkap', 'Full name'],
  reporterContact: ['Nomor telepon atau email', 'Phone or email'],
  reporterAddress: ['Alamat (opsional)', 'Address (optional)'],
  evidence: ['Berkas bukti', 'Evidence files'],
  evidenceHelp: [
    'JPEG, PNG, PDF atau MP4; paling banyak {n} berkas, masing-masing paling besar {mb} MiB. Sidik SHA-256 tiap berkas dihitung di perangkat Anda sebelum dikirim.',
    'JPEG, PNG, PDF or MP4; at most {n} files of at most {mb} MiB each. Each file’s SHA-256 is computed on your device before sending.',
  ],
  hashing: ['menghitung SHA-256…', 'computing SHA-256…'],
  remove: ['Hapus', 'Remove'],
  submitReport: ['Kirim laporan', 'Send report'],
  ackTitle: ['Laporan diterima', 'Report received'],
  ackCode: ['Kode pelacakan Anda', 'Your tracking code'],
  ackKeep: [
    'Simpan kode ini: hanya dengan kode ini Anda dapat mengikuti laporan Anda.',
    'Keep this code: it is the only way to follow your report.',
  ],
  ackLate: [
    'Laporan ini diajukan lewat dari 7 hari sejak pelanggaran diketahui; tetap dicatat dan diperiksa.',
    'This report was filed more than 7 days after the violation became known; it is recorded and checked all the same.',
  ],
  ackOnTime: ['Diajukan dalam batas 7 hari.', 'Filed within the 7 days.'],
  ackEvidence: ['Berkas yang disimpan (SHA-256)', 'Files stored (SHA-256)'],
  ackAnother: ['Kirim laporan lain', 'File another report'],
  trackThis: ['Lacak laporan ini', 'Track this report'],
  // Tracking (/lapor/lacak)
  trackTitle: ['Lacak laporan', 'Track a report'],
  trackCode: ['Kode pelacakan', 'Tracking code'],
  trackHelp: ['Format XXXX-XXXX-XXXX, seperti yang Anda terima.', 'XXXX-XXXX-XXXX, as you received it.'],
  trackButton: ['Lacak', 'Track'],
  evidenceFiles: ['Berkas bukti', 'Evidence files'],
  // Statistics and recap
  statsTitle: ['Statistik pengawasan', 'Supervision statistics'],
  statsLead: [
    'Jumlah saja untuk wilayah dan periode yang dipilih; identitas pelapor tidak pernah ditampilkan.',
    'Counts only for the chosen region and period; reporters’ identities are never shown.',
  ],
  national: ['Nasional', 'National'],
  recapTitle: ['Laporan rekap pengawasan', 'Supervision recap report'],
  recapPeriod: ['{region}, {from} s.d. {to}', '{region}, {from} to {to}'],
  item: ['Uraian', 'Item'],
  count: ['Jumlah', 'Count'],
  download: ['Unduh', 'Download'],
  sec_summary: ['Ringkasan', 'Summary'],
  'sec_violations.category': ['Pelanggaran menurut jenis', 'Violations by kind'],
  'sec_violations.stage': ['Pelanggaran menurut tahapan', 'Violations by stage'],
  'sec_violations.state': ['Pelanggaran menurut status', 'Violations by status'],
  'sec_violations.outcome': ['Pelanggaran menurut hasil kajian', 'Violations by decision'],
  'sec_supervision.stage': ['Pengawasan (Form A) menurut tahapan', 'Supervision (Form A) by stage'],
  'sec_prevention.stage': ['Pencegahan menurut tahapan', 'Prevention by stage'],
  // Officers
  loginTitle: ['Masuk petugas pengawas', 'Supervisor sign-in'],
  signOut: ['Keluar', 'Sign out'],
  notSupervisor: [
    'Akun ini bukan akun pengawas. Halaman ini untuk PTPS, PKD, Panwascam dan Bawaslu.',
    'This is not a supervisor account. These pages are for PTPS, PKD, Panwascam and Bawaslu.',
  ],
  casesTitle: ['Kasus pelanggaran', 'Violation cases'],
  origin: ['Asal', 'Origin'],
  origin_finding: ['Temuan', 'Finding'],
  origin_report: ['Laporan', 'Report'],
  noCases: ['Tidak ada kasus.', 'No cases.'],
  overdueList: ['Lewat batas waktu', 'Overdue'],
  dueSoonList: ['Jatuh tempo dalam 24 jam', 'Due within 24 hours'],
  nothingDue: ['Tidak ada.', 'None.'],
  caseLink: ['Buka kasus {title}', 'Open case {title}'],
  details: ['Rincian', 'Details'],
  reporter: ['Pelapor', 'Reporter'],
  reporterHidden: [
    'Identitas pelapor hanya untuk petugas berwenang.',
    'Only authorised staff see the reporter.',
  ],
  agency: ['Instansi tujuan', 'Agency'],
  actions: ['Tindakan', 'Actions'],
  noActions: [
    'Tidak ada tindakan untuk peran Anda pada status ini.',
    'No action for your role in this state.',
  ],
  formalMet: ['Syarat formal terpenuhi', 'Formal requirements met'],
  materialMet: ['Syarat materiel terpenuhi', 'Material requirements met'],
  reasons: ['Alasan', 'Reasons'],
  apply: ['Simpan tindakan', 'Record action'],
  // Records (/pengawasan/catat)
  form_model_a: ['Formulir Model A', 'Form Model A'],
  form_prevention: ['Pencegahan', 'Prevention'],
  form_apk: ['Penertiban APK', 'APK enforcement'],
  form_finding: ['Temuan', 'Finding'],
  supervisorName: ['Nama pengawas', 'Supervisor'],
  assignmentLetter: ['Nomor surat tugas', 'Assignment letter number'],
  activity: ['Bentuk kegiatan', 'Activity'],
  goal: ['Tujuan', 'Goal'],
  target: ['Sasaran', 'Target'],
  startedAt: ['Waktu mulai', 'Started at'],
  occurredOn: ['Tanggal', 'Date'],
  summary: ['Uraian singkat hasil pengawasan', 'Short findings'],
  violationEvent: ['Dugaan pelanggaran: peristiwa (opsional)', 'Suspected violation: event (optional)'],
  actor: ['Pelaku', 'Actor'],
  witnesses: ['Saksi (satu per baris)', 'Witnesses (one per line)'],
  article: ['Pasal yang dilanggar', 'Article of law'],
  analysis: ['Analisis', 'Analysis'],
  kind: ['Jenis', 'Kind'],
  kind_letter: ['Surat imbauan', 'Letter of appeal'],
  kind_action: ['Tindakan pencegahan', 'Prevention action'],
  addressee: ['Ditujukan kepada', 'Addressed to'],
  subject: ['Perihal', 'Subject'],
  kind_removed: ['Diturunkan', 'Removed'],
  'kind_ordered-down': ['Diperintahkan diturunkan', 'Ordered down'],
  apkCount: ['Jumlah APK', 'Number of props'],
  pairOrParty: ['Paslon atau partai', 'Pair or party'],
  photos: ['Foto (hanya sidik SHA-256 yang dikirim)', 'Photos (only their SHA-256 is sent)'],
  createdCase: ['Temuan dicatat.', 'Finding recorded.'],
  // Disputes
  disputesTitle: ['Sengketa proses', 'Process disputes'],
  newDispute: ['Catat sengketa', 'Record a dispute'],
  applicant: ['Pemohon', 'Applicant'],
  respondent: ['Termohon', 'Respondent'],
  disputeSubject: ['Pokok permohonan', 'Subject'],
  decisionOn: ['Tanggal keputusan KPU (untuk sengketa keputusan KPU)', 'Date of the KPU decision'],
  special: ['Keadaan khusus (hingga 3 hari)', 'Special conditions (up to 3 days)'],
  noDisputes: ['Tidak ada sengketa.', 'No disputes.'],
  disputeTitle: ['Sengketa {kind}', 'Dispute {kind}'],
});

export type SupKey = keyof (typeof SUP)['id'];

// prettier-ignore
export const CASE_STATE_LABELS: Messages<CaseState> = bilingual({
  received: ['Diterima', 'Received'], checked: ['Diperiksa syarat formal/materiel', 'Requirements checked'],
  registered: ['Diregistrasi', 'Registered'], 'not-registered': ['Tidak diregistrasi', 'Not registered'],
  study: ['Dalam kajian', 'Under study'], 'awaiting-information': ['Menunggu keterangan pelapor', 'Awaiting information'],
  'recommended-kpu': ['Direkomendasikan ke KPU', 'Recommended to KPU'], 'forwarded-gakkumdu': ['Diteruskan ke Gakkumdu', 'Forwarded to Gakkumdu'],
  'forwarded-dkpp': ['Diteruskan ke DKPP', 'Forwarded to DKPP'], 'forwarded-agency': ['Diteruskan ke instansi berwenang', 'Forwarded to the agency'],
  stopped: ['Dihentikan (bukan pelanggaran)', 'Stopped (not a violation)'], 'followed-up': ['Ditindaklanjuti', 'Followed up'],
  closed: ['Selesai', 'Closed'],
});

// prettier-ignore
export const CASE_ACTION_LABELS: Messages<CaseAction | 'receive'> = bilingual({
  receive: ['Diterima', 'Received'],
  check: ['Periksa syarat formal dan materiel', 'Check requirements'], register: ['Registrasi', 'Register'],
  'not-register': ['Tidak diregistrasi', 'Do not register'], study: ['Mulai kajian', 'Start study'],
  'request-information': ['Minta keterangan tambahan', 'Request information'], 'information-received': ['Keterangan diterima', 'Information received'],
  'recommend-kpu': ['Pelanggaran administrasi: rekomendasi ke KPU', 'Administrative: recommend to KPU'],
  'forward-gakkumdu': ['Tindak pidana: teruskan ke Gakkumdu', 'Criminal: forward to Gakkumdu'],
  'forward-dkpp': ['Kode etik: teruskan ke DKPP', 'Ethics: forward to DKPP'],
  'forward-agency': ['Hukum lain: teruskan ke instansi', 'Other law: forward to the agency'],
  stop: ['Bukan pelanggaran: hentikan', 'Not a violation: stop'], 'follow-up': ['Catat tindak lanjut', 'Record follow-up'],
  close: ['Tutup kasus', 'Close'],
});

// prettier-ignore
export const OUTCOME_LABELS: Messages<CaseOutcome> = bilingual({
  administrative: ['Pelanggaran administrasi', 'Administrative violation'], criminal: ['Tindak pidana pemilihan', 'Election crime'],
  ethics: ['Pelanggaran kode etik', 'Ethics violation'], 'other-law': ['Pelanggaran hukum lainnya', 'Other law'],
  'not-violation': ['Bukan pelanggaran', 'Not a violation'],
});

// prettier-ignore
export const DISPUTE_LABELS: Messages<DisputeState | DisputeAction | DisputeKind | 'receive'> = bilingual({
  receive: ['Diterima', 'Received'],
  received: ['Diterima', 'Received'], registered: ['Diregistrasi', 'Registered'], 'not-registered': ['Tidak diregistrasi', 'Not registered'],
  mediation: ['Mediasi', 'Mediation'], adjudication: ['Adjudikasi', 'Adjudication'], settled: ['Selesai (sepakat)', 'Settled'],
  decided: ['Diputus', 'Decided'], withdrawn: ['Dicabut', 'Withdrawn'], 'settle-fast': ['Selesaikan cepat (hari ini)', 'Settle fast'],
  register: ['Registrasi', 'Register'], 'not-register': ['Tidak diregistrasi', 'Do not register'], mediate: ['Mulai mediasi', 'Mediate'],
  agree: ['Sepakat', 'Agreement'], 'no-agreement': ['Tidak sepakat: adjudikasi', 'No agreement'], decide: ['Putuskan', 'Decide'],
  withdraw: ['Dicabut pemohon', 'Withdraw'], psap: ['antarpeserta (PSAP)', 'between participants (PSAP)'],
  'kpu-decision': ['terhadap keputusan KPU', 'against a KPU decision'],
});

// prettier-ignore
export const PEOPLE_LABELS: Messages<ReporterKind | SupervisorRole | Activity | 'public'> = bilingual({
  public: ['Pelapor (publik)', 'Reporter (public)'],
  voter: ['Pemilih', 'Voter'], monitor: ['Pemantau', 'Election monitor'], 'candidate-team': ['Peserta/tim paslon', 'Candidate team'],
  ptps: ['PTPS', 'PTPS'], pkd: ['PKD', 'PKD'], panwascam: ['Panwascam', 'Panwascam'],
  'bawaslu-kabkota': ['Bawaslu Kabupaten/Kota', 'Bawaslu regency/city'], 'bawaslu-provinsi': ['Bawaslu Provinsi', 'Bawaslu province'],
  'bawaslu-ri': ['Bawaslu RI', 'Bawaslu RI'], direct: ['Pengawasan langsung', 'Direct supervision'], prevention: ['Pencegahan', 'Prevention'],
  analysis: ['Analisis', 'Analysis'], enforcement: ['Penindakan', 'Enforcement'], dispute: ['Penyelesaian sengketa', 'Dispute'],
});
