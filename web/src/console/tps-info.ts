/**
 * A TPS as GET /api/tps/:code shows it (its contests, pairs, forms and
 * attestations), kept in IndexedDB so that the entry form opens offline.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CHasilLike } from '../../../src/core/forms/index.js';
import { getJson } from '../app/api.js';
import type { Lang } from '../app/i18n.js';
import { dbGet, dbPut } from './db.js';

export interface PairView {
  readonly id: string;
  readonly ballotNumber: number;
  readonly name: string;
  readonly emptyColumn: boolean;
}

export interface HistoryView {
  readonly index: number;
  readonly hash: string;
  readonly kind: string;
  readonly form: CHasilLike;
  readonly reason?: string;
}

export interface AttestationView {
  readonly index: number;
  readonly role: 'saksi' | 'ptps';
  readonly pair?: string;
  readonly keyId: string;
  readonly subject: { index: number; hash: string };
  readonly verdict: 'agree' | 'object';
  readonly reason?: string;
}

export interface TpsContestView {
  readonly contest: { id: string; name: string; kind: string; pairs: readonly PairView[] };
  readonly status: string;
  readonly history: readonly HistoryView[];
  readonly attestations: readonly AttestationView[];
  readonly lockedBy: string | null;
}

export interface TpsInfo {
  readonly tps: {
    code: string;
    name: string;
    address: string | null;
    dpt: { male: number; female: number; total: number } | null;
  };
  readonly parents: ReadonlyArray<{ code: string; name: string; level: string }>;
  readonly contests: readonly TpsContestView[];
}

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
