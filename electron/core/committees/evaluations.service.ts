import { addDays } from '#shared/domain/committees/committee-rules';
import type { CommitteeDetail, EvaluationView } from '#shared/domain/committees/committee-views';
import { evaluationVerdict, halfOf, pointsProblem, previousHalf } from '#shared/domain/committees/evaluation-rules';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { newRecord } from '../db/record-columns';
import { insertRecord } from '../db/record-store';
import { fieldError } from '../errors';
import type { ServiceDeps } from '../service-deps';
import type { CommitteeRulesService } from './committee-rules.service';
import { officeWrite, metaOf } from '../office-write';
import { committeeFor, type CommitteesService } from './committees.service';
import { evaluationViews } from './evaluation-view';
import { evaluationOf, evaluationsOfHalf } from './evaluations.repository';

export type EvaluationsService = ReturnType<typeof createEvaluationsService>;

/** 履职评议: the half-yearly score of a sitting committee, its verdict by the thresholds, and the office's ranking. */
export function createEvaluationsService(deps: ServiceDeps, rules: CommitteeRulesService, committees: CommitteesService) {
  return {
    /** Every committee evaluated in one half year, ranked. */
    async ofHalf(half: string): Promise<EvaluationView[]> {
      return evaluationViews(deps.db, await evaluationsOfHalf(deps.db, half));
    },

    async record(input: ParsedInputOf<'committees:record-evaluation'>, actor: string): Promise<CommitteeDetail> {
      const id = await officeWrite(deps, actor, async (ctx) => {
        const c = await committeeFor(ctx.trx, input.committeeId, 'evaluate');
        if (input.evaluatedOn > ctx.today) throw fieldError(['evaluatedOn'], '不能晚于今天');
        if (halfOf(input.evaluatedOn) < input.half) throw fieldError(['evaluatedOn'], `评议 ${input.half} 的履职，日期不能早于该半年度`);
        if (await evaluationOf(ctx.trx, c.id, input.half)) throw fieldError(['half'], `该业委会 ${input.half} 已评议过，同一半年度只评议一次`);
        const active = await rules.active(ctx.trx);
        const given = new Map<string, number>();
        for (const [i, s] of input.scores.entries()) {
          const item = active.scoringSheet.find((x) => x.key === s.itemKey);
          if (!item) throw fieldError(['scores', i, 'itemKey'], '评分表中没有这一项，请刷新后重试');
          if (given.has(item.key)) throw fieldError(['scores', i, 'itemKey'], `「${item.label}」填写了两次`);
          const problem = pointsProblem(s.points, item);
          if (problem) throw fieldError(['scores', i, 'points'], problem);
          given.set(item.key, s.points);
        }
        const missing = active.scoringSheet.filter((x) => !given.has(x.key));
        if (missing.length > 0) throw fieldError(['scores'], `还有 ${missing.map((x) => `「${x.label}」`).join('')}未评分`);
        const total = [...given.values()].reduce((a, b) => a + b, 0);
        const previous = await evaluationOf(ctx.trx, c.id, previousHalf(input.half));
        const verdict = evaluationVerdict(total, previous?.total ?? null, active);
        await insertRecord(ctx.trx, 'committee_evaluations', {
          ...newRecord(deps.ports.ids, ctx.officeId, ctx.at),
          committee_id: c.id, half: input.half, evaluated_on: input.evaluatedOn, evaluators: input.evaluators.join('\n'),
          scores: JSON.stringify(Object.fromEntries(given)), total, verdict,
          rectification_due: verdict === 'satisfactory' ? null : addDays(input.evaluatedOn, active.rectificationDays),
        }, metaOf(ctx, '履职评议'));
        return c.id;
      });
      return committees.detail(id);
    },
  };
}
