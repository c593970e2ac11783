import type { CommitteeRulesService } from './committee-rules.service';
import type { CommitteesService } from './committees.service';
import type { TrainingService } from './training.service';
import type { WithdrawalService } from './withdrawal.service';

/** The dashboard's committee flags for the whole office. */
export function createCommitteeDashboardService(rules: CommitteeRulesService, committees: CommitteesService, training: TrainingService, withdrawal: WithdrawalService) {
  return {
    /** Estates short of the required party share (and by how many members), committees untrained this quarter, the office's coverage. */
    async office() {
      const [short, cov, all, active, unfit] = await Promise.all([
        committees.list({ partyShort: true, offset: 0, limit: 500 }),
        training.coverage({}),
        committees.count(),
        rules.active(),
        withdrawal.unfitShare(),
      ]);
      return {
        committees: all,
        partyShort: short.rows.map((r) => ({ committeeId: r.id, estateName: r.estateName, percent: r.composition.percent, shortOfRequired: r.composition.shortOfRequired })),
        untrained: cov.committees.filter((c) => c.untrained).map((c) => ({ committeeId: c.committeeId, estateName: c.estateName })),
        requiredPercent: active.composition.requiredPercent,
        coverage: cov.office,
        unfit,
      };
    },
  };
}
