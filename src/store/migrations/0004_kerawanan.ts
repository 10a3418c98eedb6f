import type { Kysely } from 'kysely';

/**
 * The vulnerability mapping (kerawanan, docs/DOMAIN.md §7): one row per
 * assessment of a region under an instrument version, never updated; the
 * newest per region counts. Answers, indicators present and photo hashes
 * are JSON text.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against any schema version
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('kerawanan_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('instrument_version', 'integer', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('flagged', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('photos', 'text', (c) => c.notNull())
    .addColumn('assessed_on', 'text', (c) => c.notNull())
    .addColumn('extra_supervision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_role', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('kerawanan_entry_region')
    .on('kerawanan_entry')
    .columns(['instrument_id', 'region', 'assessed_on'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against any schema version
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('kerawanan_entry').execute();
}
