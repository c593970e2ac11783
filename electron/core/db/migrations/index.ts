import type { Migration } from 'kysely';
import * as m0001 from './2026_11_21_0500_create_foundation';
import * as m0002 from './2026_11_21_0600_create_disputes';
import * as m0003 from './2026_11_21_0700_create_sync';
import * as m0004 from './2026_12_02_1720_add_party_details';
import * as m0005 from './2026_12_02_1721_add_office_contact';

/**
 * Every migration, in order. An explicit list rather than a folder scan: it must
 * work inside the asar archive, and the order is part of the code review.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '2026_11_21_0500_create_foundation': m0001,
  '2026_11_21_0600_create_disputes': m0002,
  '2026_11_21_0700_create_sync': m0003,
  '2026_12_02_1720_add_party_details': m0004,
  '2026_12_02_1721_add_office_contact': m0005,
};

/** The schema version this build writes: the number of migrations it knows. */
export const SCHEMA_VERSION = Object.keys(MIGRATIONS).length;
