import { checkMemberChange } from '#shared/domain/committees/committee-actions';
import { checkWithdrawalStep, unfitShare } from '#shared/domain/committees/withdrawal';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { newRecord } from '../db/record-columns';
import { insertRecord, updateRecord } from '../db/record-store';
import { AppError, fieldError, notFound } from '../errors';
import type { ServiceDeps } from '../service-deps';
import { officeWrite, metaOf } from '../office-write';
import type { CommitteesService } from './committees.service';
import { findCommittee, findMember } from './committees.repository';
import { findProcedure, openProcedureOf, unfitCounts } from './withdrawal.repository';

export type WithdrawalService = ReturnType<typeof createWithdrawalService>;

/** 劝退程序: proposed → talk → owners' assembly decision; a decision to withdraw ends the membership. */
export function createWithdrawalService(deps: ServiceDeps, committees: CommitteesService) {
  return {
    async propose(input: ParsedInputOf<'committees:propose-withdrawal'>, actor: string) {
      const committeeId = await officeWrite(deps, actor, async (ctx) => {
        const m = await findMember(ctx.trx, input.memberId);
        if (!m) throw notFound('成员');
        const c = await findCommittee(ctx.trx, m.committee_id);
        const check = checkMemberChange({ ceasedOn: m.ceased_on, committee: { status: c?.status ?? 'dissolved' } });
        if (!check.ok) throw new AppError('forbidden-transition', check.message);
        if (await openProcedureOf(ctx.trx, m.id)) throw new AppError('forbidden-transition', `「${m.name}」已有进行中的劝退程序`);
        if (input.proposedOn > ctx.today) throw fieldError(['proposedOn'], '不能晚于今天');
        if (input.proposedOn < m.designated_on) throw fieldError(['proposedOn'], `不能早于任职日期（${m.designated_on}）`);
        await insertRecord(ctx.trx, 'withdrawal_procedures', {
          ...newRecord(deps.ports.ids, ctx.officeId, ctx.at), member_id: m.id, step: 'proposed', proposed_on: input.proposedOn, grounds: input.grounds,
          talk_on: null, talk_note: null, assembly_on: null, decision: null,
        }, metaOf(ctx, '劝退程序'));
        return m.committee_id;
      });
      return committees.detail(committeeId);
    },

    async advance(input: ParsedInputOf<'committees:advance-withdrawal'>, actor: string) {
      const committeeId = await officeWrite(deps, actor, async (ctx) => {
        const w = await findProcedure(ctx.trx, input.id);
        if (!w) throw notFound('劝退程序');
        const m = await findMember(ctx.trx, w.member_id);
        if (!m) throw notFound('成员');
        const check = checkWithdrawalStep(input.step, { step: w.step, proposedOn: w.proposed_on, talkOn: w.talk_on }, input.on);
        if (!check.ok) throw check.field ? fieldError([check.field], check.message) : new AppError('forbidden-transition', check.message);
        if (input.on > ctx.today) throw fieldError(['on'], '不能晚于今天');
        if (input.step === 'talk') {
          await updateRecord(ctx.trx, 'withdrawal_procedures', w.id, input.version, { step: 'talk-held', talk_on: input.on, talk_note: input.note }, metaOf(ctx, '劝退程序'));
        } else {
          if (!input.assemblyDecision) throw fieldError(['assemblyDecision'], '请选择业主大会的决定');
          await updateRecord(ctx.trx, 'withdrawal_procedures', w.id, input.version, { step: 'decided', assembly_on: input.on, decision: input.assemblyDecision }, metaOf(ctx, '劝退程序'));
          if (input.assemblyDecision === 'withdraw') {
            if (m.ceased_on !== null) throw new AppError('forbidden-transition', `「${m.name}」已离任`);
            await updateRecord(ctx.trx, 'committee_members', m.id, m.version, { ceased_on: input.on, cease_reason: 'persuaded-to-withdraw', cease_note: input.note }, metaOf(ctx, '成员'));
          }
        }
        return m.committee_id;
      });
      return committees.detail(committeeId);
    },

    /** This year's share of members adjusted (劝退 or 罢免) against the 10% goal. */
    async unfitShare(year = shanghaiDate(deps.ports.clock.now()).slice(0, 4)) {
      const { adjusted, members } = await unfitCounts(deps.db, year);
      return { year, ...unfitShare(adjusted, members) };
    },
  };
}
