import type { Kysely } from 'kysely';

/** Regions, elections, contests, candidate pairs and the TPS registry. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against any schema version
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('region')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('parent', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema.createIndex('region_parent').on('region').columns(['parent', 'code']).execute();
  await db.schema
    .createTable('election')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('voting_day', 'text', (c) => c.notNull())
    .addColumn('ballot_reserve_permille', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('contest')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('election_id', 'text', (c) => c.notNull().references('election.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sirekap_type', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contest_region').on('contest').columns(['region']).execute();
  await db.schema
    .createTable('candidate')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contest_id', 'text', (c) => c.notNull().references('contest.id'))
    .addColumn('ballot_number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('head', 'text', (c) => c.notNull())
    .addColumn('deputy', 'text', (c) => c.notNull())
    .addColumn('color', 'text', (c) => c.notNull())
    .addColumn('empty_column', 'integer', (c) => c.notNull())
    .addUniqueConstraint('candidate_ballot', ['contest_id', 'ballot_number'])
    .execute();
  await db.schema
    .createTable('tps')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('village', 'text', (c) => c.notNull())
    .addColumn('district', 'text', (c) => c.notNull())
    .addColumn('regency', 'text', (c) => c.notNull())
    .addColumn('province', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('dpt_male', 'integer', (c) => c.notNull())
    .addColumn('dpt_female', 'integer', (c) => c.notNull())
    .addColumn('dpt_total', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tps_village').on('tps').columns(['village']).execute();
  await db.schema.createIndex('tps_regency').on('tps').columns(['regency']).execute();
  await db.schema
    .createTable('region_issue')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('region_issue_pk', ['code', 'kind'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['region_issue', 'tps', 'candidate', 'contest', 'election', 'region', 'meta']) {
    await db.schema.dropTable(t).execute();
  }
}
