import { Knex } from 'knex';

const SETTINGS = 'platform_product_settings';

/**
 * Plugin-wide values kept in the database (`platform_product_settings`): the generated anonymity
 * key, the seeders' `<id>-seeded` markers. Shared infrastructure: no area owns it.
 */
export class SettingsStore {
  constructor(private readonly db: Knex | Knex.Transaction) {}

  /**
   * The value of `key`: `value` when nobody stored one before, else the one stored first (by any
   * replica: the insert is ignored on a conflict, so all of them read the same value).
   */
  async keep(key: string, value: string): Promise<string> {
    await this.db(SETTINGS).insert({ key, value }).onConflict('key').ignore();
    const row = await this.db(SETTINGS).where({ key }).first('value');
    return row.value;
  }

  /** Of `keys`, those that have a value. */
  async present(keys: string[]): Promise<Set<string>> {
    return new Set(await this.db(SETTINGS).whereIn('key', keys).pluck('key'));
  }

  /** Stores a new key (a second insert of one key fails: e.g. a seeder's marker). */
  async add(key: string, value: string): Promise<void> {
    await this.db(SETTINGS).insert({ key, value });
  }
}
