// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

const SERVING = (party: boolean) =>
  sql.raw(`(SELECT count(*) FROM committee_members m WHERE m.committee_id = committees.id AND m.deleted_at IS NULL AND m.ceased_on IS NULL${party ? ' AND m.party_member = 1' : ''})`);
const LAST_SCORE = sql.raw(
  `(SELECT v.total FROM committee_evaluations v WHERE v.committee_id = committees.id AND v.deleted_at IS NULL ORDER BY v.half DESC LIMIT 1)`,
);

export async function up(db: Kysely<unknown>): Promise<void> {
  // The committees list sorts and filters by party share and last score, and the
  // dashboard checks every committee's composition: counting members and looking up
  // evaluations per committee on each page cost 20–60 ms at 2,000 committees. The
  // counts are kept on the committee row by triggers, so no service can forget one;
  // they are derived (never logged, never exported).
  await sql`ALTER TABLE committees ADD COLUMN serving_members INTEGER NOT NULL DEFAULT 0`.execute(db);
  await sql`ALTER TABLE committees ADD COLUMN serving_party_members INTEGER NOT NULL DEFAULT 0`.execute(db);
  await sql`ALTER TABLE committees ADD COLUMN last_score INTEGER`.execute(db);
  await sql`UPDATE committees SET serving_members = ${SERVING(false)}, serving_party_members = ${SERVING(true)}, last_score = ${LAST_SCORE}`.execute(db);

  const members = sql`UPDATE committees SET serving_members = ${SERVING(false)}, serving_party_members = ${SERVING(true)}`;
  await sql`CREATE TRIGGER committee_members_counted_insert AFTER INSERT ON committee_members BEGIN ${members} WHERE id = NEW.committee_id; END`.execute(db);
  await sql`CREATE TRIGGER committee_members_counted_update AFTER UPDATE OF committee_id, party_member, ceased_on, deleted_at ON committee_members
    BEGIN ${members} WHERE id IN (OLD.committee_id, NEW.committee_id); END`.execute(db);
  await sql`CREATE TRIGGER committee_members_counted_delete AFTER DELETE ON committee_members BEGIN ${members} WHERE id = OLD.committee_id; END`.execute(db);

  const score = sql`UPDATE committees SET last_score = ${LAST_SCORE}`;
  await sql`CREATE TRIGGER committee_evaluations_scored_insert AFTER INSERT ON committee_evaluations BEGIN ${score} WHERE id = NEW.committee_id; END`.execute(db);
  await sql`CREATE TRIGGER committee_evaluations_scored_update AFTER UPDATE OF committee_id, half, total, deleted_at ON committee_evaluations
    BEGIN ${score} WHERE id IN (OLD.committee_id, NEW.committee_id); END`.execute(db);
  await sql`CREATE TRIGGER committee_evaluations_scored_delete AFTER DELETE ON committee_evaluations BEGIN ${score} WHERE id = OLD.committee_id; END`.execute(db);

  // The list's order by term end over current committees (the condition the list filters by).
  await sql`CREATE INDEX committees_current_term_end ON committees(term_end) WHERE deleted_at IS NULL AND status <> 'dissolved'`.execute(db);
}
