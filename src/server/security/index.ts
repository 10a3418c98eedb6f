export { WRITE_METHODS, guard, ownTarget, principalOf, subjectOf } from './access.js';
export type { RouteAuth } from './access.js';
export { installSecurity, originOf, securityRuntime } from './install.js';
export type { SecurityRuntime } from './install.js';
export { DEFAULT_RATE_LIMITS, securityOptions } from './options.js';
export type { RateLimits, SecurityOptions } from './options.js';
export type { RateLimit } from './rate-limit.js';
export { API_CSP, DOCS_CSP, installSecurityHeaders } from './headers.js';
