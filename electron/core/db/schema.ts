import type { Kysely, Transaction } from 'kysely';
import type { AuthTables } from '../auth/auth.table';
import type { ChangeTables } from '../changes/changes.table';
import type { CommitteeTables } from '../committees/committees.table';
import type { DisputeTables } from '../disputes/disputes.table';
import type { MeetingTables } from '../meetings/meetings.table';
import type { RegistryTables } from '../registry/registry.table';
import type { SyncTables } from '../sync/sync.table';
// actions (整改清单)
import type { ActionTables } from '../actions/actions.table';
// --- policy (政策包) ---
import type { PolicyTables } from '../policy/policy.table';
// consult (结果公示)
import type { ConsultTables } from '../consult/consult.table';

/** Every table of the ledger database, as Kysely sees it. */
export type Database = RegistryTables & AuthTables & ChangeTables & DisputeTables & SyncTables & CommitteeTables
  // meetings (issue 11)
  & MeetingTables
  // actions (整改清单)
  & ActionTables
  // --- policy (政策包) ---
  & PolicyTables
  // consult (结果公示)
  & ConsultTables;

/** The ledger's query builder, and a transaction on it (services pass these along, repositories use them). */
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
