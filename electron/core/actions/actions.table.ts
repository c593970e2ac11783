import type { ActionSource, ActionStatus, ResponsibleKind } from '#shared/domain/actions/actions.schema';
import type { RecordColumns } from '../db/record-columns';

/** One action item (整改事项); dates are China calendar dates. */
export type ActionItemsTable = RecordColumns & {
  problem: string;
  source: ActionSource;
  /** The meeting (and optionally its resolution) that set the item, when the source is a meeting. */
  meeting_id: string | null;
  resolution_id: string | null;
  dispute_id: string | null;
  /** Which inspection, or what else raised it. */
  source_note: string | null;
  estate_id: string | null;
  company_id: string | null;
  responsible_kind: ResponsibleKind;
  responsible_name: string;
  /** The registry record of the responsible party (company, community, committee, member of staff), when picked from it. */
  responsible_ref_id: string | null;
  rectification: string;
  due_on: string;
  status: ActionStatus;
  started_on: string | null;
  completed_on: string | null;
  /** Actors (operator usernames), as the change log names them. */
  completed_by: string | null;
  evidence: string | null;
  verified_on: string | null;
  verified_by: string | null;
  verification_note: string | null;
};

export type ActionTables = { action_items: ActionItemsTable };
export type ActionTable = keyof ActionTables;
