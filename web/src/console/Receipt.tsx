/**
 * The receipt of an accepted statement: its log index and leaf hash at once,
 * downloadable with the signed statement; the C2SP tlog-proof (inclusion
 * proof and witnessed checkpoint) from GET /api/receipts/:index once a
 * witnessed checkpoint covers the entry.
 */
import type { z } from 'zod';
import type { ReceiptAnswer } from '../../../src/api/console/index.js';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { getJson } from '../app/api.js';
import { useLang, useT } from '../app/i18n.js';
import { CONSOLE } from './messages.js';
import type { QueueItem } from './queue.js';

type ProofAnswer = z.infer<typeof ReceiptAnswer>;

export function Receipt({ item }: { item: QueueItem }): ReactNode {
  const t = useT(CONSOLE);
  const { lang } = useLang();
  const [proof, setProof] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (item.index === undefined || item.leafHash === undefined) return null;
  const index = item.index;
  const fetchProof = () => {
    getJson<ProofAnswer>(`/api/receipts/${index}?wait=5000`, lang)
      .then((r) => {
        setProof(r.data.receipt);
        setPending(r.data.receipt === null);
      })
      .catch(() => setPending(true));
  };
  const receipt = {
    index,
    leafHash: item.leafHash,
    type: item.envelope.type,
    statement: item.envelope,
    proof,
  };
  return (
    <div className="receipt" data-testid="receipt">
      <p className="ok">
        <strong>{t('receiptTitle')}</strong>
      </p>
      <dl>
        <dt>{t('receiptIndex')}</dt>
        <dd data-testid="receipt-index">{index}</dd>
        <dt>{t('receiptLeaf')}</dt>
        <dd>
          <code className="hash">{item.leafHash}</code>
        </dd>
      </dl>
      <p className="row">
        <a
          className="button secondary"
          download={`saksi-receipt-${index}.json`}
          href={`data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(receipt, null, 2))}`}
        >
          {t('receiptDownload')}
        </a>
        {proof === null ? (
          <button type="button" className="secondary" onClick={fetchProof}>
            {t('receiptProof')}
          </button>
        ) : (
          <a
            className="button secondary"
            download={`saksi-proof-${index}.txt`}
            href={`data:text/plain;charset=utf-8,${encodeURIComponent(proof)}`}
          >
            {t('receiptProofDownload')}
          </a>
        )}
      </p>
      {pending && <p className="muted">{t('receiptProofPending')}</p>}
    </div>
  );
}
