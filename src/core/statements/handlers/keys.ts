/**
 * `key.register` and `key.revoke`. A key is registered by the root or by an
 * authority key whose scope covers the new key's scope; it is revoked by the
 * root, an authority over its scope, or itself. Revocation takes effect for
 * entries after the revoking one.
 */
import { decodeBase64 } from '../../log/encoding.js';
import { parseRegionCode } from '../../regions/index.js';
import type { RegionCode } from '../../regions/index.js';
import { keyIdOf } from '../envelope.js';
import type { Envelope } from '../envelope.js';
import type { EntryHandler, Ledger } from '../ledger.js';
import { covers, KEY_ROLES, keyError } from '../keys.js';
import type { KeyRole, KeyScope } from '../keys.js';
import { bodyError, obj, oneOf, str } from './read.js';

export const KEY_REGISTER = 'key.register';
export const KEY_REVOKE = 'key.revoke';

export interface KeyRegisterBody {
  readonly publicKey: string;
  readonly role: Exclude<KeyRole, 'root'>;
  readonly scope: KeyScope;
  readonly name: string;
}

export interface KeyRevokeBody {
  readonly keyId: string;
  readonly reason: string;
}

/** The public key of the root or of a live authority covering `region`. */
function authoritySigner(
  ledger: Ledger,
  envelope: Envelope,
  index: number,
  region: RegionCode | 'national',
): Uint8Array {
  if (envelope.keyId === ledger.rootKeyId) return ledger.rootKey;
  return ledger.keys.authorize(envelope.keyId, index, ['authority'], region).publicKey;
}

export const keyRegisterHandler: EntryHandler = {
  type: KEY_REGISTER,
  signer(ledger, envelope, index) {
    return authoritySigner(ledger, envelope, index, parseRegister(envelope).scope.region);
  },
  apply(ledger, envelope, index) {
    const body = parseRegister(envelope);
    const publicKey = decodeBase64(body.publicKey);
    if (publicKey === undefined || publicKey.length !== 32)
      throw bodyError(
        'KEY_PUBLIC_KEY_INVALID',
        'publicKey',
        'kunci publik harus 32 byte base64',
        'public key must be 32 bytes of base64',
      );
    const keyId = keyIdOf(ledger.hasher, publicKey);
    if (keyId === ledger.rootKeyId)
      throw keyError(
        'KEY_ALREADY_REGISTERED',
        'kunci akar tidak didaftarkan ulang',
        'the root key cannot be registered again',
      );
    ledger.keys.add({
      keyId,
      publicKey,
      role: body.role,
      scope: body.scope,
      name: body.name,
      registeredAt: index,
      registeredBy: envelope.keyId,
      revokedAt: null,
    });
  },
};

export const keyRevokeHandler: EntryHandler = {
  type: KEY_REVOKE,
  signer(ledger, envelope, index) {
    const body = parseRevoke(envelope);
    const target = ledger.keys.get(body.keyId);
    if (target === undefined)
      throw keyError(
        'KEY_UNKNOWN',
        `kunci ${body.keyId} tidak terdaftar`,
        `key ${body.keyId} is not registered`,
      );
    if (envelope.keyId === body.keyId) return target.publicKey;
    return authoritySigner(ledger, envelope, index, target.scope.region);
  },
  apply(ledger, envelope, index) {
    const body = parseRevoke(envelope);
    const target = ledger.keys.get(body.keyId);
    if (target === undefined)
      throw keyError(
        'KEY_UNKNOWN',
        `kunci ${body.keyId} tidak terdaftar`,
        `key ${body.keyId} is not registered`,
      );
    if (target.revokedAt !== null)
      throw keyError('KEY_REVOKED', 'kunci sudah dicabut', 'the key is already revoked');
    target.revokedAt = index;
  },
};

function parseRegister(envelope: Envelope): KeyRegisterBody {
  const b = obj(envelope.body, 'body');
  const s = obj(b['scope'], 'scope');
  const regionText = str(s['region'], 'scope.region', 32);
  let region: RegionCode | 'national';
  try {
    region = regionText === 'national' ? 'national' : parseRegionCode(regionText, 'scope.region');
  } catch {
    throw bodyError('KEY_SCOPE_INVALID', 'scope.region', 'wilayah tidak sah', 'region is not valid');
  }
  const pair = s['pair'] === undefined ? undefined : str(s['pair'], 'scope.pair', 32);
  const role = oneOf(
    b['role'],
    'role',
    KEY_ROLES.filter((r): r is Exclude<KeyRole, 'root'> => r !== 'root'),
  );
  if (role === 'saksi' && pair === undefined)
    throw bodyError(
      'KEY_SCOPE_INVALID',
      'scope.pair',
      'saksi harus mewakili pasangan',
      'a saksi key must name its pair',
    );
  return {
    publicKey: str(b['publicKey'], 'publicKey', 64),
    role,
    scope: pair === undefined ? { region } : { region, pair },
    name: str(b['name'], 'name', 200),
  };
}

function parseRevoke(envelope: Envelope): KeyRevokeBody {
  const b = obj(envelope.body, 'body');
  return { keyId: str(b['keyId'], 'keyId', 32), reason: str(b['reason'], 'reason', 2000) };
}

export { covers };
