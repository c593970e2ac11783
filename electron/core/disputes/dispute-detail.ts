import type { DeadlineRule } from '#shared/domain/disputes/deadlines';
import type { WorkCalendar } from '#shared/domain/disputes/work-calendar';
import { allowedTransitions } from '#shared/domain/disputes/dispute-lifecycle';
import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import { maskIdNumber, maskPhone } from '#shared/domain/disputes/masking';
import { idNumberFacts } from '#shared/domain/disputes/party-details';
import type { Db, Tx } from '../db/schema';
import { notFound } from '../errors';
import type { FieldCodec } from '../fieldcrypt/field-codec';
import { deadlinesOf, lateHotline } from './dispute-facts';
import * as repo from './disputes.repository';
import { detailsOf } from './party-record';

/** Reads one case whole; phone and ID numbers are opened (fieldcrypt/), then masked here in the core. */
export async function readDetail(db: Db | Tx, id: string, rules: readonly DeadlineRule[], now: Date, fields: FieldCodec, calendar?: WorkCalendar): Promise<DisputeDetail> {
  const d = await repo.findDispute(db, id);
  if (!d) throw notFound('纠纷案件');
  const ended = d.status === 'closed' || d.status === 'rejected' || d.status === 'withdrawn';
  const [names, parties, sessions, evidence, escalations, endedBy] = await Promise.all([
    repo.disputeNames(db, d),
    repo.listParties(db, id).then((rows) => fields.openAll('dispute_parties', rows)),
    repo.listSessions(db, id),
    repo.listEvidence(db, id),
    repo.listEscalations(db, id),
    ended ? repo.actorOfStatus(db, id, d.status) : Promise.resolve(null),
  ]);
  return {
    id: d.id,
    version: d.version,
    createdAt: d.created_at,
    updatedAt: d.updated_at,
    caseNo: d.case_no,
    status: d.status,
    allowedTransitions: [...allowedTransitions(d.status)],
    source: d.source,
    hotlineOrderNo: d.hotline_order_no,
    hotlineReceivedAt: d.hotline_received_at,
    hotlineDispatchedLate: lateHotline(d),
    receivedAt: d.received_at,
    estateId: d.estate_id,
    estateName: names.estate_name,
    companyId: d.company_id,
    companyName: names.company_name,
    category: d.category,
    tier: d.tier,
    suggestedTier: d.suggested_tier,
    tierReason: d.tier_reason,
    tierStartedAt: d.tier_started_at,
    description: d.description,
    mediatorId: d.mediator_id,
    mediatorName: names.mediator_name,
    assignedAt: d.assigned_at,
    outcomeAt: d.outcome_at,
    agreedTerms: d.agreed_terms,
    performance: d.performance,
    performanceDue: d.performance_due,
    failureReason: d.failure_reason,
    court: d.court_name && d.court_date ? { name: d.court_name, date: d.court_date, reference: d.court_reference ?? '' } : null,
    department: departmentOf(d),
    jointReferralAt: d.joint_referral_at,
    feedback: d.feedback_at && d.satisfaction ? { at: d.feedback_at, satisfaction: d.satisfaction, notes: d.feedback_notes } : null,
    returnVisitDueAt: d.return_visit_due_at,
    returnVisitAt: d.return_visit_at,
    returnVisitNotes: d.return_visit_notes,
    rejectionReason: d.rejection_reason,
    withdrawalReason: d.withdrawal_reason,
    closedAt: d.closed_at,
    endedBy,
    parties: parties.map((p) => {
      const facts = p.kind === 'person' ? idNumberFacts(p.id_number) : null;
      return {
        id: p.id,
        role: p.role,
        kind: p.kind,
        name: p.name,
        phoneMasked: p.phone ? maskPhone(p.phone) : null,
        idNumberMasked: p.id_number ? maskIdNumber(p.id_number) : null,
        companyId: p.company_id,
        ...detailsOf(p),
        idNumberGender: facts?.gender ?? null,
        idNumberGivesBirthDate: facts !== null,
      };
    }),
    sessions: sessions.map((s) => ({ id: s.id, heldAt: s.held_at, place: s.place, attendees: s.attendees, mediatorId: s.mediator_id, mediatorName: s.mediator_name, notes: s.notes })),
    evidence: evidence.map((e) => ({ id: e.id, name: e.name, providedBy: e.provided_by, receivedAt: e.received_at, notes: e.notes })),
    escalations: escalations.map((e) => ({ id: e.id, fromTier: e.from_tier, toTier: e.to_tier, reason: e.reason, escalatedAt: e.escalated_at, actor: e.actor ?? null })),
    deadlines: deadlinesOf(d, rules, now, calendar).deadlines,
  };
}

/** A referral (移交) if there is one, else the lead department of a joint referral (联合处置). */
function departmentOf(d: repo.DisputeRecord): DisputeDetail['department'] {
  const referredAt = d.department_referred_at ?? d.joint_referral_at;
  if (!d.department_name || !referredAt) return null;
  return { name: d.department_name, referredAt, result: d.department_result, resultAt: d.department_result_at, joint: d.department_referred_at === null };
}
