/**
 * The region of a report: province, then regency/city (kabupaten/kota), then
 * optionally the district, from the public /api/regions endpoints. The value
 * is the most specific code chosen; the server's error for `region` is shown
 * beside it.
 */
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../app/i18n.js';
import { FieldError } from './form-kit.js';
import { SUP } from './messages.js';
import type { RegionView } from './types.js';
import { useLoad } from './use-api.js';

interface RegionDetail {
  readonly children: readonly RegionView[];
}

export function RegionPicker(props: {
  onChange(code: string): void;
  error: string | null;
  /** Any level will do (a province alone, or nothing for the whole country). */
  optional?: boolean;
}): ReactNode {
  const t = useT(SUP);
  const id = useId();
  const [province, setProvince] = useState('');
  const [regency, setRegency] = useState('');
  const [district, setDistrict] = useState('');
  const provinces = useLoad<readonly RegionView[]>('/api/regions');
  const regencies = useLoad<RegionDetail>(province === '' ? null : `/api/regions/${province}`);
  const districts = useLoad<RegionDetail>(regency === '' ? null : `/api/regions/${regency}`);
  const pick = (p: string, r: string, d: string) => {
    setProvince(p);
    setRegency(r);
    setDistrict(d);
    props.onChange(r === '' ? (props.optional === true ? p : '') : d === '' ? r : d);
  };
  const invalid = props.error !== null ? true : undefined;
  return (
    <fieldset className="sup-region">
      <legend>
        {t('region')}
        {props.optional === true ? '' : ' *'}
      </legend>
      <label htmlFor={`${id}-p`}>{t('province')}</label>
      <select id={`${id}-p`} value={province} onChange={(e) => pick(e.target.value, '', '')}>
        <option value="">{t('choose')}</option>
        {(provinces.data ?? []).map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-r`}>{t('regency')}</label>
      <select
        id={`${id}-r`}
        value={regency}
        required={props.optional !== true}
        aria-invalid={invalid}
        disabled={province === ''}
        onChange={(e) => pick(province, e.target.value, '')}
      >
        <option value="">{t('choose')}</option>
        {(regencies.data?.children ?? []).map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-d`}>{t('district')}</label>
      <select
        id={`${id}-d`}
        value={district}
        disabled={regency === ''}
        onChange={(e) => pick(province, regency, e.target.value)}
      >
        <option value="">{t('choose')}</option>
        {(districts.data?.children ?? []).map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={props.error} testId="region-error" />
    </fieldset>
  );
}
