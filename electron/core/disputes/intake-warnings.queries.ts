import { sql } from 'kysely';
import { TERMINAL_STATUSES } from '#shared/domain/disputes/dispute-lifecycle';
import type { CaseCandidate } from '#shared/domain/disputes/intake-warnings';
import type { DisputeCategory, DisputeStatus } from '#shared/domain/disputes/disputes.schema';
import type { Db } from '../db/schema';

/**
 * The open cases about one estate and category (newest first, at most 200: by the
 * estate index), each with its applicants' names and the keyed hashes of their ID numbers and phones.
 */
export async function openCasesAbout(db: Db, estateId: string, category: DisputeCategory): Promise<CaseCandidate[]> {
  const cases = await db
    .selectFrom('disputes')
    .select(['id', 'case_no', 'status'])
    .where('estate_id', '=', estateId)
    .where('category', '=', category)
    .where('deleted_at', 'is', null)
    .where('status', 'not in', [...TERMINAL_STATUSES])
    .orderBy('received_at', 'desc')
    .limit(200)
    .execute();
  if (cases.length === 0) return [];
  const parties = await sql<{ dispute_id: string; name: string; id_number_hash: string | null; phone_hash: string | null }>`
    SELECT p.dispute_id, p.name, p.id_number_hash, l.phone_hash
      FROM dispute_parties p LEFT JOIN dispute_phone_lookup l ON l.party_id = p.id
     WHERE p.dispute_id IN (${sql.join(cases.map((c) => c.id))}) AND p.role = 'applicant' AND p.deleted_at IS NULL`.execute(db);
  return cases.map((c) => ({
    id: c.id,
    caseNo: c.case_no,
    status: c.status as DisputeStatus,
    applicants: parties.rows.filter((p) => p.dispute_id === c.id).map((p) => ({ name: p.name, idNumberHash: p.id_number_hash, phoneHash: p.phone_hash })),
  }));
}
