import type { Migration } from 'kysely';
import * as m0001 from './2026_11_21_0500_create_foundation';
import * as m0002 from './2026_11_21_0600_create_disputes';
import * as m0003 from './2026_11_21_0700_create_sync';
import * as m0004 from './2026_12_02_1730_add_dispute_superseded_deadlines';
import * as m0005 from './2026_12_02_1740_add_dispute_withdrawal_reason';
import * as m0006 from './2026_12_02_1800_add_report_indexes';
import * as m0007 from './2026_12_02_1810_add_operator_staff';
import * as m0008 from './2026_12_02_1820_add_dispute_step_dues';
import * as m0009 from './2026_12_02_1830_add_party_details';
import * as m0010 from './2026_12_02_1840_add_office_contact';
import * as m0011 from './2026_12_03_0100_create_committees';
import * as m0012 from './2026_12_03_0600_add_phone_lookup';
import * as m0013 from './2026_12_03_0700_add_hotline_order_index';
import * as m0014 from './2026_12_03_1100_create_meetings';
import * as m0015 from './2026_12_03_1200_create_action_items';
import * as m0016 from './2026_12_03_1200_tune_action_item_indexes';
import * as m0017 from './2026_12_03_1200_u_create_topic_publications';
import * as m0018 from './2026_12_03_1300_create_policy_packs';
import * as m0019 from './2026_12_03_1600_add_field_encryption';
import * as m0020 from './2026_12_03_1700_add_name_sort_keys';
import * as m0021 from './2026_12_03_1710_add_committee_list_counts';
import * as m0022 from './2026_12_03_1720_add_committee_member_year_index';
import * as m0023 from './2026_12_04_1300_index_topics_by_community';

/**
 * Every migration, in order. An explicit list rather than a folder scan: it must
 * work inside the asar archive, and the order is part of the code review.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '2026_11_21_0500_create_foundation': m0001,
  '2026_11_21_0600_create_disputes': m0002,
  '2026_11_21_0700_create_sync': m0003,
  '2026_12_02_1730_add_dispute_superseded_deadlines': m0004,
  '2026_12_02_1740_add_dispute_withdrawal_reason': m0005,
  '2026_12_02_1800_add_report_indexes': m0006,
  '2026_12_02_1810_add_operator_staff': m0007,
  '2026_12_02_1820_add_dispute_step_dues': m0008,
  '2026_12_02_1830_add_party_details': m0009,
  '2026_12_02_1840_add_office_contact': m0010,
  '2026_12_03_0100_create_committees': m0011,
  '2026_12_03_0600_add_phone_lookup': m0012,
  '2026_12_03_0700_add_hotline_order_index': m0013,
  '2026_12_03_1100_create_meetings': m0014,
  '2026_12_03_1200_create_action_items': m0015,
  '2026_12_03_1200_tune_action_item_indexes': m0016,
  '2026_12_03_1200_u_create_topic_publications': m0017,
  '2026_12_03_1300_create_policy_packs': m0018,
  '2026_12_03_1600_add_field_encryption': m0019,
  '2026_12_03_1700_add_name_sort_keys': m0020,
  '2026_12_03_1710_add_committee_list_counts': m0021,
  '2026_12_03_1720_add_committee_member_year_index': m0022,
  '2026_12_04_1300_index_topics_by_community': m0023,
};

/** The schema version this build writes: the number of migrations it knows. */
export const SCHEMA_VERSION = Object.keys(MIGRATIONS).length;
