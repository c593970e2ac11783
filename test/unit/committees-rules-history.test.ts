import { describe, expect, it } from 'vitest';
import { changedParts, staleRulesMessage, type StoredRulesValues } from '#shared/domain/committees/rules-history';

const v1: StoredRulesValues = {
  version: 1, term_years: 5, required_percent: 50, target_percent: 60, publication_days: 7,
  checklist: '[{"key":"owner"}]', departments: '["公安"]', scoring_sheet: '[]', pass_score: 60, rectification_days: 30,
};

describe('committee rules history', () => {
  it('names the parts a version changed against the one before, in Chinese', () => {
    expect(changedParts(null, v1)).toEqual(['首次保存（此前为默认规则）']);
    expect(changedParts(v1, { ...v1, version: 2 })).toEqual([]);
    expect(changedParts(v1, { ...v1, version: 2, target_percent: 70, departments: '["公安","司法"]', rectification_days: 15 })).toEqual(['党员比例', '联审部门', '整改期限']);
  });

  it('tells a stale save who saved which version when, and that nothing was lost', () => {
    const m = staleRulesMessage({ version: 3, savedBy: '周主任', savedAt: '2026-11-25 14:00' });
    expect(m).toContain('周主任 于 2026-11-25 14:00 保存为第 3 版');
    expect(m).toContain('没有丢失');
  });
});
