/**
 * Public intake through the real server (startServer on a SQLite file in a
 * temporary data directory): a report with evidence is acknowledged with a
 * tracking code only once its evidence file is on disk, content-addressed
 * under DATA_DIR; after a restart the report is found by its code. Oversize
 * and malformed evidence are refused with stable codes naming the field.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initDataDir } from '../../../services/setup/init.js';
import { TEST_ORIGIN, TEST_ROOT, unwitnessedConfig } from '../../../services/setup/testing.js';
import { startServer } from '../../../app/start.js';
import type { RunningServer } from '../../../app/start.js';
import { DEFAULT_RATE_LIMITS } from '../../security/options.js';

const dir = mkdtempSync(join(tmpdir(), 'saksi-intake-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = () => unwitnessedConfig(join(dir, 'data'), { bodyLimit: 65536 });
beforeAll(async () => {
  await initDataDir(config(), {
    origin: TEST_ORIGIN,
    publicUrl: 'http://127.0.0.1',
    newRoot: TEST_ROOT,
    quorum: 0,
  });
});
const start = () => startServer(config());

/** A tiny but real PNG header and some bytes. */
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('bukti foto'),
]);

const form = (evidence: unknown[] = []) => ({
  region: '33.25.01',
  electionKind: 'pilkada',
  category: 'money-politics',
  stage: 'quiet-period',
  title: 'Pembagian uang di masa tenang',
  description: 'Seorang tim sukses membagikan amplop kepada warga.',
  place: 'Balai desa',
  reportedParty: 'Tim sukses',
  knownOn: '2024-11-25',
  reporter: { kind: 'voter', name: 'Siti Aminah', contact: '0812-0000-0000', address: 'Batang' },
  evidence,
});

async function post(s: RunningServer, payload: unknown) {
  return s.app.inject({ method: 'POST', url: '/api/public/supervision/reports', payload: payload as object });
}

describe('public report intake', () => {
  it('acknowledges a report after its evidence is durable, and finds it by tracking code after a restart', async () => {
    let s = await start();
    let code = '';
    try {
      const r = await post(s, form([{ mediaType: 'image/png', data: PNG.toString('base64') }]));
      expect(r.statusCode, r.body).toBe(201);
      const data = r.json().data;
      code = data.trackingCode;
      expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
      const sha = createHash('sha256').update(PNG).digest('hex');
      expect(data.evidence).toEqual([{ sha256: sha, size: PNG.length, mediaType: 'image/png' }]);
      const file = join(dir, 'data', 'evidence', sha.slice(0, 2), sha);
      expect(readFileSync(file).equals(PNG)).toBe(true);
    } finally {
      await s.close();
    }
    s = await start();
    try {
      const r = await s.app.inject({
        method: 'GET',
        url: `/api/public/supervision/reports/${code.toLowerCase()}`,
      });
      expect(r.statusCode, r.body).toBe(200);
      const data = r.json().data;
      expect(data).toMatchObject({
        trackingCode: code,
        state: 'received',
        category: 'money-politics',
        evidenceFiles: 1,
      });
      expect(r.body).not.toContain('Siti Aminah');
      expect(r.body).not.toContain('0812');
      const audit = await s.store.auth.audit.list({ action: 'supervision.intake', limit: 5 });
      expect(audit).toHaveLength(1);
      expect(audit[0]?.after).not.toContain('Siti');
      // Nor the reporter's address: KPU officials read audit rows of their region.
      expect(audit[0]?.ip).toBeNull();
    } finally {
      await s.close();
    }
  }, 60_000);

  it('refuses oversize, malformed and mistyped evidence with stable codes and fields, storing nothing', async () => {
    const s = await start();
    try {
      const big = Buffer.alloc(1024 * 1024 + 1, 0xff);
      big[0] = 0xff;
      const cases: Array<[unknown[], number, string, string]> = [
        [
          [{ mediaType: 'image/jpeg', data: big.toString('base64') }],
          413,
          'EVIDENCE_TOO_LARGE',
          'evidence.0.data',
        ],
        [[{ mediaType: 'image/png', data: 'not base64!' }], 400, 'EVIDENCE_MALFORMED', 'evidence.0.data'],
        [
          [{ mediaType: 'application/pdf', data: PNG.toString('base64') }],
          400,
          'EVIDENCE_MALFORMED',
          'evidence.0.data',
        ],
        [
          [{ mediaType: 'text/html', data: 'PGI+' }],
          400,
          'EVIDENCE_TYPE_UNSUPPORTED',
          'evidence.0.mediaType',
        ],
        [
          Array(5).fill({ mediaType: 'image/png', data: PNG.toString('base64') }),
          400,
          'EVIDENCE_TOO_MANY',
          'evidence',
        ],
      ];
      for (const [evidence, status, code, field] of cases) {
        const r = await post(s, form(evidence));
        expect(r.statusCode, r.body).toBe(status);
        const error = r.json().error;
        expect(error).toMatchObject({ code, field });
        expect(typeof error.message).toBe('string');
      }
      const en = await s.app.inject({
        method: 'POST',
        url: '/api/public/supervision/reports?lang=en',
        payload: form([{ mediaType: 'image/png', data: '@@' }]),
      });
      expect(en.json().error.message).toBe('The evidence file is not valid base64.');
      const wrongCode = await s.app.inject({
        method: 'GET',
        url: '/api/public/supervision/reports/AAAA-AAAA-AAAA',
      });
      expect(wrongCode.json().error.code).toBe('TRACKING_CODE_INVALID');
      // Nothing refused was stored: the evidence directory holds only the first test's file, if any.
      const stored = existsSync(join(dir, 'data', 'evidence'))
        ? readdirSync(join(dir, 'data', 'evidence'), { recursive: true }).filter((f) => String(f).length > 2)
        : [];
      expect(stored.every((f) => String(f).endsWith(createHash('sha256').update(PNG).digest('hex')))).toBe(
        true,
      );
    } finally {
      await s.close();
    }
  }, 60_000);
});

describe('public intake rate limit', () => {
  it('has its own per-IP budget: a flood of reports is slowed, sign-in from that address is not', async () => {
    const s = await startServer(config(), {
      security: {
        rateLimits: { ...DEFAULT_RATE_LIMITS, intakePerIp: { limit: 2, windowMs: 60_000 } },
      },
    });
    try {
      expect((await post(s, form())).statusCode).toBe(201);
      expect((await post(s, form())).statusCode).toBe(201);
      const third = await post(s, form());
      expect(third.statusCode).toBe(429);
      expect(third.json().error.code).toBe('RATE_LIMITED');
      const login = await s.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'nobody', password: 'not-a-password' },
      });
      expect(login.statusCode).toBe(401);
    } finally {
      await s.close();
    }
  });
});
