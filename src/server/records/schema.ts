/** Request and answer schemas every record route shares (zod). */
import { z } from 'zod';
import { FILE_FORMATS } from '../../services/exports/index.js';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('Local date YYYY-MM-DD');

export const IdParams = z.object({ id: z.string().min(1).max(64) }).strict();

/** Region, period and page: the filter of every record list. */
export const PAGE_QUERY = {
  region: z.string().min(1).max(32).optional().describe('Within this region (default: your scope)'),
  from: date.optional(),
  to: date.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  lang: z.enum(['id', 'en']).optional(),
};
export const PageQuery = z.object(PAGE_QUERY).strict();
export type PageQuery = z.infer<typeof PageQuery>;

/** The same filter for a file export, which pages up to 10,000 rows. */
export const EXPORT_QUERY = {
  ...PAGE_QUERY,
  limit: z.coerce.number().int().min(1).max(10_000).default(10_000),
  format: z.enum(FILE_FORMATS).default('csv'),
};

export const DataResult = z.object({ data: z.unknown() });
export const ListResult = z.object({ data: z.array(z.unknown()) });

export const EraseBody = z.object({ note: z.string().trim().max(500).optional() }).strict();
