import { addDays, defaultTermEnd, termsOverlap } from '#shared/domain/committees/committee-rules';
import type { ElectionDetail } from '#shared/domain/committees/committee-views';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { newRecord } from '../db/record-columns';
import { insertRecord, updateRecord } from '../db/record-store';
import { AppError, fieldError, notFound } from '../errors';
import type { ServiceDeps } from '../service-deps';
import { checkSeat } from './committee-members.service';
import type { CommitteeRulesService } from './committee-rules.service';
import { officeWrite, metaOf, type WriteCtx } from '../office-write';
import { currentCommitteeOfEstate, estateFacts, membersOf, termsOfEstate } from './committees.repository';
import { candidateOf, electionFor } from './election-guard';
import type { ElectionVettingService } from './election-vetting.service';
import { findObjection } from './elections.repository';

export type ElectionResultService = ReturnType<typeof createElectionResultService>;

/** Publication (公示), objections received during it, and the result that seats the new term. */
export function createElectionResultService(deps: ServiceDeps, rules: CommitteeRulesService, vetting: ElectionVettingService) {
  async function write(actor: string, work: (ctx: WriteCtx) => Promise<string>): Promise<ElectionDetail> {
    return vetting.detail(await officeWrite(deps, actor, work));
  }

  return {
    publish(input: ParsedInputOf<'committees:publish'>, actor: string) {
      return write(actor, async (ctx) => {
        const { e } = await electionFor(ctx.trx, input.id, 'publish', ctx.today);
        const days = (await rules.active(ctx.trx)).publicationDays;
        await updateRecord(ctx.trx, 'committee_elections', e.id, input.version, {
          status: 'publishing', publication_place: input.place, published_from: input.publishedFrom, published_until: addDays(input.publishedFrom, days - 1),
        }, metaOf(ctx, '选举'));
        return e.id;
      });
    },

    recordObjection(input: ParsedInputOf<'committees:record-objection'>, actor: string) {
      return write(actor, async (ctx) => {
        const { e } = await electionFor(ctx.trx, input.electionId, 'record-objection', ctx.today);
        if (input.candidateId !== null) await candidateOf(ctx.trx, e.id, input.candidateId);
        if (e.published_from !== null && input.receivedOn < e.published_from) throw fieldError(['receivedOn'], `不能早于公示开始日期（${e.published_from}）`);
        if (input.receivedOn > ctx.today) throw fieldError(['receivedOn'], '不能晚于今天');
        await insertRecord(ctx.trx, 'election_objections', {
          ...newRecord(deps.ports.ids, ctx.officeId, ctx.at), election_id: e.id, candidate_id: input.candidateId, received_on: input.receivedOn, content: input.content, resolution: null,
        }, metaOf(ctx, '公示期异议'));
        return e.id;
      });
    },

    resolveObjection(input: ParsedInputOf<'committees:resolve-objection'>, actor: string) {
      return write(actor, async (ctx) => {
        const { e } = await electionFor(ctx.trx, input.electionId, 'record-objection', ctx.today);
        const o = await findObjection(ctx.trx, input.id);
        if (!o || o.election_id !== e.id) throw notFound('公示期异议');
        await updateRecord(ctx.trx, 'election_objections', o.id, input.version, { resolution: input.resolution }, metaOf(ctx, '公示期异议'));
        return e.id;
      });
    },

    /**
     * The owners' assembly's result. For a first or re-election the elected become the
     * members of a new term (筹备中 until filed) and the previous term ends the day
     * before it starts, its members leaving with 任期届满; for a by-election they join
     * the current term. Nothing earlier is overwritten.
     */
    enterResult(input: ParsedInputOf<'committees:enter-result'>, actor: string) {
      return write(actor, async (ctx) => {
        const { e } = await electionFor(ctx.trx, input.id, 'enter-result', ctx.today);
        const estate = await estateFacts(ctx.trx, e.estate_id);
        if (!estate) throw notFound('小区');
        if (input.assemblyOn > ctx.today) throw fieldError(['assemblyOn'], '不能晚于今天');
        if (e.published_until !== null && input.assemblyOn <= e.published_until) throw fieldError(['assemblyOn'], `应在公示期（至 ${e.published_until}）结束之后`);
        if (input.termStart < input.assemblyOn) throw fieldError(['termStart'], `不能早于业主大会日期（${input.assemblyOn}）`);
        const seen = new Set<string>();
        const elected: { candidate: Awaited<ReturnType<typeof candidateOf>>; position: NonNullable<(typeof input.votes)[number]['position']> }[] = [];
        for (const [i, v] of input.votes.entries()) {
          const c = await candidateOf(ctx.trx, e.id, v.candidateId, ['votes', i, 'candidateId']);
          if (seen.has(c.id)) throw fieldError(['votes', i, 'candidateId'], `「${c.name}」填写了两次`);
          seen.add(c.id);
          if (v.votes > estate.households) throw fieldError(['votes', i, 'votes'], `「${c.name}」的得票不能超过本小区户数（${estate.households} 户）`);
          if (v.elected && c.decision !== 'passed') throw fieldError(['votes', i, 'elected'], `「${c.name}」未通过资格审查，不能当选`);
          if (v.elected && v.position === null) throw fieldError(['votes', i, 'position'], `请选择「${c.name}」的职务`);
          if (v.elected && v.position) elected.push({ candidate: c, position: v.position });
        }
        if (elected.length === 0) throw fieldError(['votes'], '至少要有一名当选人');
        if (elected.filter((x) => x.position === 'chair').length > 1) throw fieldError(['votes'], '只能有一名主任');

        const current = await currentCommitteeOfEstate(ctx.trx, e.estate_id);
        let committeeId: string;
        if (e.kind === 'by-election') {
          if (!current) throw new AppError('forbidden-transition', '该小区没有当前的业委会，补选结果无处录入');
          committeeId = current.id;
        } else {
          const termEnd = defaultTermEnd(input.termStart, (await rules.active(ctx.trx)).termYears);
          const terms = await termsOfEstate(ctx.trx, e.estate_id);
          if (current) {
            if (input.termStart <= current.term_start) throw fieldError(['termStart'], `应晚于上一届的任期开始日期（${current.term_start}）`);
            const endedOn = addDays(input.termStart, -1);
            const serving = (await membersOf(ctx.trx, current.id)).filter((m) => m.ceased_on === null);
            await updateRecord(ctx.trx, 'committees', current.id, current.version, { status: 'dissolved', ended_on: endedOn, end_reason: '换届：新一届选举产生' }, metaOf(ctx, '业委会'));
            for (const m of serving) {
              const ceasedOn = m.designated_on > endedOn ? m.designated_on : endedOn;
              await updateRecord(ctx.trx, 'committee_members', m.id, m.version, { ceased_on: ceasedOn, cease_reason: 'term-ended', cease_note: null }, metaOf(ctx, '成员'));
            }
          }
          const overlap = terms.find((t) => t.id !== current?.id && termsOverlap({ start: input.termStart, end: termEnd }, { start: t.term_start, end: t.ended_on ?? t.term_end }));
          if (overlap) throw fieldError(['termStart'], `与第 ${overlap.term_no} 届的任期（${overlap.term_start} 至 ${overlap.ended_on ?? overlap.term_end}）重叠`);
          const termNo = Math.max(0, ...terms.map((t) => t.term_no)) + 1;
          const row = {
            ...newRecord(deps.ports.ids, ctx.officeId, ctx.at),
            estate_id: e.estate_id, kind: 'owners-committee' as const, term_no: termNo, term_start: input.termStart, term_end: termEnd,
            status: 'preparing' as const, filed_on: null, party_branch: null, ended_on: null, end_reason: null, election_id: e.id,
          };
          await insertRecord(ctx.trx, 'committees', row, metaOf(ctx, '业委会'));
          committeeId = row.id;
        }
        const committee = { id: committeeId, term_start: e.kind === 'by-election' && current ? current.term_start : input.termStart, term_end: e.kind === 'by-election' && current ? current.term_end : defaultTermEnd(input.termStart, (await rules.active(ctx.trx)).termYears) };
        for (const { candidate: sealed, position } of elected) {
          // Opened and sealed again: a value is sealed under its own table and column (fieldcrypt/).
          const c = await deps.fields.open('election_candidates', sealed);
          const person = { name: c.name, position, partyMember: c.party_member === 1, crossServing: false, phone: c.phone, idNumber: c.id_number, designatedOn: input.termStart };
          await checkSeat(ctx.trx, committee, person, ctx.today, null, deps.fields);
          await insertRecord(ctx.trx, 'committee_members', await deps.fields.seal('committee_members', {
            ...newRecord(deps.ports.ids, ctx.officeId, ctx.at),
            committee_id: committeeId, name: c.name, position, party_member: c.party_member, cross_serving: 0, phone: c.phone, id_number: c.id_number,
            designated_on: input.termStart, ceased_on: null, cease_reason: null, cease_note: null, candidate_id: c.id,
          }), metaOf(ctx, '成员'));
        }
        for (const v of input.votes) {
          const c = await candidateOf(ctx.trx, e.id, v.candidateId);
          await updateRecord(ctx.trx, 'election_candidates', c.id, c.version, { votes: v.votes, elected: v.elected ? 1 : 0 }, metaOf(ctx, '候选人'));
        }
        await updateRecord(ctx.trx, 'committee_elections', e.id, input.version, { status: 'result-entered', assembly_on: input.assemblyOn, new_committee_id: committeeId }, metaOf(ctx, '选举'));
        return e.id;
      });
    },
  };
}
