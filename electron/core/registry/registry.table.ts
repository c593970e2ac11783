import type { RecordColumns } from '../db/record-columns';

export type OfficesTable = Omit<RecordColumns, 'office_id'> & {
  name: string;
  division_code: string;
  address: string | null;
  contact_name: string | null;
  /** The office's own phone (not a person's private number). */
  contact_phone: string | null;
  /** The people's mediation committee for the seal line; null: 「<name>人民调解委员会」. */
  committee_name: string | null;
};
/** `name_sort`: the name's pinyin sort key (shared/domain/registry/name-sort.ts), a local column. */
export type CommunitiesTable = RecordColumns & { name: string; name_sort: string };
export type CompaniesTable = RecordColumns & {
  name: string;
  name_sort: string;
  credit_code: string;
  contact_name: string | null;
  /** Sensitive: personal contact data. */
  phone: string | null;
};
export type EstatesTable = RecordColumns & {
  name: string;
  name_sort: string;
  address: string;
  community_id: string;
  company_id: string | null;
  households: number;
};
export type StaffTable = RecordColumns & {
  name: string;
  role: 'director' | 'mediator' | 'reviewer' | 'secretary';
  certificate_no: string | null;
};

export type RegistryTables = {
  offices: OfficesTable;
  communities: CommunitiesTable;
  companies: CompaniesTable;
  estates: EstatesTable;
  staff: StaffTable;
};

