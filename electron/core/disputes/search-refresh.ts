import type { Tx } from '../db/schema';
import * as repo from './disputes.repository';
import { searchDocument } from './search-document';

/** Rebuilds a case's search entry from its current description, parties, notes and evidence. */
export async function refreshSearch(trx: Tx, disputeId: string, replace: boolean): Promise<void> {
  const d = await repo.findDispute(trx, disputeId);
  if (!d) return;
  const [parties, sessions, evidence] = await Promise.all([repo.listParties(trx, disputeId), repo.listSessions(trx, disputeId), repo.listEvidence(trx, disputeId)]);
  const tokens = searchDocument({
    description: d.description,
    caseNo: d.case_no,
    hotlineOrderNo: d.hotline_order_no,
    parties: parties.map((p) => p.name),
    notes: [...sessions.map((s) => s.notes), ...evidence.map((e) => [e.name, e.notes ?? ''].join(' '))],
  });
  await repo.writeSearchTokens(trx, d.search_key, tokens, replace);
}
