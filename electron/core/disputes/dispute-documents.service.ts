import { agreedTermLines } from '#shared/domain/disputes/agreed-terms';
import { DOCUMENT_TITLES, agreementProblem, courtReferralProblem } from '#shared/domain/disputes/document-requirements';
import { withIdNumberFacts } from '#shared/domain/disputes/party-details';
import { committeeNameOf } from '#shared/domain/registry/registry.schema';
import type { ParsedInputOf } from '#shared/ipc/contract';
import type { DocumentDesk } from '../documents/document-desk';
import { AppError, notFound } from '../errors';
import { getOffice } from '../registry/office.repository';
import { nowIso, type ServiceDeps } from '../service-deps';
import { buildCourtReferralSheet } from './documents/court-referral';
import type { DocumentParty } from './documents/docx-parts';
import { buildMediationAgreement } from './documents/mediation-agreement';
import * as repo from './disputes.repository';
import { agreementPartyOfRow, detailsOf } from './party-record';
import { createCategoryRulesService, type CategoryRulesService } from './category-rules.service';

/**
 * Writes the 人民调解协议书 or the court-referral sheet into `<data dir>/documents/`
 * through the document desk (documents/document-desk.ts: logged, then given the id
 * 打开/打印 use). The signed paper copy needs
 * the parties' real contact details, so the document carries phone and ID numbers
 * unmasked; it never leaves the office through a bundle, and the log entry says
 * who, which document, which case and which fields are in clear — not the values.
 */
export type DisputeDocumentsService = ReturnType<typeof createDisputeDocumentsService>;

export function createDisputeDocumentsService(deps: ServiceDeps, desk: DocumentDesk, categories: CategoryRulesService = createCategoryRulesService()) {
  const { db } = deps;

  return {
    async export(input: ParsedInputOf<'disputes:export-document'>, actor: string) {
      const d = await repo.findDispute(db, input.id);
      if (!d) throw notFound('纠纷案件');
      const [parties, sessions, evidence, office, names] = await Promise.all([
        // The paper copy carries the full numbers: opened here in the core (fieldcrypt/).
        repo.listParties(db, d.id).then((rows) => deps.fields.openAll('dispute_parties', rows)),
        repo.listSessions(db, d.id),
        repo.listEvidence(db, d.id),
        getOffice(db),
        repo.disputeNames(db, d),
      ]);
      if (!office) throw notFound('街道信息');
      const committeeName = committeeNameOf({ name: office.name, committeeName: office.committee_name });
      const docParties: DocumentParty[] = parties.map((p) => {
        // Where the clerk left gender or birth date empty, a valid ID number gives them (never stored from it).
        const { fromId: _fromId, ...details } = withIdNumberFacts(detailsOf(p), p.kind === 'person' ? p.id_number : null);
        return { role: p.role, kind: p.kind, name: p.name, phone: p.phone, idNumber: p.id_number, ...details };
      });
      const mediators = [...new Set([names.mediator_name, ...sessions.map((s) => s.mediator_name)].filter((n): n is string => !!n))];
      let bytes: Buffer;
      if (input.kind === 'agreement') {
        const problem = agreementProblem({ agreedTerms: d.agreed_terms, performance: d.performance, performanceDue: d.performance_due }, parties.map(agreementPartyOfRow));
        if (problem) throw new AppError('forbidden-transition', problem);
        bytes = await buildMediationAgreement({
          caseNo: d.case_no,
          committeeName,
          parties: docParties,
          facts: d.description,
          terms: agreedTermLines(d.agreed_terms!).lines,
          performance: { method: d.performance!, dueBy: d.performance_due! },
          mediators,
          signedAt: d.outcome_at ?? nowIso(deps),
        });
      } else {
        const problem = courtReferralProblem({ status: d.status, failureReason: d.failure_reason }, { contactName: office.contact_name, contactPhone: office.contact_phone });
        if (problem) throw new AppError('forbidden-transition', problem);
        bytes = await buildCourtReferralSheet({
          caseNo: d.case_no,
          committeeName,
          court: d.court_name ?? '（待填写）',
          referralRef: d.court_reference,
          category: d.category,
          categoryLabel: (await categories.labels())[d.category],
          receivedAt: d.received_at,
          referredAt: d.court_date ?? nowIso(deps),
          parties: docParties,
          facts: d.description,
          sessions: sessions.map((s) => ({ heldAt: s.held_at, place: s.place, summary: s.notes })),
          failureReason: d.failure_reason ?? '',
          evidence: evidence.map((e) => e.name),
          mediators,
          contact: { name: office.contact_name!, phone: office.contact_phone!, address: office.address },
        });
      }
      const unmasked = [parties.some((p) => p.phone) && 'phone', parties.some((p) => p.id_number) && 'idNumber'].filter((f): f is string => !!f);
      return desk.write(
        { kind: input.kind, name: `${d.case_no}-${DOCUMENT_TITLES[input.kind]}`, bytes, entityId: d.id, subject: d.case_no, record: { dispute_id: d.id, case_no: d.case_no, unmasked } },
        actor,
      );
    },

    /** Opens a generated document with the desktop's program (Word, WPS), by the id `export` issued. */
    open: (input: ParsedInputOf<'disputes:open-document'>, actor: string) => desk.open(input.documentId, 'disputes', actor),
  };
}
