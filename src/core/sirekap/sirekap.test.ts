import { describeIf, sharedJson } from '../../../test/support/shared-data.js';
import { expect, it } from 'vitest';
import { parseSirekapTps, toSirekapTps } from './index.js';
import { checkCHasil, makeValidCHasil } from '../forms/index.js';

/** A real record: Pemilu 2024 president, TPS 002 of desa 1701082001 (Bengkulu). */
const sample = sharedJson<Record<string, unknown>>('sirekap-samples/ppwp-tps-1701082001002.json') as Record<
  string,
  unknown
>;
const describeReal = describeIf(sample);
const at = { contestId: 'pemilu2024-ppwp-national', tps: '1701082001002' };

function problems(input: unknown): [string, string | undefined][] {
  try {
    parseSirekapTps(input, at);
  } catch (e) {
    const err = e as { code: string; problems: { code: string; fields: string[] }[] };
    expect(err.code).toBe('SIREKAP_TPS_INVALID');
    return err.problems.map((p) => [p.code, p.fields[0]]);
  }
  return [];
}

describeReal('parseSirekapTps on the real sample', () => {
  const { form, extras } = parseSirekapTps(sample, at);

  it('maps chart to votes, dropping the "null": null key', () => {
    expect(form.votes).toEqual({ '100025': 44, '100026': 78, '100027': 18 });
    expect([form.valid, form.invalid, form.total]).toEqual([140, 0, 140]);
  });

  it('maps the voter triples (pengguna_non_dpt → dpk)', () => {
    expect(form.voters).toEqual({
      dpt: { male: 88, female: 86, total: 174 },
      users: {
        dpt: { male: 63, female: 74, total: 137 },
        dptb: { male: 2, female: 1, total: 3 },
        dpk: { male: 0, female: 0, total: 0 },
        total: { male: 65, female: 75, total: 140 },
      },
    });
  });

  it('leaves what Sirekap does not carry unknown', () => {
    expect(form.ballots).toEqual({ received: null, damaged: null, unused: null, used: null });
    expect(form.disability.voted.total).toBeNull();
    expect([form.status, form.countedAt, form.images]).toEqual([null, null, []]);
    expect(extras).toMatchObject({
      variant: 'pemilu',
      mode: 'hhcw',
      psu: null,
      ts: '2024-02-16 23:00:00',
      statusVotes: true,
      statusAdm: true,
    });
    expect(extras.imageUrls).toHaveLength(1);
  });

  it('passes every checkable rule and lists the rest as not checkable', () => {
    const result = checkCHasil(form, {
      candidates: ['100025', '100026', '100027'],
      ballotReservePermille: 20,
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.notCheckable).toEqual([
      'FORM_DISABILITY_TRIPLE_SUM',
      'FORM_BALLOTS_USED_MISMATCH',
      'FORM_BALLOTS_SUM',
      'FORM_USERS_EXCEED_BALLOTS',
      'FORM_DISABILITY_VOTED_EXCEED_REGISTERED',
      'FORM_DISABILITY_VOTED_EXCEED_USERS',
      'FORM_BALLOTS_RESERVE_MISMATCH',
    ]);
  });

  it('exports back to the same record (but for the "null" chart key)', () => {
    const { null: _null, ...chart } = sample.chart as Record<string, unknown>;
    expect(toSirekapTps(form, extras)).toEqual({ ...sample, chart });
  });
});

describeReal('the Pilkada variant (tungsura)', () => {
  const pilkada = {
    tungsura: {
      chart: { '1001': 120, '1002': null, null: null },
      administrasi: { ...(sample.administrasi as object), suara_sah: null },
    },
    images: [null, 'https://sirekap-obj-formc.kpu.go.id/x/1.jpg'],
    psu: null,
    ts: '2024-11-28 10:00:00',
  };

  it('reads chart and administrasi under tungsura, nulls as unknown', () => {
    const { form, extras } = parseSirekapTps(pilkada, at);
    expect(form.votes).toEqual({ '1001': 120, '1002': null });
    expect(form.valid).toBeNull();
    expect(extras).toMatchObject({
      variant: 'pilkada',
      imageUrls: [null, 'https://sirekap-obj-formc.kpu.go.id/x/1.jpg'],
      statusVotes: null,
    });
    expect(checkCHasil(form).notCheckable).toContain('FORM_VOTES_SUM');
  });

  it('round-trips through the tungsura shape', () => {
    const { form, extras } = parseSirekapTps(pilkada, at);
    const out = toSirekapTps(form, extras);
    expect(out).toMatchObject({
      mode: 'hhcw',
      tungsura: { chart: { '1001': 120, '1002': null } },
      status_suara: false,
      status_adm: false,
    });
    expect(parseSirekapTps(out, at).form).toEqual(form);
  });

  it('accepts a null tungsura (TPS not yet in) as all unknown', () => {
    const { form } = parseSirekapTps({ tungsura: null, images: null, psu: null, ts: null }, at);
    expect([form.votes, form.total, form.voters.dpt.total]).toEqual([null, null, null]);
  });
});

describeReal('toSirekapTps from a Saksi form', () => {
  it('writes the Pemilu flat shape with every administrasi field', () => {
    const out = toSirekapTps(makeValidCHasil(), { variant: 'pemilu' });
    expect(out.chart).toEqual({ '1': 120, '2': 70, '3': 30 });
    expect(out.administrasi).toMatchObject({
      suara_sah: 220,
      suara_tidak_sah: 7,
      suara_total: 227,
      pengguna_non_dpt_j: 2,
      pemilih_dpt_l: 140,
    });
    expect(Object.keys(out.administrasi ?? {})).toHaveLength(18);
    expect([out.psu, out.status_suara, out.status_adm, out.images]).toEqual([null, true, true, []]);
  });

  it('carries a non-regular status in psu', () => {
    expect(toSirekapTps(makeValidCHasil({ status: 'pemungutan_ulang' }), { variant: 'pilkada' }).psu).toBe(
      'pemungutan_ulang',
    );
  });
});

describeReal('parseSirekapTps on hostile input', () => {
  it('refuses wrong types, negatives and bad keys, listing each', () => {
    const bad = {
      ...sample,
      chart: { '100025': -1, abc: 3, null: 5 },
      administrasi: { ...(sample.administrasi as object), suara_sah: '140' },
      images: ['http://evil.example/x.jpg'],
      ts: 'yesterday',
      status_adm: 'yes',
    };
    expect(problems(bad)).toEqual([
      ['SHAPE_BAD_FORMAT', 'chart.abc'],
      ['SHAPE_NOT_COUNT', 'chart.100025'],
      ['SHAPE_BAD_FORMAT', 'chart.null'],
      ['SHAPE_NOT_COUNT', 'administrasi.suara_sah'],
      ['SHAPE_BAD_FORMAT', 'images[0]'],
      ['SHAPE_BAD_FORMAT', 'ts'],
      ['SHAPE_WRONG_TYPE', 'status_adm'],
    ]);
  });

  it('bounds sizes and refuses mixed variants', () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, 1]));
    expect(problems(many)).toEqual([['SHAPE_TOO_MANY', '$']]);
    expect(problems({ ...sample, tungsura: { chart: {} } })).toEqual([
      ['SHAPE_UNKNOWN_FIELD', 'chart'],
      ['SHAPE_UNKNOWN_FIELD', 'administrasi'],
    ]);
    expect(problems('[]')).toEqual([['SHAPE_WRONG_TYPE', '$']]);
  });

  it('imports a Pesawaran-like misread so the warnings can flag it', () => {
    const misread = { ...sample, chart: { '100025': 3_514_615, '100026': 78, '100027': 18 } };
    const { form } = parseSirekapTps(misread, at);
    const codes = checkCHasil(form).warnings.map((p) => p.code);
    expect(codes).toContain('FORM_VALUE_LARGE');
  });

  it('checks the TPS code it is given', () => {
    expect(() => parseSirekapTps(sample, { ...at, tps: '17.01.08.2001.002' })).toThrow(
      expect.objectContaining({ field: 'at.tps' }),
    );
  });
});
