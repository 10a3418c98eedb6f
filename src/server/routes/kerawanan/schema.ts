/** Request schemas of the vulnerability-mapping routes (zod). */
import { z } from 'zod';
import { EXPORT_QUERY, PAGE_QUERY } from '../../records/index.js';

const filters = {
  instrumentId: z.string().min(1).max(40).optional(),
  band: z.enum(['high', 'medium', 'low']).optional(),
  level: z.enum(['tps', 'district', 'regency', 'province']).optional(),
};

export const EntryQuery = z.object({ ...PAGE_QUERY, ...filters }).strict();
export const EntryExportQuery = z.object({ ...EXPORT_QUERY, ...filters }).strict();

export const EntryBody = z
  .object({
    instrumentId: z.string().min(1).max(40),
    instrumentVersion: z.number().int().min(1).max(1000).optional(),
    region: z.string().min(1).max(32).describe('The TPS, kecamatan, kab/kota or province assessed'),
    answers: z.record(z.string().min(1).max(60), z.union([z.boolean(), z.number()])),
    evidence: z.string().trim().max(4000).optional(),
    photos: z
      .array(z.string().regex(/^[0-9a-fA-F]{64}$/))
      .max(20)
      .optional(),
    assessedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .describe('Local date YYYY-MM-DD'),
    extraSupervision: z.boolean().optional(),
  })
  .strict();

export const SummaryQuery = z
  .object({
    region: z.string().min(1).max(32).optional(),
    instrument: z.string().min(1).max(40).default('tps-2024'),
    version: z.coerce.number().int().min(1).max(1000).optional(),
    lang: z.enum(['id', 'en']).optional(),
  })
  .strict();
