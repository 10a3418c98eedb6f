import type { StoreDriver } from '../driver.js';

/** Small key/value facts about the database (what was loaded, when). */
export class MetaRepo {
  constructor(private readonly driver: StoreDriver) {}

  async get(key: string): Promise<string | undefined> {
    const row = await this.driver.db
      .selectFrom('meta')
      .select('value')
      .where('key', '=', key)
      .executeTakeFirst();
    return row?.value;
  }

  async set(key: string, value: string): Promise<void> {
    await this.driver.db
      .insertInto('meta')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}
