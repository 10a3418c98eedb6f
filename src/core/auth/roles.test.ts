import { describe, expect, it } from 'vitest';
import { CREATES, ROLES, ROLE_IDS, mayCreate } from './roles.js';
import { inScope, parseScope } from './scope.js';
import { accountProblems, assertPasswordAcceptable } from './account-rules.js';
import type { RegionCode } from '../regions/index.js';

const rc = (s: string) => s as RegionCode;

describe('roles', () => {
  it('never lets a role create itself or an admin, nor cross between KPU and Bawaslu', () => {
    for (const r of ROLE_IDS) {
      expect(mayCreate(r, r)).toBe(false);
      expect(mayCreate(r, 'admin')).toBe(false);
      const body = ROLES[r].body;
      if (body === 'kpu') for (const t of CREATES[r]) expect(ROLES[t].body).not.toBe('bawaslu');
      if (body === 'bawaslu') for (const t of CREATES[r]) expect(ROLES[t].body).toBe('bawaslu');
    }
  });
  it('requires TOTP for the admin and for KPU/Bawaslu from kab/kota up, only', () => {
    expect(ROLE_IDS.filter((r) => ROLES[r].totpRequired)).toEqual([
      'admin',
      'kpu-ri',
      'kpu-provinsi',
      'kpu-kabkota',
      'bawaslu-ri',
      'bawaslu-provinsi',
      'bawaslu-kabkota',
    ]);
  });
});

describe('scopes', () => {
  it('parses national and both code spellings', () => {
    expect(parseScope('national')).toBe('national');
    expect(parseScope('35.79.01')).toBe('357901');
    expect(() => parseScope('35.7x')).toThrowError(expect.objectContaining({ code: 'SCOPE_INVALID' }));
  });
  it('covers a target by prefix; only national covers national', () => {
    expect(inScope(rc('3579011001001'), rc('357901'))).toBe(true);
    expect(inScope(rc('3573011001001'), rc('357901'))).toBe(false);
    expect(inScope('national', rc('35'))).toBe(false);
    expect(inScope('national', 'national')).toBe(true);
    expect(inScope(rc('35'), 'national')).toBe(true);
  });
});

describe('account rules', () => {
  it('lists every problem at once', () => {
    const p = accountProblems({
      username: 'X',
      role: 'kpps',
      scope: rc('3579'),
      pairId: '1000806',
      permissions: ['relay'],
    });
    expect(p.map((x) => x.code)).toEqual([
      'USERNAME_INVALID',
      'SCOPE_LEVEL_INVALID',
      'PAIR_NOT_ALLOWED',
      'PERMISSION_NOT_GRANTABLE',
    ]);
    expect(
      accountProblems({
        username: 'saksi.1',
        role: 'saksi',
        scope: rc('3579011001001'),
        pairId: null,
        permissions: [],
      }).map((x) => x.code),
    ).toEqual(['SAKSI_PAIR_REQUIRED']);
  });
  it('refuses short passwords and ones containing the username', () => {
    expect(() => assertPasswordAcceptable('short', 'u')).toThrowError(
      expect.objectContaining({ code: 'PASSWORD_LENGTH' }),
    );
    expect(() => assertPasswordAcceptable('my-kpu.batu-password', 'kpu.batu')).toThrowError(
      expect.objectContaining({ code: 'PASSWORD_CONTAINS_USERNAME' }),
    );
    expect(() => assertPasswordAcceptable('correct horse battery', 'kpu.batu')).not.toThrow();
  });
});
