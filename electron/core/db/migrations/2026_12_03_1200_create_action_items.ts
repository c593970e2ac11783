// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // 整改清单: one row per action item, whatever found the problem. Dates are China
  // calendar dates (YYYY-MM-DD). 逾期 is not stored: it is `due_on < today` for an
  // unfinished item, read through the indexes below.
  await sql`CREATE TABLE action_items (
    id TEXT PRIMARY KEY NOT NULL,
    office_id TEXT NOT NULL REFERENCES offices(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    problem TEXT NOT NULL CHECK (length(problem) > 0),
    source TEXT NOT NULL CHECK (source IN ('meeting','inspection','dispute','other')),
    meeting_id TEXT,
    resolution_id TEXT,
    dispute_id TEXT REFERENCES disputes(id),
    source_note TEXT,
    estate_id TEXT REFERENCES estates(id),
    company_id TEXT REFERENCES companies(id),
    responsible_kind TEXT NOT NULL CHECK (responsible_kind IN ('department','company','committee','community','person')),
    responsible_name TEXT NOT NULL CHECK (length(responsible_name) > 0),
    responsible_ref_id TEXT,
    rectification TEXT NOT NULL CHECK (length(rectification) > 0),
    due_on TEXT NOT NULL CHECK (length(due_on) = 10),
    status TEXT NOT NULL CHECK (status IN ('open','in-progress','done','verified')),
    started_on TEXT,
    completed_on TEXT,
    completed_by TEXT,
    evidence TEXT,
    verified_on TEXT,
    verified_by TEXT,
    verification_note TEXT,
    CHECK (source <> 'dispute' OR dispute_id IS NOT NULL),
    CHECK (source <> 'meeting' OR meeting_id IS NOT NULL),
    CHECK (status NOT IN ('done','verified') OR (completed_on IS NOT NULL AND completed_by IS NOT NULL AND evidence IS NOT NULL)),
    -- A second person verifies, whatever a service forgets.
    CHECK (status <> 'verified' OR (verified_on IS NOT NULL AND verified_by IS NOT NULL AND verified_by <> completed_by))
  ) STRICT`.execute(db);
  // The open list, overdue first (= earliest due first), for the office and per estate:
  // an unfinished item's due date orders the page straight from the index.
  await sql`CREATE INDEX action_items_unfinished ON action_items(due_on, id) WHERE deleted_at IS NULL AND status IN ('open','in-progress')`.execute(db);
  await sql`CREATE INDEX action_items_estate_unfinished ON action_items(estate_id, due_on, id) WHERE deleted_at IS NULL AND status IN ('open','in-progress')`.execute(db);
  // Every other status filter, and the per-estate and per-source lists.
  await sql`CREATE INDEX action_items_status ON action_items(status, due_on) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX action_items_estate ON action_items(estate_id, status, due_on) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX action_items_dispute ON action_items(dispute_id) WHERE dispute_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX action_items_meeting ON action_items(meeting_id, resolution_id) WHERE meeting_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX action_items_responsible ON action_items(responsible_kind, responsible_ref_id, due_on) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX action_items_company ON action_items(company_id, due_on) WHERE deleted_at IS NULL AND company_id IS NOT NULL`.execute(db);
}
