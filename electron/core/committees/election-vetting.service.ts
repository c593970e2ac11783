import type { ElectionDetail } from '#shared/domain/committees/committee-views';
import { ELECTION_KIND_LABELS } from '#shared/domain/committees/election-actions';
import { checkVettingDecision } from '#shared/domain/committees/vetting';
import { idNumberProblem } from '#shared/domain/disputes/id-number';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import type { ParsedInputOf } from '#shared/ipc/contract';
import type { Principal } from '../call-context';
import { newRecord } from '../db/record-columns';
import { insertRecord, updateRecord } from '../db/record-store';
import type { Db, Tx } from '../db/schema';
import { AppError, fieldError } from '../errors';
import type { ServiceDeps } from '../service-deps';
import type { CommitteeRulesService } from './committee-rules.service';
import { officeWrite, metaOf, type WriteCtx } from '../office-write';
import { currentCommitteeOfEstate, estateFacts } from './committees.repository';
import { readElectionDetail, vettingOf } from './election-detail';
import { candidateOf, electionFor } from './election-guard';
import { candidateByIdNumber, findCheck, findOpinion, listElections, openElectionOfEstate } from './elections.repository';

export type ElectionVettingService = ReturnType<typeof createElectionVettingService>;

/** Who may give the written override of a department's objection: the director (and the local system user). */
const OVERRIDERS = new Set<Principal['role']>(['director', 'system']);

