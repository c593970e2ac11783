import type { Migration } from 'kysely';
import * as c0001 from './2026_11_21_0700_create_city';
import * as c0002 from './2026_12_02_0900_add_bundle_chain_heads';

/** The city database's migrations, in order: its own list, separate from the office ledger's. */
export const CITY_MIGRATIONS: Record<string, Migration> = {
  '2026_11_21_0700_create_city': c0001,
  '2026_12_02_0900_add_bundle_chain_heads': c0002,
};

export const CITY_SCHEMA_VERSION = Object.keys(CITY_MIGRATIONS).length;
