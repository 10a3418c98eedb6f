/** `GET /api/regions[/{code}]`, `POST /api/regions/lookup`: the Kemendagri regions and their TPS. */
import { z } from 'zod';
import { Triple } from '../common.js';

export const Region = z.object({
  code: z.string(),
  dotted: z.string(),
  level: z.enum(['province', 'regency', 'district', 'village']),
  name: z.string(),
  parent: z.string().nullable(),
  source: z.enum(['kemendagri', 'kpu']),
});

export const TpsEntry = z.object({
  code: z.string(),
  level: z.literal('tps'),
  number: z.number(),
  name: z.string(),
  address: z.string(),
  dpt: Triple,
});

export const RegionList = z.object({ data: z.array(Region) });

export const RegionDetail = z.object({
  data: z.object({
    region: Region,
    parents: z.array(Region),
    children: z.array(Region),
    tps: z.array(TpsEntry).optional(),
    registry: z.object({ tps: z.number(), dpt: Triple }),
  }),
});

export const LookupResult = z.object({
  data: z.array(
    z.object({
      input: z.string(),
      code: z.string().nullable(),
      region: Region.nullable(),
      error: z.string().optional(),
    }),
  ),
});
