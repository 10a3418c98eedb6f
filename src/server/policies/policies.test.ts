/**
 * The form actions have no routes yet (they come with the forms issue): their
 * policy table is checked here against a matrix written out by hand. Cells:
 * in scope then out of scope, A allowed, D denied. "relay+" is forms.relay
 * by an account holding the explicit `relay` right; "relay" without it.
 */
import { describe, expect, it } from 'vitest';
import { ROLE_IDS } from '../../core/auth/index.js';
import type { Permission, Principal, Role, Scope } from '../../core/auth/index.js';
import type { RegionCode } from '../../core/regions/index.js';
import { POLICIES, decide } from './index.js';
import type { Action } from './index.js';

// prettier-ignore
const FORMS = `
                  submit  attest  relay  relay+
admin             DD      DD      DD     DD
kpu-ri            AA      DD      DD     AA
kpu-provinsi      AD      DD      DD     AD
kpu-kabkota       AD      DD      DD     AD
ppk               AD      DD      DD     AD
pps               DD      DD      DD     AD
kpps              AD      DD      DD     DD
saksi             DD      AD      DD     DD
bawaslu-ri        DD      DD      DD     AA
bawaslu-provinsi  DD      DD      DD     AD
bawaslu-kabkota   DD      DD      DD     AD
panwascam         DD      DD      DD     AD
pkd               DD      DD      DD     AD
ptps              DD      AD      DD     DD
observer          DD      DD      DD     DD
media             DD      DD      DD     DD
`;

const TPS_IN = '3579011001001' as RegionCode;
const TPS_OUT = '3325011001001' as RegionCode;
const SCOPES: Record<Role, string> = {
  admin: 'national',
  'kpu-ri': 'national',
  'kpu-provinsi': '35',
  'kpu-kabkota': '3579',
  ppk: '357901',
  pps: '3579011001',
  kpps: TPS_IN,
  saksi: TPS_IN,
  'bawaslu-ri': 'national',
  'bawaslu-provinsi': '35',
  'bawaslu-kabkota': '3579',
  panwascam: '357901',
  pkd: '3579011001',
  ptps: TPS_IN,
  observer: '3579',
  media: 'national',
};

function principal(
  role: Role,
  o: { permissions?: Permission[]; totp?: boolean; demoExempt?: boolean } = {},
): Principal {
  return {
    accountId: `id-${role}`,
    username: role,
    role,
    scope: SCOPES[role] as Scope,
    pairId: role === 'saksi' ? '1000806' : null,
    permissions: o.permissions ?? [],
    totpEnabled: o.totp ?? true,
    demoExempt: o.demoExempt ?? false,
    via: 'token',
    credentialId: 'x',
  };
}

const COLUMNS: ReadonlyArray<readonly [string, Action, Permission[]]> = [
  ['submit', 'forms.submit', []],
  ['attest', 'forms.attest', []],
  ['relay', 'forms.relay', []],
  ['relay+', 'forms.relay', ['relay']],
];

const rows = FORMS.trim()
  .split('\n')
  .slice(1)
  .map((r) => r.trim().split(/\s+/));

describe('form policies (literal matrix)', () => {
  it('lists every role', () => {
    expect(rows.map((r) => r[0]).sort()).toEqual([...ROLE_IDS].sort());
  });
  for (const [role, ...cells] of rows)
    COLUMNS.forEach(([name, action, permissions], i) => {
      it(`${role} ${name}: ${cells[i]}`, () => {
        const p = principal(role as Role, { permissions });
        const pairId = '1000806';
        const inScope = decide(action, POLICIES[action], p, { region: TPS_IN, pairId }, { demo: false });
        const outScope = decide(action, POLICIES[action], p, { region: TPS_OUT, pairId }, { demo: false });
        expect(`${inScope === null ? 'A' : 'D'}${outScope === null ? 'A' : 'D'}`).toBe(cells[i]);
      });
    });
});

describe('policy rules', () => {
  it('lets a saksi attest only for the pair it represents', () => {
    const p = principal('saksi');
    expect(
      decide(
        'forms.attest',
        POLICIES['forms.attest'],
        p,
        { region: TPS_IN, pairId: '1000807' },
        { demo: false },
      )?.code,
    ).toBe('PAIR_FORBIDDEN');
  });
  it('says why: role, scope, right, second factor', () => {
    const d = (p: Principal, a: Action, demo = false) =>
      decide(a, POLICIES[a], p, { region: TPS_IN }, { demo })?.code ?? null;
    expect(d(principal('observer'), 'forms.submit')).toBe('ROLE_FORBIDDEN');
    expect(
      decide('forms.submit', POLICIES['forms.submit'], principal('ppk'), { region: TPS_OUT }, { demo: false })
        ?.code,
    ).toBe('SCOPE_FORBIDDEN');
    expect(d(principal('ppk'), 'forms.relay')).toBe('PERMISSION_FORBIDDEN');
    expect(d(principal('kpu-kabkota', { totp: false }), 'forms.submit')).toBe('TOTP_ENROLMENT_FORBIDDEN');
    expect(d(principal('kpu-kabkota', { totp: false, demoExempt: true }), 'forms.submit')).toBe(
      'TOTP_ENROLMENT_FORBIDDEN',
    );
    expect(d(principal('kpu-kabkota', { totp: false, demoExempt: true }), 'forms.submit', true)).toBeNull();
    expect(d(principal('kpu-kabkota', { totp: false }), 'auth.totp.enrol')).toBe('OWNER_FORBIDDEN');
  });
  it('treats a target without a region as national: only national scopes reach it', () => {
    expect(
      decide('audit.read', POLICIES['audit.read'], principal('kpu-kabkota'), {}, { demo: false })?.code,
    ).toBe('SCOPE_FORBIDDEN');
    expect(decide('audit.read', POLICIES['audit.read'], principal('kpu-ri'), {}, { demo: false })).toBeNull();
  });
  it('denies by default: a role absent from an action table never passes', () => {
    for (const [action, policy] of Object.entries(POLICIES) as Array<[Action, (typeof POLICIES)[Action]]>)
      for (const role of ROLE_IDS)
        if (!(role in policy.roles))
          expect(
            decide(
              action,
              policy,
              principal(role, { permissions: ['relay'] }),
              { region: TPS_IN, ownerId: `id-${role}` },
              { demo: true },
            )?.code,
          ).toBe('ROLE_FORBIDDEN');
  });
});
