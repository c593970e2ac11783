/**
 * The history of the committee rules (业委会规则): one entry per saved version, and
 * which parts of the rules each version changed against the one before, in Chinese.
 */

/** The stored columns of a rules version, as logged. */
export type StoredRulesValues = {
  version: number;
  term_years: number;
  required_percent: number;
  target_percent: number;
  publication_days: number;
  checklist: string;
  departments: string;
  scoring_sheet: string;
  pass_score: number;
  rectification_days: number;
};

const PARTS: [label: string, columns: (keyof StoredRulesValues)[]][] = [
  ['任期年限', ['term_years']],
  ['党员比例', ['required_percent', 'target_percent']],
  ['公示天数', ['publication_days']],
  ['资格审查项', ['checklist']],
  ['联审部门', ['departments']],
  ['履职评议评分表', ['scoring_sheet']],
  ['合格分数', ['pass_score']],
  ['整改期限', ['rectification_days']],
];

/** The parts of the rules that differ between two versions (the first version: 首次保存). */
export function changedParts(before: StoredRulesValues | null, after: StoredRulesValues): string[] {
  if (!before) return ['首次保存（此前为默认规则）'];
  return PARTS.filter(([, columns]) => columns.some((c) => before[c] !== after[c])).map(([label]) => label);
}

/** The message for a save made on a stale version: nothing was saved, nothing was lost. */
export function staleRulesMessage(current: { version: number; savedBy: string; savedAt: string }): string {
  return `业委会规则已被 ${current.savedBy} 于 ${current.savedAt} 保存为第 ${current.version} 版，您是在较早的版本上修改的。您的修改没有保存，也没有丢失：请先重新载入最新规则，核对后再改。`;
}
