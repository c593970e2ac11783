// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

const META = sql.raw(`
  id TEXT PRIMARY KEY NOT NULL,
  office_id TEXT NOT NULL REFERENCES offices(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  deleted_at TEXT`);

const BOOL = (column: string) => sql.raw(`${column} INTEGER NOT NULL CHECK (${column} IN (0, 1))`);

export async function up(db: Kysely<unknown>): Promise<void> {
  // The committee rules as data: one row per office once the director edits them
  // (the published defaults apply until then). Lists are JSON arrays.
  await sql`CREATE TABLE committee_rules (${META},
    term_years INTEGER NOT NULL CHECK (term_years BETWEEN 1 AND 10),
    required_percent INTEGER NOT NULL CHECK (required_percent BETWEEN 0 AND 100),
    target_percent INTEGER NOT NULL CHECK (target_percent BETWEEN 0 AND 100),
    publication_days INTEGER NOT NULL CHECK (publication_days BETWEEN 1 AND 60),
    checklist TEXT NOT NULL,
    departments TEXT NOT NULL,
    scoring_sheet TEXT NOT NULL,
    pass_score INTEGER NOT NULL CHECK (pass_score BETWEEN 0 AND 1000),
    rectification_days INTEGER NOT NULL CHECK (rectification_days BETWEEN 1 AND 365)
  ) STRICT`.execute(db);

  // One row per term (届). Dates are China calendar dates (YYYY-MM-DD).
  await sql`CREATE TABLE committees (${META},
    estate_id TEXT NOT NULL REFERENCES estates(id),
    kind TEXT NOT NULL CHECK (kind IN ('owners-committee','interim-committee')),
    term_no INTEGER NOT NULL CHECK (term_no >= 1),
    term_start TEXT NOT NULL,
    term_end TEXT NOT NULL CHECK (term_end > term_start),
    status TEXT NOT NULL CHECK (status IN ('preparing','sitting','re-electing','dissolved')),
    filed_on TEXT,
    party_branch TEXT,
    ended_on TEXT,
    end_reason TEXT,
    election_id TEXT
  ) STRICT`.execute(db);
  // At most one current committee per estate, whatever a service forgets.
  await sql`CREATE UNIQUE INDEX committees_one_current ON committees(estate_id) WHERE deleted_at IS NULL AND status <> 'dissolved'`.execute(db);
  await sql`CREATE INDEX committees_estate ON committees(estate_id, term_start)`.execute(db);
  await sql`CREATE INDEX committees_status ON committees(status, term_end) WHERE deleted_at IS NULL`.execute(db);

  await sql`CREATE TABLE committee_members (${META},
    committee_id TEXT NOT NULL REFERENCES committees(id),
    name TEXT NOT NULL,
    position TEXT NOT NULL CHECK (position IN ('chair','vice-chair','member')),
    ${BOOL('party_member')},
    ${BOOL('cross_serving')},
    phone TEXT,
    id_number TEXT NOT NULL,
    designated_on TEXT NOT NULL,
    ceased_on TEXT CHECK (ceased_on IS NULL OR ceased_on >= designated_on),
    cease_reason TEXT CHECK (cease_reason IN ('term-ended','resigned','persuaded-to-withdraw','removed','other')),
    cease_note TEXT,
    candidate_id TEXT
  ) STRICT`.execute(db);
  await sql`CREATE INDEX committee_members_committee ON committee_members(committee_id) WHERE deleted_at IS NULL`.execute(db);
  // The list and the dashboard count serving and party members per committee from this index alone.
  await sql`CREATE INDEX committee_members_serving ON committee_members(committee_id, party_member) WHERE deleted_at IS NULL AND ceased_on IS NULL`.execute(db);
  // The one-seat rule looks a person up by ID number among serving members.
  await sql`CREATE INDEX committee_members_person ON committee_members(id_number) WHERE deleted_at IS NULL AND ceased_on IS NULL`.execute(db);

  await sql`CREATE TABLE committee_corrections (${META},
    committee_id TEXT NOT NULL REFERENCES committees(id),
    kind TEXT NOT NULL CHECK (kind IN ('correction','re-election')),
    decision TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    correction TEXT NOT NULL,
    corrected_on TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX committee_corrections_committee ON committee_corrections(committee_id)`.execute(db);

  await sql`CREATE TABLE committee_elections (${META},
    estate_id TEXT NOT NULL REFERENCES estates(id),
    committee_id TEXT REFERENCES committees(id),
    kind TEXT NOT NULL CHECK (kind IN ('first-election','re-election','by-election')),
    status TEXT NOT NULL CHECK (status IN ('vetting','publishing','result-entered')),
    publication_place TEXT,
    published_from TEXT,
    published_until TEXT,
    assembly_on TEXT,
    new_committee_id TEXT REFERENCES committees(id)
  ) STRICT`.execute(db);
  await sql`CREATE INDEX committee_elections_estate ON committee_elections(estate_id, created_at)`.execute(db);

  await sql`CREATE TABLE election_candidates (${META},
    election_id TEXT NOT NULL REFERENCES committee_elections(id),
    name TEXT NOT NULL,
    nomination TEXT NOT NULL CHECK (nomination IN ('owners','self','party-organisation')),
    ${BOOL('party_member')},
    phone TEXT,
    id_number TEXT NOT NULL,
    decision TEXT CHECK (decision IN ('passed','failed')),
    decision_reason TEXT,
    decided_by TEXT,
    decided_at TEXT,
    override TEXT,
    votes INTEGER CHECK (votes >= 0),
    elected INTEGER CHECK (elected IN (0, 1))
  ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX election_candidates_person ON election_candidates(election_id, id_number) WHERE deleted_at IS NULL`.execute(db);

  await sql`CREATE TABLE candidate_checks (${META},
    candidate_id TEXT NOT NULL REFERENCES election_candidates(id),
    item_key TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('met','not-met','pending')),
    checked_by TEXT NOT NULL,
    checked_on TEXT NOT NULL,
    evidence TEXT
  ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX candidate_checks_item ON candidate_checks(candidate_id, item_key) WHERE deleted_at IS NULL`.execute(db);

  await sql`CREATE TABLE candidate_opinions (${META},
    candidate_id TEXT NOT NULL REFERENCES election_candidates(id),
    department TEXT NOT NULL,
    opinion TEXT NOT NULL CHECK (opinion IN ('no-objection','objection')),
    note TEXT,
    given_on TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX candidate_opinions_department ON candidate_opinions(candidate_id, department) WHERE deleted_at IS NULL`.execute(db);

  await sql`CREATE TABLE election_objections (${META},
    election_id TEXT NOT NULL REFERENCES committee_elections(id),
    candidate_id TEXT REFERENCES election_candidates(id),
    received_on TEXT NOT NULL,
    content TEXT NOT NULL,
    resolution TEXT
  ) STRICT`.execute(db);
  await sql`CREATE INDEX election_objections_election ON election_objections(election_id)`.execute(db);

  // 履职评议: one per committee and half year (2026-H1); scores is a JSON object item key → points.
  await sql`CREATE TABLE committee_evaluations (${META},
    committee_id TEXT NOT NULL REFERENCES committees(id),
    half TEXT NOT NULL,
    evaluated_on TEXT NOT NULL,
    evaluators TEXT NOT NULL,
    scores TEXT NOT NULL,
    total INTEGER NOT NULL CHECK (total >= 0),
    verdict TEXT NOT NULL CHECK (verdict IN ('satisfactory','rectification','re-election-recommended')),
    rectification_due TEXT
  ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX committee_evaluations_half ON committee_evaluations(committee_id, half) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX committee_evaluations_by_half ON committee_evaluations(half, total)`.execute(db);

  await sql`CREATE TABLE training_sessions (${META},
    held_on TEXT NOT NULL,
    topic TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('law-lecture','mock-court','case-review','other')),
    trainer TEXT NOT NULL,
    place TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX training_sessions_held ON training_sessions(held_on)`.execute(db);
  await sql`CREATE TABLE training_attendance (${META},
    session_id TEXT NOT NULL REFERENCES training_sessions(id),
    member_id TEXT NOT NULL REFERENCES committee_members(id)
  ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX training_attendance_once ON training_attendance(session_id, member_id) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX training_attendance_member ON training_attendance(member_id)`.execute(db);

  // 劝退程序, one row per procedure, advanced step by step.
  await sql`CREATE TABLE withdrawal_procedures (${META},
    member_id TEXT NOT NULL REFERENCES committee_members(id),
    step TEXT NOT NULL CHECK (step IN ('proposed','talk-held','decided')),
    proposed_on TEXT NOT NULL,
    grounds TEXT NOT NULL,
    talk_on TEXT,
    talk_note TEXT,
    assembly_on TEXT,
    decision TEXT CHECK (decision IN ('withdraw','keep'))
  ) STRICT`.execute(db);
  await sql`CREATE INDEX withdrawal_procedures_member ON withdrawal_procedures(member_id)`.execute(db);
}
