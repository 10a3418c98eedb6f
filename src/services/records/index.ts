export { accountOf, knownRegion, pastDate, regionUnknown, roleOf } from './context.js';
export type { RecordDeps } from './context.js';
export { createRecord, transitionRecord } from './write.js';
export type { Change, CreateOptions } from './write.js';
export { dueRecords, listRecords, loadRecord, timelineOf } from './read.js';
export type { Due } from './read.js';
export { eraseExpired, erasePersonal } from './erase.js';
export type { ErasureReason } from './erase.js';
