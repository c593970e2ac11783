export type ChangeAction = 'create' | 'update' | 'delete' | 'reveal';

/** The change log: audit trail and sync source, chained by SHA-256. */
export type ChangesTable = {
  seq: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: ChangeAction;
  /** JSON of the record after the change (for `delete`, the tombstone). */
  payload: string;
  payload_hash: string;
  prev_hash: string;
  hash: string;
};

export type ChangeTables = { changes: ChangesTable };
