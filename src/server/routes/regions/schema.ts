import { z } from 'zod';

export {
  LookupResult,
  Region,
  RegionDetail,
  RegionList,
  TpsEntry,
  Triple,
} from '../../../api/portal/index.js';

export const RegionParams = z.object({
  code: z.string().max(32).describe('Region code, Kemendagri (35.79.01) or Sirekap (357901) spelling'),
});

export const LookupBody = z
  .object({
    codes: z.array(z.string().max(32)).min(1).max(1000).describe('Region codes in either spelling'),
  })
  .strict();
