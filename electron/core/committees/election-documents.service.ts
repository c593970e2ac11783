import { ELECTION_KIND_LABELS, NOMINATION_LABELS } from '#shared/domain/committees/election-actions';
import { POSITION_LABELS } from '#shared/domain/committees/committees.schema';
import { CHECK_RESULT_LABELS, DECISION_LABELS, OPINION_LABELS } from '#shared/domain/committees/vetting';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import type { ParsedInputOf } from '#shared/ipc/contract';
import type { GeneratedDocumentKind } from '#shared/domain/documents/document-kinds';
import type { DocumentDesk } from '../documents/document-desk';
import { AppError, fieldError, notFound } from '../errors';
import { getOffice } from '../registry/office.repository';
import type { ServiceDeps } from '../service-deps';
import type { CommitteeRulesService } from './committee-rules.service';
import { buildPublicationNotice } from './documents/publication-notice';
import { buildVettingForm } from './documents/vetting-form';
import { estateFacts, membersOf } from './committees.repository';
import { vettingOf } from './election-detail';
import { candidatesOf, findElection } from './elections.repository';

export type ElectionDocumentsService = ReturnType<typeof createElectionDocumentsService>;

/** The logged kind of each paper (two domains print a 结果公示, so the log's names are the domain's own). */
const KIND: Record<ParsedInputOf<'committees:export-document'>['kind'], GeneratedDocumentKind> = {
  'vetting-form': 'vetting-form',
  'candidate-notice': 'candidate-notice',
  'result-notice': 'election-result-notice',
};

/**
 * Writes the 候选人资格审查表 and the 候选人公示 / 选举结果公示 as .docx through the
 * document desk (into `<data dir>/documents/`, logged, opened by id). The vetting
 * form is an office paper: it carries the ID number in full, as the disputes'
 * signed papers do; it never leaves in a bundle, and its log entry says so.
 */
export function createElectionDocumentsService(deps: ServiceDeps, rules: CommitteeRulesService, desk: DocumentDesk) {
  const { db } = deps;
  return {
    async export(input: ParsedInputOf<'committees:export-document'>, actor: string) {
      const e = await findElection(db, input.electionId);
      if (!e) throw notFound('选举');
      // The vetting form carries the full ID number: opened here in the core (fieldcrypt/).
      const [office, estate, candidates, active] = await Promise.all([
        getOffice(db), estateFacts(db, e.estate_id), candidatesOf(db, e.id).then((rows) => deps.fields.openAll('election_candidates', rows)), rules.active(),
      ]);
      const officeName = `${office?.name ?? ''}办事处`;
      const estateName = estate?.name ?? '';
      const kind = ELECTION_KIND_LABELS[e.kind];
      const today = shanghaiDate(deps.ports.clock.now());
      let bytes: Buffer;
      let name: string;
      let unmasked: string[] = [];
      if (input.kind === 'vetting-form') {
        const c = candidates.find((x) => x.id === input.candidateId);
        if (!input.candidateId || !c) throw fieldError(['candidateId'], '请选择本次选举的候选人');
        const v = await vettingOf(db, e.id);
        const checks = new Map(v.checks(c.id).map((k) => [k.item_key, k]));
        const opinions = new Map(v.opinions(c.id).map((o) => [o.department, o]));
        name = `${estateName}-候选人资格审查表-${c.name}`;
        unmasked = [c.phone && 'phone', c.id_number && 'idNumber'].filter((f): f is string => !!f);
        bytes = await buildVettingForm({
          officeName, estateName, electionKind: kind,
          candidate: { name: c.name, nomination: NOMINATION_LABELS[c.nomination], partyMember: c.party_member === 1, idNumber: c.id_number, phone: c.phone },
          checks: active.checklist.map((item) => {
            const k = checks.get(item.key);
            return { label: item.label, required: item.required, result: CHECK_RESULT_LABELS[k?.result ?? 'pending'], checkedOn: k?.checked_on ?? null, checkedBy: k?.checked_by ?? null, evidence: k?.evidence ?? null };
          }),
          opinions: active.departments.map((d) => {
            const o = opinions.get(d);
            return { department: d, opinion: o ? OPINION_LABELS[o.opinion] : '未反馈', note: o?.note ?? null, givenOn: o?.given_on ?? null };
          }),
          decision: { result: c.decision ? DECISION_LABELS[c.decision] : '尚未作出', reason: c.decision_reason, override: c.override, decidedBy: c.decided_by, decidedAt: c.decided_at },
        });
      } else if (input.kind === 'candidate-notice') {
        if (!e.published_from || !e.published_until) throw new AppError('forbidden-transition', '名单尚未公示，不能生成候选人公示');
        name = `${estateName}-候选人公示`;
        bytes = await buildPublicationNotice({
          kind: 'candidate-notice', officeName, estateName, electionKind: kind, from: e.published_from, until: e.published_until, place: e.publication_place ?? '',
          candidates: candidates.filter((c) => c.decision === 'passed').map((c) => ({ name: c.name, nomination: NOMINATION_LABELS[c.nomination], partyMember: c.party_member === 1 })),
          issuedOn: e.published_from,
        });
      } else {
        if (!e.assembly_on || !e.new_committee_id) throw new AppError('forbidden-transition', '尚未录入选举结果，不能生成选举结果公示');
        const members = new Map((await membersOf(db, e.new_committee_id)).map((m) => [m.candidate_id, m]));
        name = `${estateName}-选举结果公示`;
        bytes = await buildPublicationNotice({
          kind: 'result-notice', officeName, estateName, electionKind: kind, assemblyOn: e.assembly_on,
          elected: candidates
            .filter((c) => c.elected === 1)
            .map((c) => ({ name: c.name, position: POSITION_LABELS[members.get(c.id)?.position ?? 'member'], votes: c.votes ?? 0, partyMember: c.party_member === 1 })),
          issuedOn: today,
        });
      }
      return desk.write(
        {
          kind: KIND[input.kind], name, bytes, entityId: e.id, subject: `${estateName} ${kind}`,
          record: { election_id: e.id, ...(input.kind === 'vetting-form' ? { candidate_id: input.candidateId, unmasked } : {}) },
        },
        actor,
      );
    },

    open: (input: ParsedInputOf<'committees:open-document'>, actor: string) => desk.open(input.documentId, 'committees', actor),
  };
}
