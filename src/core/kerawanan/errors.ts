/** Errors of the vulnerability mapping. */
import { SaksiError, msg } from '../errors/index.js';

export const kerawananErrors = {
  instrumentUnknown: (id: string, version: number) =>
    new SaksiError(
      'KERAWANAN_INSTRUMENT_UNKNOWN',
      msg(
        `Instrumen "${id}" versi ${version} tidak dikenal.`,
        `Instrument "${id}" version ${version} is unknown.`,
      ),
      { field: 'instrument' },
    ),
  indicatorUnknown: (indicator: string, id: string, version: number) =>
    new SaksiError(
      'KERAWANAN_INDICATOR_UNKNOWN',
      msg(
        `Indikator "${indicator}" tidak ada dalam instrumen ${id} versi ${version}.`,
        `Indicator "${indicator}" is not in instrument ${id} version ${version}.`,
      ),
      { field: `answers.${indicator}` },
    ),
  indicatorMissing: (indicator: string) =>
    new SaksiError(
      'KERAWANAN_INDICATOR_MISSING',
      msg(`Indikator "${indicator}" belum dijawab.`, `Indicator "${indicator}" is not answered.`),
      { field: `answers.${indicator}` },
    ),
  answerType: (indicator: string, type: 'boolean' | 'number') =>
    new SaksiError(
      'KERAWANAN_ANSWER_INVALID',
      msg(
        `Jawaban indikator "${indicator}" harus ${type === 'boolean' ? 'ya/tidak' : 'angka'}.`,
        `The answer to "${indicator}" must be a ${type}.`,
      ),
      { field: `answers.${indicator}` },
    ),
  outOfRange: (indicator: string, min: number, max: number) =>
    new SaksiError(
      'KERAWANAN_SCORE_OUT_OF_RANGE',
      msg(
        `Nilai indikator "${indicator}" harus antara ${min} dan ${max}.`,
        `The score of "${indicator}" must be between ${min} and ${max}.`,
      ),
      { field: `answers.${indicator}` },
    ),
  levelMismatch: (id: string, level: string) =>
    new SaksiError(
      'KERAWANAN_LEVEL_MISMATCH',
      msg(
        `Instrumen ${id} memetakan tingkat ${level}; kode wilayah tidak pada tingkat itu.`,
        `Instrument ${id} maps the ${level} level; the region code is not at that level.`,
      ),
      { field: 'region' },
    ),
  roleForbidden: (role: string, level: string) =>
    new SaksiError(
      'KERAWANAN_ROLE_FORBIDDEN',
      msg(
        `Peran ${role} tidak mengisi pemetaan kerawanan tingkat ${level}.`,
        `Role ${role} does not enter vulnerability mapping at the ${level} level.`,
      ),
      { field: 'region' },
    ),
} as const;
