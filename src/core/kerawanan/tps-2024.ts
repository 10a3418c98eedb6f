/**
 * Bawaslu's TPS-level vulnerability mapping for Pilkada 2024 (November
 * 2024): 8 variables, 25 boolean indicators nationally (regions used 24–27).
 * Indicator wording is Saksi's summary of the published variables (verify
 * against Bawaslu's instrument, docs/DOMAIN.md §7); the bands are Saksi's:
 * a TPS with any indicator present is at least `medium`, three or more `high`.
 */
import { msg } from '../errors/index.js';
import type { Instrument } from './instrument.js';

const i = (id: string, idText: string, en: string) => ({ id, label: msg(idText, en) });

export const TPS_2024: Instrument = {
  id: 'tps-2024',
  version: 1,
  title: msg('Pemetaan kerawanan TPS Pilkada 2024', 'TPS vulnerability mapping, Pilkada 2024'),
  source: 'Bawaslu RI, pemetaan kerawanan TPS Pilkada Serentak 2024 (Nov 2024); bands: Saksi',
  level: 'tps',
  scoring: 'count',
  bands: [
    { band: 'high', min: 3 },
    { band: 'medium', min: 1 },
    { band: 'low', min: 0 },
  ],
  variables: [
    {
      id: 'voter-rights',
      label: msg('Penggunaan hak pilih', 'Voting rights'),
      indicators: [
        i('dpt-ineligible', 'Ada pemilih DPT yang tidak memenuhi syarat', 'Ineligible voters in the DPT'),
        i('dptb-moved-in', 'Ada pemilih pindahan (DPTb)', 'Voters who moved in (DPTb)'),
        i(
          'unlisted-potential',
          'Ada potensi pemilih tidak terdaftar (DPK)',
          'Potential unlisted voters (DPK)',
        ),
        i(
          'officers-outside-domicile',
          'Penyelenggara memilih di luar domisili',
          'Officers voting outside their domicile',
        ),
        i('disability-voters', 'Ada pemilih disabilitas', 'Voters with disabilities'),
        i('past-revote', 'Riwayat pemungutan suara ulang', 'A past re-vote'),
      ],
    },
    {
      id: 'security',
      label: msg('Keamanan', 'Security'),
      indicators: [
        i('violence', 'Riwayat kekerasan di TPS', 'Past violence at the TPS'),
        i('intimidation', 'Riwayat intimidasi kepada penyelenggara', 'Past intimidation of officers'),
        i('voting-rejected', 'Riwayat penolakan pemungutan suara', 'Past rejection of voting'),
      ],
    },
    {
      id: 'money-politics',
      label: msg('Politik uang', 'Money politics'),
      indicators: [
        i('money-politics', 'Riwayat politik uang di sekitar TPS', 'Past money politics near the TPS'),
      ],
    },
    {
      id: 'sara',
      label: msg('Politisasi SARA dan ujaran kebencian', 'SARA politicisation and hate speech'),
      indicators: [
        i(
          'sara-hate',
          'Riwayat politisasi SARA atau ujaran kebencian',
          'Past SARA politicisation or hate speech',
        ),
      ],
    },
    {
      id: 'neutrality',
      label: msg('Netralitas', 'Neutrality'),
      indicators: [
        i('officials-partial', 'Penyelenggara tidak netral', 'Election officials not neutral'),
        i('asn-partial', 'ASN tidak netral', 'Civil servants (ASN) not neutral'),
        i('tni-polri-partial', 'TNI/Polri tidak netral', 'TNI/Polri not neutral'),
        i('village-head-partial', 'Kepala desa/perangkat tidak netral', 'Village heads or staff not neutral'),
      ],
    },
    {
      id: 'logistics',
      label: msg('Logistik', 'Logistics'),
      indicators: [
        i('logistics-damaged', 'Riwayat logistik rusak', 'Past damaged logistics'),
        i('logistics-short', 'Riwayat logistik kurang atau lebih', 'Past shortage or surplus'),
        i('logistics-late', 'Riwayat keterlambatan logistik', 'Past late logistics'),
      ],
    },
    {
      id: 'location',
      label: msg('Lokasi TPS', 'TPS location'),
      indicators: [
        i('hard-to-reach', 'TPS sulit dijangkau', 'Hard to reach'),
        i('disaster-conflict', 'Rawan bencana atau konflik', 'Prone to disaster or conflict'),
        i('near-institutions', 'Dekat sekolah, pabrik atau tambang', 'Near schools, factories or mines'),
        i('near-candidate', 'Dekat rumah atau posko paslon', "Near a candidate's house or post"),
        i('special-location', 'TPS lokasi khusus', 'Special location'),
      ],
    },
    {
      id: 'power-internet',
      label: msg('Listrik dan internet', 'Power and internet'),
      indicators: [
        i('no-power', 'Tidak ada aliran listrik', 'No power supply'),
        i('no-internet', 'Tidak ada jaringan internet', 'No internet signal'),
      ],
    },
  ],
};
