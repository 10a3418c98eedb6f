export { ROLE_IDS, ROLES, CREATES, isRole, mayCreate } from './roles.js';
export type { Role, RoleBody, RoleInfo } from './roles.js';
export { NATIONAL, inScope, parseScope, scopeLevel } from './scope.js';
export type { Scope, ScopeLevel } from './scope.js';
export { PERMISSION_IDS, GRANTABLE, isPermission } from './permissions.js';
export type { Permission } from './permissions.js';
export type { Principal } from './principal.js';
export {
  PASSWORD_MAX,
  PASSWORD_MIN,
  USERNAME_PATTERN,
  accountProblems,
  assertAccountShape,
  assertPasswordAcceptable,
  normaliseUsername,
} from './account-rules.js';
export type { AccountShape } from './account-rules.js';
export { base32Decode, base32Encode } from './base32.js';
export { TOTP_DEFAULTS, TOTP_SECRET_BYTES, hotp, otpauthUri, timeStep, totp, verifyTotp } from './totp.js';
export type { TotpAlgorithm, TotpCheck, TotpParams } from './totp.js';
export { authErrors } from './errors.js';
