import type { ParsedInputOf } from '#shared/ipc/contract';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, notFound } from '../errors';
import { writeFileAtomic } from '../files/atomic-write';
import type { ServiceDeps } from '../service-deps';
import { buildCourtReferralSheet } from './documents/court-referral';
import { buildMediationAgreement } from './documents/mediation-agreement';
import * as repo from './disputes.repository';

/**
 * Writes the 人民调解协议书 or the court-referral sheet into `<data dir>/documents/`
 * and returns the path (files move by path, never as bytes over the contract).
 * The signed paper copy needs the parties' real contact details, so the document
 * carries them unmasked; it never leaves the office through a bundle.
 */
export type DisputeDocumentsService = ReturnType<typeof createDisputeDocumentsService>;

export function createDisputeDocumentsService(deps: ServiceDeps, documentsDir: string) {
  const { db } = deps;
  return {
    async export(input: ParsedInputOf<'disputes:export-document'>) {
      const d = await repo.findDispute(db, input.id);
      if (!d) throw notFound('纠纷案件');
      const [parties, sessions, evidence, office, names] = await Promise.all([
        repo.listParties(db, d.id),
        repo.listSessions(db, d.id),
        repo.listEvidence(db, d.id),
        repo.officeName(db),
        repo.disputeNames(db, d),
      ]);
      const committeeName = `${office}人民调解委员会`;
      const docParties = parties.map((p) => ({ role: p.role, kind: p.kind, name: p.name, phone: p.phone, idNumber: p.id_number }));
      const mediators = [...new Set([names.mediator_name, ...sessions.map((s) => s.mediator_name)].filter((n): n is string => !!n))];
      let bytes: Buffer;
      let title: string;
      if (input.kind === 'agreement') {
        if (!d.agreed_terms || !d.performance || !d.performance_due) throw new AppError('forbidden-transition', '该案件还没有记录调解成功的协议内容、履行方式和履行期限，不能生成调解协议书。');
        title = '人民调解协议书';
        bytes = await buildMediationAgreement({
          caseNo: d.case_no,
          committeeName,
          parties: docParties,
          facts: d.description,
          terms: d.agreed_terms.split(/\n+/).map((t) => t.trim()).filter(Boolean),
          performance: { method: d.performance, dueBy: d.performance_due },
          mediators,
          signedAt: d.outcome_at ?? deps.ports.clock.now().toISOString(),
        });
      } else {
        if (d.status !== 'failed' && !d.failure_reason) throw new AppError('forbidden-transition', '只有调解不成的案件才能生成诉调对接移送单。');
        title = '诉调对接移送单';
        bytes = await buildCourtReferralSheet({
          caseNo: d.case_no,
          committeeName,
          court: d.court_name ?? '（待填写）',
          referralRef: d.court_reference,
          category: d.category,
          receivedAt: d.received_at,
          referredAt: d.court_date ?? deps.ports.clock.now().toISOString(),
          parties: docParties,
          facts: d.description,
          sessions: sessions.map((s) => ({ heldAt: s.held_at, place: s.place, summary: s.notes })),
          failureReason: d.failure_reason ?? '',
          evidence: evidence.map((e) => e.name),
          mediators,
        });
      }
      const fileName = `${d.case_no}-${title}.docx`;
      mkdirSync(documentsDir, { recursive: true });
      const file = join(documentsDir, fileName);
      // Partial, fsync, rename: a half-written document never carries the final name.
      writeFileAtomic(file, bytes);
      return { file, fileName };
    },
  };
}
