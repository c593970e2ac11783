// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

const META = sql.raw(`
  id TEXT PRIMARY KEY NOT NULL,
  office_id TEXT NOT NULL REFERENCES offices(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  deleted_at TEXT`);

const SOURCES = `'walk-in','phone','hotline-12345','grid-report','department-referral','court-referral'`;
const CATEGORIES = `'property-fee','repairs','parking','noise-neighbours','public-revenue','fee-adjustment','renovation','illegal-construction','fire-hazard','street-occupation','maintenance-fund','greening','sanitation','other'`;
const TIERS = `'minor','medium','major'`;
const STATUSES = `'registered','assigned','mediating','settled','failed','referred','closed','rejected','withdrawn'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  // rowid is kept (no WITHOUT ROWID): the search index keys on it.
  await sql`CREATE TABLE disputes (${META},
    case_year INTEGER NOT NULL,
    case_seq INTEGER NOT NULL,
    case_no TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN (${sql.raw(SOURCES)})),
    hotline_order_no TEXT,
    hotline_received_at TEXT,
    received_at TEXT NOT NULL,
    estate_id TEXT NOT NULL REFERENCES estates(id),
    company_id TEXT REFERENCES companies(id),
    category TEXT NOT NULL CHECK (category IN (${sql.raw(CATEGORIES)})),
    tier TEXT NOT NULL CHECK (tier IN (${sql.raw(TIERS)})),
    suggested_tier TEXT NOT NULL CHECK (suggested_tier IN (${sql.raw(TIERS)})),
    tier_reason TEXT,
    tier_started_at TEXT NOT NULL,
    description TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN (${sql.raw(STATUSES)})),
    mediator_id TEXT REFERENCES staff(id),
    assigned_at TEXT,
    first_session_at TEXT,
    outcome_at TEXT,
    agreed_terms TEXT,
    performance TEXT,
    performance_due TEXT,
    failure_reason TEXT,
    court_name TEXT,
    court_date TEXT,
    court_reference TEXT,
    department_name TEXT,
    department_referred_at TEXT,
    department_result TEXT,
    department_result_at TEXT,
    joint_referral_at TEXT,
    feedback_at TEXT,
    satisfaction TEXT CHECK (satisfaction IN ('satisfied','basically-satisfied','dissatisfied')),
    feedback_notes TEXT,
    return_visit_due_at TEXT,
    return_visit_at TEXT,
    return_visit_notes TEXT,
    rejection_reason TEXT,
    closed_at TEXT,
    next_due_at TEXT,
    -- Key of the case in disputes_search: received time (ms) × 1000 + a tie-breaker, so the
    -- index's own rowid order is newest-received-first and a search page needs no sort.
    search_key INTEGER NOT NULL UNIQUE,
    UNIQUE (case_year, case_seq)
  ) STRICT`.execute(db);
  await sql`CREATE INDEX disputes_status_due ON disputes(status, next_due_at) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX disputes_due ON disputes(next_due_at) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX disputes_received ON disputes(received_at) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX disputes_estate ON disputes(estate_id, received_at)`.execute(db);
  await sql`CREATE INDEX disputes_company ON disputes(company_id, category)`.execute(db);
  await sql`CREATE INDEX disputes_mediator ON disputes(mediator_id, status)`.execute(db);
  await sql`CREATE INDEX disputes_category ON disputes(category, received_at)`.execute(db);
  await sql`CREATE INDEX disputes_tier ON disputes(tier, next_due_at)`.execute(db);

  await sql`CREATE TABLE dispute_parties (${META},
    dispute_id TEXT NOT NULL REFERENCES disputes(id),
    position INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('applicant','respondent')),
    kind TEXT NOT NULL CHECK (kind IN ('person','company','committee')),
    name TEXT NOT NULL,
    phone TEXT,
    id_number TEXT,
    company_id TEXT REFERENCES companies(id)
  ) STRICT`.execute(db);
  await sql`CREATE INDEX dispute_parties_dispute ON dispute_parties(dispute_id)`.execute(db);

  await sql`CREATE TABLE dispute_sessions (${META},
    dispute_id TEXT NOT NULL REFERENCES disputes(id),
    held_at TEXT NOT NULL,
    place TEXT NOT NULL,
    attendees TEXT NOT NULL,
    mediator_id TEXT REFERENCES staff(id),
    notes TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX dispute_sessions_dispute ON dispute_sessions(dispute_id, held_at)`.execute(db);

  await sql`CREATE TABLE dispute_evidence (${META},
    dispute_id TEXT NOT NULL REFERENCES disputes(id),
    name TEXT NOT NULL,
    provided_by TEXT,
    received_at TEXT NOT NULL,
    notes TEXT
  ) STRICT`.execute(db);
  await sql`CREATE INDEX dispute_evidence_dispute ON dispute_evidence(dispute_id)`.execute(db);

  await sql`CREATE TABLE dispute_escalations (${META},
    dispute_id TEXT NOT NULL REFERENCES disputes(id),
    from_tier TEXT NOT NULL CHECK (from_tier IN (${sql.raw(TIERS)})),
    to_tier TEXT NOT NULL CHECK (to_tier IN (${sql.raw(TIERS)})),
    reason TEXT NOT NULL,
    escalated_at TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX dispute_escalations_dispute ON dispute_escalations(dispute_id)`.execute(db);

  // The office's deadline rules, editable by the director (one row per rule).
  await sql`CREATE TABLE deadline_rules (${META},
    kind TEXT NOT NULL,
    applies_to TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    unit TEXT NOT NULL CHECK (unit IN ('hours','calendar-days','working-days')),
    met_by TEXT NOT NULL,
    clock_from TEXT
  ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX deadline_rules_kind ON deadline_rules(kind, applies_to) WHERE deleted_at IS NULL`.execute(db);

  // Per-operator UI state (grid column state), not office data: no change log.
  await sql`CREATE TABLE operator_preferences (
    operator_id TEXT NOT NULL REFERENCES operators(id),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (operator_id, key)
  ) STRICT`.execute(db);

  // Bigram search index (see electron/core/disputes/search-text.ts), keyed by disputes.rowid.
  await sql`CREATE VIRTUAL TABLE disputes_search USING fts5(tokens, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(db);
}
