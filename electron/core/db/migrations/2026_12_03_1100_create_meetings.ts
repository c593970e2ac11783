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
  // Meeting kinds as data: one row per office once the director edits them (the
  // published defaults apply until then). `kinds` is a JSON array of kinds.
  await sql`CREATE TABLE meeting_kind_rules (${META},
    kinds TEXT NOT NULL
  ) STRICT`.execute(db);

  // One meeting. `kind` is a kind's key from the rules (editable data, so no CHECK);
  // `meeting_date` is the China calendar date of `starts_at`, kept for period counts.
  await sql`CREATE TABLE meetings (${META},
    kind TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('estate','community','street')),
    estate_id TEXT REFERENCES estates(id),
    community_id TEXT REFERENCES communities(id),
    committee_id TEXT REFERENCES committees(id),
    title TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('planned','held','cancelled')),
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL CHECK (ends_at > starts_at),
    meeting_date TEXT NOT NULL,
    place TEXT NOT NULL,
    host_name TEXT NOT NULL,
    host_staff_id TEXT REFERENCES staff(id),
    recorder_name TEXT NOT NULL,
    recorder_staff_id TEXT REFERENCES staff(id),
    notes TEXT,
    minutes_status TEXT NOT NULL CHECK (minutes_status IN ('draft','submitted','approved','locked')),
    submitted_at TEXT,
    submitted_by TEXT,
    approved_at TEXT,
    approved_by TEXT,
    approver_name TEXT,
    locked_at TEXT,
    locked_by TEXT,
    minutes_hash TEXT,
    CHECK (scope <> 'estate' OR estate_id IS NOT NULL),
    CHECK (scope <> 'community' OR community_id IS NOT NULL),
    CHECK (minutes_status <> 'locked' OR minutes_hash IS NOT NULL)
  ) STRICT`.execute(db);
  // The period view reads held meetings of a date range by this index alone.
  await sql`CREATE INDEX meetings_held ON meetings(meeting_date, kind, scope, estate_id, community_id) WHERE deleted_at IS NULL AND status = 'held'`.execute(db);
  await sql`CREATE INDEX meetings_starts ON meetings(starts_at) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX meetings_estate ON meetings(estate_id, starts_at) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX meetings_community ON meetings(community_id, starts_at) WHERE deleted_at IS NULL`.execute(db);

  // Invited attendees (and those present uninvited, with the reason). `attendance`
  // is NULL until it is taken.
  await sql`CREATE TABLE meeting_attendees (${META},
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    position INTEGER NOT NULL CHECK (position >= 0),
    name TEXT NOT NULL,
    side TEXT NOT NULL,
    organisation TEXT,
    committee_member_id TEXT REFERENCES committee_members(id),
    staff_id TEXT REFERENCES staff(id),
    ${BOOL('invited')},
    attendance TEXT CHECK (attendance IN ('present','absent','apologies')),
    uninvited_reason TEXT,
    CHECK (invited = 1 OR (attendance = 'present' AND uninvited_reason IS NOT NULL))
  ) STRICT`.execute(db);
  await sql`CREATE INDEX meeting_attendees_meeting ON meeting_attendees(meeting_id, position) WHERE deleted_at IS NULL`.execute(db);

  // 议题征集: a topic waits (collected), goes onto a meeting's agenda (scheduled), is
  // settled by one of its resolutions (resolved) and is followed up (completed).
  await sql`CREATE TABLE meeting_topics (${META},
    title TEXT NOT NULL,
    description TEXT,
    source TEXT NOT NULL CHECK (source IN ('resident-request','committee','company','dispute','inspection','other')),
    case_id TEXT REFERENCES disputes(id),
    matter_kind TEXT NOT NULL CHECK (matter_kind IN ('public-revenue','fee-adjustment','facility-renovation','parking','environment','other')),
    received_at TEXT NOT NULL,
    requester TEXT,
    estate_id TEXT REFERENCES estates(id),
    community_id TEXT REFERENCES communities(id),
    meeting_id TEXT REFERENCES meetings(id),
    resolution_id TEXT REFERENCES meeting_resolutions(id),
    status TEXT NOT NULL CHECK (status IN ('collected','scheduled','resolved','completed')),
    completed_on TEXT,
    CHECK (source <> 'dispute' OR case_id IS NOT NULL),
    CHECK (status = 'collected' OR meeting_id IS NOT NULL),
    CHECK (status NOT IN ('resolved','completed') OR resolution_id IS NOT NULL)
  ) STRICT`.execute(db);
  await sql`CREATE INDEX meeting_topics_status ON meeting_topics(status, received_at) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX meeting_topics_meeting ON meeting_topics(meeting_id) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX meeting_topics_case ON meeting_topics(case_id) WHERE case_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX meeting_topics_estate ON meeting_topics(estate_id, received_at) WHERE deleted_at IS NULL`.execute(db);

  await sql`CREATE TABLE meeting_agenda_items (${META},
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    position INTEGER NOT NULL CHECK (position >= 0),
    title TEXT NOT NULL,
    topic_id TEXT REFERENCES meeting_topics(id),
    discussion TEXT
  ) STRICT`.execute(db);
  await sql`CREATE INDEX meeting_agenda_items_meeting ON meeting_agenda_items(meeting_id, position) WHERE deleted_at IS NULL`.execute(db);

  // A resolution (决议) with its vote where one was taken; `outcome` follows the kind's rule.
  await sql`CREATE TABLE meeting_resolutions (${META},
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    position INTEGER NOT NULL CHECK (position >= 0),
    content TEXT NOT NULL,
    topic_id TEXT REFERENCES meeting_topics(id),
    ${BOOL('vote_taken')},
    votes_for INTEGER CHECK (votes_for >= 0),
    votes_against INTEGER CHECK (votes_against >= 0),
    votes_abstain INTEGER CHECK (votes_abstain >= 0),
    outcome TEXT CHECK (outcome IN ('passed','rejected','agreed')),
    CHECK (vote_taken = 0 OR outcome IS NULL OR (votes_for IS NOT NULL AND votes_against IS NOT NULL AND votes_abstain IS NOT NULL))
  ) STRICT`.execute(db);
  await sql`CREATE INDEX meeting_resolutions_meeting ON meeting_resolutions(meeting_id, position) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX meeting_resolutions_topic ON meeting_resolutions(topic_id) WHERE topic_id IS NOT NULL`.execute(db);

  // A dated correction to locked minutes, signed by the approver; appended, never edited.
  await sql`CREATE TABLE meeting_addenda (${META},
    meeting_id TEXT NOT NULL REFERENCES meetings(id),
    added_on TEXT NOT NULL,
    content TEXT NOT NULL,
    signed_by TEXT NOT NULL,
    signer_name TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX meeting_addenda_meeting ON meeting_addenda(meeting_id, added_on)`.execute(db);
}
