import { z } from 'zod';

export const RegionParams = z.object({
  code: z.string().max(32).describe('Region code, Kemendagri (35.79.01) or Sirekap (357901) spelling'),
});

export const Region = z.object({
  code: z.string(),
  dotted: z.string(),
  level: z.enum(['province', 'regency', 'district', 'village']),
  name: z.string(),
  parent: z.string().nullable(),
  source: z.enum(['kemendagri', 'kpu']),
});

export const Triple = z.object({ male: z.number(), female: z.number(), total: z.number() });

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

export const LookupBody = z
  .object({
    codes: z.array(z.string().max(32)).min(1).max(1000).describe('Region codes in either spelling'),
  })
  .strict();

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
