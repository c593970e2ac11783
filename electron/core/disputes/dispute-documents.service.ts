import { agreedTermLines } from '#shared/domain/disputes/agreed-terms';
import { DOCUMENT_TITLES, agreementProblem, courtReferralProblem } from '#shared/domain/disputes/document-requirements';
import { withIdNumberFacts } from '#shared/domain/disputes/party-details';
import { committeeNameOf } from '#shared/domain/registry/registry.schema';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { appendChange } from '../changes/change-log.repository';
import { AppError, notFound } from '../errors';
import { commitPartial, removeQuietly, targetError, writePartial } from '../files/atomic-write';
import type { DocumentOpener } from '../ports';
import { getOffice } from '../registry/office.repository';
import { nowIso, type ServiceDeps } from '../service-deps';
import { buildCourtReferralSheet } from './documents/court-referral';
import type { DocumentParty } from './documents/docx-parts';
import { buildMediationAgreement } from './documents/mediation-agreement';
import * as repo from './disputes.repository';
import { issuedDocuments } from './issued-documents';
import { agreementPartyOfRow, detailsOf } from './party-record';
import { createCategoryRulesService, type CategoryRulesService } from './category-rules.service';

/**
 * The change-log entity of a generated document: deliberately not a table name,
 * so checks that compare tables with their latest entries never mistake the
 * entry for a record version (its action is `reveal`, as the phone/ID reveal's).
 */
export const GENERATED_DOCUMENT_ENTITY = 'generated-document';
/** A generated document opened (打开/打印) or downloaded: what 删除已打印 goes by (documents/). */
export const GENERATED_DOCUMENT_OPENED = 'generated-document-opened';

/**
 * Writes the 人民调解协议书 or the court-referral sheet into `<data dir>/documents/`
 * and returns its path and an opaque id for 打开/打印 (files move by path or by a
 * core-issued id, never as bytes over the contract). The signed paper copy needs
 * the parties' real contact details, so the document carries phone and ID numbers
 * unmasked; it never leaves the office through a bundle, and each generation is
 * written to the change log (who, which document, which case — not the values).
 */
export type DisputeDocumentsService = ReturnType<typeof createDisputeDocumentsService>;

export function createDisputeDocumentsService(deps: ServiceDeps, documentsDir: string, opener?: DocumentOpener, categories: CategoryRulesService = createCategoryRulesService()) {
  const { db } = deps;
  const issued = issuedDocuments(documentsDir);

  /** Who opened or downloaded which document (never its content), so the director knows what was printed. */
  const logOpened = (doc: { fileName: string; disputeId: string }, actor: string, how: 'open' | 'download') =>
    db.transaction().execute((trx) =>
      appendChange(trx, { at: nowIso(deps), actor, entity: GENERATED_DOCUMENT_OPENED, entityId: doc.disputeId, action: 'reveal', record: { file_name: doc.fileName, how } }),
    );

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
      const fileName = `${d.case_no}-${DOCUMENT_TITLES[input.kind]}.docx`;
      mkdirSync(documentsDir, { recursive: true, mode: 0o700 });
      const file = join(documentsDir, fileName);
      const unmasked = [parties.some((p) => p.phone) && 'phone', parties.some((p) => p.id_number) && 'idNumber'].filter((f): f is string => !!f);
      // Written and fsynced first, logged, then renamed: a failed or killed log write
      // leaves at most a `.partial` (removed at the next start), never a document
      // with phone and ID numbers in clear that the change log does not show.
      let partial: string | null = null;
      try {
        partial = writePartial(file, bytes);
        await db.transaction().execute((trx) =>
          appendChange(trx, {
            at: nowIso(deps),
            actor,
            entity: GENERATED_DOCUMENT_ENTITY,
            entityId: d.id,
            action: 'reveal',
            record: { dispute_id: d.id, case_no: d.case_no, kind: input.kind, file_name: fileName, unmasked },
          }),
        );
        commitPartial(partial, file);
        partial = null;
      } catch (error) {
        if (partial) removeQuietly(partial);
        throw targetError(error, documentsDir);
      }
      return { file, fileName, documentId: issued.issue({ file, fileName, disputeId: d.id }) };
    },

    /** A generated document's name and bytes by the id `export` issued (the host's download), or null; the download is logged. */
    async read(documentId: string, actor: string) {
      const doc = issued.find(documentId);
      const read = doc ? issued.read(documentId) : null;
      if (doc && read) await logOpened(doc, actor, 'download');
      return read;
    },

    /** Opens a generated document with the desktop's program (Word, WPS), by the id `export` issued. */
    async open(input: ParsedInputOf<'disputes:open-document'>, actor: string) {
      const doc = issued.find(input.documentId);
      if (!doc) throw new AppError('not-found', '找不到这份文书：程序重新启动过，或文件已被移走。请重新生成后再打开。');
      if (!opener) throw new AppError('forbidden', '这里不能直接用本机程序打开文件，请点击「打开」下载后再打开。');
      const problem = await opener.open(doc.file);
      if (!problem) await logOpened(doc, actor, 'open');
      if (problem) {
        throw new AppError('internal', `无法打开「${doc.fileName}」：电脑上可能没有能打开 Word 文档（.docx）的程序，请安装 WPS 或 Microsoft Word。文件保存在数据目录的 documents 文件夹中。（系统提示：${problem}）`);
      }
      return { fileName: doc.fileName };
    },
  };
}