/** Elections and the candidate register: nomination, the checklist, the joint review and the vetting decision. */
export function createElectionVettingService(deps: ServiceDeps, rules: CommitteeRulesService) {
  const { db } = deps;
  const today = () => shanghaiDate(deps.ports.clock.now());

  const detail = async (id: string, q: Db | Tx = db): Promise<ElectionDetail> => readElectionDetail(q, id, await rules.active(q), today(), deps.fields);

  async function write(actor: string, work: (ctx: WriteCtx) => Promise<string>): Promise<ElectionDetail> {
    return detail(await officeWrite(deps, actor, work));
  }

  return {
    detail,
    async list(estateId?: string) {
      const rows = await listElections(db, estateId);
      return rows.map((r) => ({ id: r.id, estateId: r.estate_id, estateName: r.estate_name, kind: r.kind, status: r.status, candidates: Number(r.candidates), createdAt: r.created_at }));
    },

    create(input: ParsedInputOf<'committees:create-election'>, actor: string) {
      return write(actor, async (ctx) => {
        if (!(await estateFacts(ctx.trx, input.estateId))) throw fieldError(['estateId'], '该小区不存在或已删除，请重新选择');
        const open = await openElectionOfEstate(ctx.trx, input.estateId);
        if (open) throw fieldError(['estateId'], `该小区已有一次${ELECTION_KIND_LABELS[open.kind]}正在进行，请在原选举中继续`);
        const current = await currentCommitteeOfEstate(ctx.trx, input.estateId);
        if (input.kind === 'first-election' && current?.kind === 'owners-committee') throw fieldError(['kind'], '该小区已有业主委员会，应为换届选举或补选');
        if (input.kind !== 'first-election' && !current) throw fieldError(['kind'], '该小区没有当前的业委会，应为首次选举');
        const row = {
          ...newRecord(deps.ports.ids, ctx.officeId, ctx.at),
          estate_id: input.estateId, committee_id: current?.id ?? null, kind: input.kind, status: 'vetting' as const,
          publication_place: null, published_from: null, published_until: null, assembly_on: null, new_committee_id: null,
        };
        await insertRecord(ctx.trx, 'committee_elections', row, metaOf(ctx, '选举'));
        return row.id;
      });
    },

    addCandidate(input: ParsedInputOf<'committees:add-candidate'>, actor: string) {
      return write(actor, async (ctx) => {
        const { e } = await electionFor(ctx.trx, input.electionId, 'add-candidate', ctx.today);
        const idProblem = idNumberProblem(input.idNumber, ctx.today);
        if (idProblem) throw fieldError(['idNumber'], idProblem);
        const twice = await candidateByIdNumber(ctx.trx, e.id, await deps.fields.hash('id-number', input.idNumber));
        if (twice) throw fieldError(['idNumber'], `此人已是本次选举的候选人（${twice.name}），不能重复提名`);
        await insertRecord(ctx.trx, 'election_candidates', await deps.fields.seal('election_candidates', {
          ...newRecord(deps.ports.ids, ctx.officeId, ctx.at),
          election_id: e.id, name: input.name, nomination: input.nomination, party_member: input.partyMember ? 1 : 0, phone: input.phone, id_number: input.idNumber,
          decision: null, decision_reason: null, decided_by: null, decided_at: null, override: null, votes: null, elected: null,
        }), metaOf(ctx, '候选人'));
        return e.id;
      });
    },

    recordCheck(input: ParsedInputOf<'committees:record-check'>, actor: string) {
      return write(actor, async (ctx) => {
        const { e } = await electionFor(ctx.trx, input.electionId, 'vet', ctx.today);
        const c = await candidateOf(ctx.trx, e.id, input.candidateId);
        const item = (await rules.active(ctx.trx)).checklist.find((i) => i.key === input.itemKey);
        if (!item) throw fieldError(['itemKey'], '审查清单中没有这一项，请刷新后重新选择');
        if (c.decision !== null) throw new AppError('forbidden-transition', `「${c.name}」已作出审查结论，不能再修改「${item.label}」`);
        if (input.checkedOn > ctx.today) throw fieldError(['checkedOn'], '不能晚于今天');
        const values = { result: input.finding, checked_by: actor, checked_on: input.checkedOn, evidence: input.evidence };
        const existing = await findCheck(ctx.trx, c.id, item.key);
        if (existing) await updateRecord(ctx.trx, 'candidate_checks', existing.id, existing.version, values, metaOf(ctx, '审查项'));
        else await insertRecord(ctx.trx, 'candidate_checks', { ...newRecord(deps.ports.ids, ctx.officeId, ctx.at), candidate_id: c.id, item_key: item.key, ...values }, metaOf(ctx, '审查项'));
        return e.id;
      });
    },

    recordOpinions(input: ParsedInputOf<'committees:record-opinions'>, actor: string) {
      return write(actor, async (ctx) => {
        const { e } = await electionFor(ctx.trx, input.electionId, 'vet', ctx.today);
        if (!(await rules.active(ctx.trx)).departments.includes(input.department)) throw fieldError(['department'], '不在联审部门名单中，请从名单中选择');
        if (input.givenOn > ctx.today) throw fieldError(['givenOn'], '不能晚于今天');
        const seen = new Set<string>();
        for (const [i, o] of input.opinions.entries()) {
          const c = await candidateOf(ctx.trx, e.id, o.candidateId, ['opinions', i, 'candidateId']);
          if (seen.has(c.id)) throw fieldError(['opinions', i, 'candidateId'], `「${c.name}」填写了两次`);
          seen.add(c.id);
          if (c.decision !== null) throw new AppError('forbidden-transition', `「${c.name}」已作出审查结论，不能再修改联审意见`);
          const values = { opinion: o.opinion, note: o.note, given_on: input.givenOn };
          const existing = await findOpinion(ctx.trx, c.id, input.department);
          if (existing) await updateRecord(ctx.trx, 'candidate_opinions', existing.id, existing.version, values, metaOf(ctx, '联审意见'));
          else await insertRecord(ctx.trx, 'candidate_opinions', { ...newRecord(deps.ports.ids, ctx.officeId, ctx.at), candidate_id: c.id, department: input.department, ...values }, metaOf(ctx, '联审意见'));
        }
        return e.id;
      });
    },

    /** 通过 / 不通过, guarded by the shared rule; the director's override of an objection is stored on the candidate and so in the change log. */
    decide(input: ParsedInputOf<'committees:decide-candidate'>, principal: Principal | null) {
      const actor = principal?.actor ?? 'anonymous';
      return write(actor, async (ctx) => {
        const { e } = await electionFor(ctx.trx, input.electionId, 'vet', ctx.today);
        const c = await candidateOf(ctx.trx, e.id, input.candidateId);
        if (input.decision === 'failed' && input.reason === null) throw fieldError(['reason'], '不通过须写明理由');
        const active = await rules.active(ctx.trx);
        const vetting = (await vettingOf(ctx.trx, e.id)).vetting(c.id, input.override);
        const check = checkVettingDecision(input.decision, vetting, active.checklist, active.departments);
        if (!check.ok) {
          if (check.field === 'override') throw fieldError(['override'], check.message);
          throw new AppError('forbidden-transition', check.message);
        }
        const objected = vetting.opinions.size > 0 && [...vetting.opinions.values()].includes('objection');
        const override = input.decision === 'passed' && objected ? input.override : null;
        if (override !== null && !OVERRIDERS.has(principal?.role ?? 'mediator')) {
          throw new AppError('forbidden', '有部门提出异议的候选人，只有主任可以书面同意通过');
        }
        await updateRecord(ctx.trx, 'election_candidates', c.id, input.version, {
          decision: input.decision, decision_reason: input.reason, decided_by: actor, decided_at: ctx.at, override,
        }, metaOf(ctx, '候选人'));
        return e.id;
      });
    },
  };
}
