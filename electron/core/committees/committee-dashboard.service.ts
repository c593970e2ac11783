import type { CommitteeRulesService } from './committee-rules.service';
import type { CommitteesService } from './committees.service';
import type { TrainingService } from './training.service';
import type { WithdrawalService } from './withdrawal.service';

/** How many estates the card names under each flag (it links to the full list for the rest). */
export const DASHBOARD_NAMED = 20;

/** The dashboard's committee flags for the whole office. */
export function createCommitteeDashboardService(rules: CommitteeRulesService, committees: CommitteesService, training: TrainingService, withdrawal: WithdrawalService) {
  return {
    /**
     * Estates short of the required party share (and by how many members), committees
     * untrained this quarter, the office's coverage: the first DASHBOARD_NAMED of each
     * by pinyin with the number in all (an office of 2,000 estates wants the count and
     * a few names, not two thousand names on one card).
     */
    async office() {
      const [short, cov, all, active, unfit] = await Promise.all([
        committees.partyShort(DASHBOARD_NAMED),
        training.coverage({}),
        committees.count(),
        rules.active(),
        withdrawal.unfitShare(),
      ]);
      const untrained = cov.committees.filter((c) => c.untrained);
      return {
        committees: all,
        partyShort: short.rows,
        partyShortTotal: short.total,
        untrained: untrained.slice(0, DASHBOARD_NAMED).map((c) => ({ committeeId: c.committeeId, estateName: c.estateName })),
        untrainedTotal: untrained.length,
        requiredPercent: active.composition.requiredPercent,
        coverage: cov.office,
        unfit,
      };
    },
  };
}
