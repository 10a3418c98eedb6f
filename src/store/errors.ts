/** Foreign errors (pg, better-sqlite3) are wrapped once, here, keeping `cause`. */
import { SaksiError, msg } from '../core/errors/index.js';

export function wrapStoreError(e: unknown, doing: string): SaksiError {
  const detail = e instanceof Error ? e.message : String(e);
  return new SaksiError(
    'STORE_UNAVAILABLE',
    msg(
      `Basis data tidak dapat dipakai (${doing}): ${detail}`,
      `The database is not usable (${doing}): ${detail}`,
    ),
    { cause: e },
  );
}
