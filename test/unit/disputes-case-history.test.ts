import { describeChange, describeHistory, type LoggedChange } from '#shared/domain/disputes/case-history';
import { describe, expect, it } from 'vitest';

const entry = (over: Partial<LoggedChange>): LoggedChange => ({ seq: 1, at: '2026-11-20T01:30:00.000Z', actor: 'admin', entity: 'disputes', entityId: 'd1', action: 'create', payload: {}, ...over });

describe('操作记录: one Chinese sentence per change-log entry', () => {
  it.each([
    [entry({}), '登记案件'],
    [entry({ entity: 'dispute_sessions' }), '记录调解过程'],
    [entry({ entity: 'dispute_parties', action: 'reveal', payload: { field: 'idNumber' } }), '查看当事人身份证号'],
    [entry({ entity: 'dispute_evidence', action: 'delete' }), '删除证据材料'],
  ])('%#: %s', (change, sentence) => {
    expect(describeChange(change, null)).toBe(sentence);
  });

  it('spells out status and tier changes and names the other fields, never their values', () => {
    const before = { status: 'registered', tier: 'minor', mediator_id: null, updated_at: 'a', version: 1, description: '旧' };
    const after = { status: 'assigned', tier: 'medium', mediator_id: 'staff-1', updated_at: 'b', version: 2, description: '身份证 421202198001010010' };
    const said = describeChange(entry({ action: 'update', payload: after }), before);
    expect(said).toBe('案件：状态：已登记 → 已分派；处理等级：小事 → 中事；填写或修改了「调解员」、「纠纷简要情况」');
    expect(said).not.toContain('4212');
  });

  it('compares each update with the same record\'s previous entry, names actors, and skips reveals as versions', () => {
    const history = describeHistory(
      [
        entry({ seq: 1, payload: { status: 'registered', description: 'a' } }),
        entry({ seq: 2, entity: 'dispute_parties', entityId: 'p1', action: 'reveal', payload: { field: 'phone' } }),
        entry({ seq: 3, action: 'update', actor: 'cli:root', payload: { status: 'registered', description: 'b' } }),
      ],
      (actor) => (actor === 'admin' ? '管理员' : actor),
    );
    expect(history.map((h) => [h.seq, h.actor, h.what])).toEqual([
      [1, '管理员', '登记案件'],
      [2, '管理员', '查看当事人电话'],
      [3, 'cli:root', '案件：填写或修改了「纠纷简要情况」'],
    ]);
  });
});
