export { recordRoutes } from './routes.js';
export type { RecordRouteSpec } from './routes.js';
export { mayReadPersonal, policyAction, regionOrOwn } from './context.js';
export { DataResult, EXPORT_QUERY, IdParams, ListResult, PAGE_QUERY, PageQuery } from './schema.js';
export { presentEvent } from './present.js';
