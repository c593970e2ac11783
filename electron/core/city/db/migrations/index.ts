import type { Migration } from 'kysely';
import * as c0001 from './2026_11_21_0700_create_city';

/** The city database's migrations, in order: its own list, separate from the office ledger's. */
export const CITY_MIGRATIONS: Record<string, Migration> = {
  '2026_11_21_0700_create_city': c0001,
};

export const CITY_SCHEMA_VERSION = Object.keys(CITY_MIGRATIONS).length;
