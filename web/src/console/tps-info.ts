/**
 * A TPS as GET /api/tps/:code shows it (its contests, pairs, forms and
 * attestations), kept in IndexedDB so that the entry form opens offline.
 */
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { TpsView } from '../../../src/api/portal/index.js';
import { getJson } from '../app/api.js';
import type { Lang } from '../app/i18n.js';
import { dbGet, dbPut } from './db.js';

/** The answer of GET /api/tps/:code (src/api/portal/tps.ts), under the console's names. */
export type TpsInfo = z.infer<typeof TpsView>;
export type TpsContestView = TpsInfo['contests'][number];
export type PairView = TpsContestView['contest']['pairs'][number];
export type HistoryView = TpsContestView['history'][number];
export type AttestationView = TpsContestView['attestations'][number];

export function useTpsInfo(
  code: string,
  lang: Lang,
): { info: TpsInfo | null; failed: boolean; reload(): void } {
  const [info, setInfo] = useState<TpsInfo | null>(null);
  const [failed, setFailed] = useState(false);
  const reload = useCallback(() => {
    if (!navigator.onLine) return;
    getJson<{ data: TpsInfo }>(`/api/tps/${code}`, lang)
      .then((r) => {
        setInfo(r.data);
        void dbPut('cache', r.data, `tps:${code}`);
      })
      .catch(() => setFailed(true));
  }, [code, lang]);
  useEffect(() => {
    void dbGet<TpsInfo>('cache', `tps:${code}`).then((cached) => {
      if (cached !== undefined) setInfo((current) => current ?? cached);
      else if (!navigator.onLine) setFailed(true);
    });
    reload();
  }, [code, reload]);
  return { info, failed, reload };
}
