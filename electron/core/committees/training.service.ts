import { coverage, quarterOf } from '#shared/domain/committees/training-rules';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { newRecord } from '../db/record-columns';
import { insertRecord } from '../db/record-store';
import { fieldError } from '../errors';
import type { ServiceDeps } from '../service-deps';
import { officeWrite, metaOf } from '../office-write';
import { coverageRows, listSessions, membersById } from './training.repository';

export type TrainingService = ReturnType<typeof createTrainingService>;

/** 培训: sessions with the members who attended, and coverage per committee and for the office. */
export function createTrainingService(deps: ServiceDeps) {
  const { db } = deps;
  const sessions = async () =>
    (await listSessions(db)).map((s) => ({ id: s.id, heldOn: s.held_on, topic: s.topic, kind: s.kind, trainer: s.trainer, place: s.place, attendees: Number(s.attendees) }));

  return {
    sessions,
    async record(input: ParsedInputOf<'committees:record-training'>, actor: string) {
      await officeWrite(deps, actor, async (ctx) => {
        if (input.heldOn > ctx.today) throw fieldError(['heldOn'], '不能晚于今天');
        const ids = [...new Set(input.memberIds)];
        const found = new Map((await membersById(ctx.trx, ids)).map((m) => [m.id, m]));
        for (const [i, id] of input.memberIds.entries()) {
          const m = found.get(id);
          if (!m) throw fieldError(['memberIds', i], '该成员不存在，请刷新后重新选择');
          if (m.designated_on > input.heldOn || (m.ceased_on !== null && m.ceased_on < input.heldOn)) throw fieldError(['memberIds', i], `「${m.name}」培训当天不在任`);
        }
        const session = { ...newRecord(deps.ports.ids, ctx.officeId, ctx.at), held_on: input.heldOn, topic: input.topic, kind: input.kind, trainer: input.trainer, place: input.place };
        await insertRecord(ctx.trx, 'training_sessions', session, metaOf(ctx, '培训'));
        for (const id of ids) await insertRecord(ctx.trx, 'training_attendance', { ...newRecord(deps.ports.ids, ctx.officeId, ctx.at), session_id: session.id, member_id: id }, metaOf(ctx, '参训记录'));
      });
      return sessions();
    },

    /**
     * Coverage in a period (default: this quarter in China): per sitting committee and
     * for the office; a committee with nobody trained in the period is flagged.
     */
    async coverage(input: ParsedInputOf<'committees:training-coverage'>) {
      const quarter = quarterOf(shanghaiDate(deps.ports.clock.now()));
      const from = input.since ?? quarter.start;
      const to = input.until ?? quarter.end;
      if (to < from) throw fieldError(['until'], '不能早于统计开始日期');
      const rows = await coverageRows(db, from, to);
      const committees = rows.map((r) => ({
        committeeId: r.committee_id, estateName: r.estate_name, termNo: r.term_no,
        ...coverage(Number(r.sitting), Number(r.trained)),
        untrained: Number(r.sitting) > 0 && Number(r.trained) === 0,
      }));
      const office = coverage(committees.reduce((s, c) => s + c.sitting, 0), committees.reduce((s, c) => s + c.trained, 0));
      return { from, to, office, committees };
    },
  };
}
