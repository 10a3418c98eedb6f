/**
 * KPU's presidential candidate file (`pemilu/ppwp.json`) of Pemilu 2024, in
 * its real flat shape: pair id → `{ ts, nama, warna, nomor_urut }`. The ids
 * are KPU's (as `../shared/data/sirekap-samples/README.md` lists them);
 * names as KPU spells them.
 */
export const PPWP_2024 = {
  '100025': {
    ts: '2024-02-13 16:10:23',
    nama: 'H. ANIES RASYID BASWEDAN, Ph.D. - Dr. (H.C.) H. A. MUHAIMIN ISKANDAR',
    warna: '#8CB9BD',
    nomor_urut: 1,
  },
  '100026': {
    ts: '2024-02-13 16:10:23',
    nama: 'H. PRABOWO SUBIANTO - GIBRAN RAKABUMING RAKA',
    warna: '#ECB159',
    nomor_urut: 2,
  },
  '100027': {
    ts: '2024-02-13 16:10:23',
    nama: 'H. GANJAR PRANOWO, S.H., M.I.P. - Prof. Dr. H. M. MAHFUD MD',
    warna: '#B67352',
    nomor_urut: 3,
  },
} as const;
