import type { RecordColumns } from '../db/record-columns';

export type OperatorsTable = RecordColumns & {
  username: string;
  display_name: string;
  role: 'administrator' | 'director' | 'mediator' | 'reviewer' | 'secretary';
  /** scrypt$N$r$p$salt$hash — never leaves the office, never in the change log. */
  password_hash: string;
  /** The member of staff this account stands for (工作台's 我的案件), or null. */
  staff_id: string | null;
};

export type AuthTables = { operators: OperatorsTable };
