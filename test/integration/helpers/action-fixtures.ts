import type { LedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import type { InputOf } from '#shared/ipc/contract';
import { fourParty, topic, withAttendance, type MeetingRegistry } from './meeting-fixtures';
import { ok } from './temp-ledger';

/** An action item found by an inspection of `estateId`, the company responsible, due `dueOn`. */
export const inspectionItem = (estateId: string, overrides: Partial<InputOf<'actions:create'>> = {}): InputOf<'actions:create'> => ({
  problem: '3 号楼消防通道堆放杂物，消防栓被遮挡',
  sourceKind: 'inspection',
  sourceNote: '11 月消防安全联合检查',
  estateId,
  responsibleKind: 'company',
  responsibleName: '咸宁荣基物业',
  rectification: '清理消防通道杂物，恢复消防栓标识，设置禁止堆放提示',
  dueOn: '2026-12-05',
  ...overrides,
});

/**
 * A held 四方联席会议 of `estateId` on 20 November 2026 with everyone present, one
 * resident request on its agenda settled by a resolution voted 5–1–0.
 */
export async function resolvedTopic(app: LedgerApp, s: Session, reg: MeetingRegistry, overrides: Partial<InputOf<'meetings:create-topic'>> = {}) {
  const tp = await ok(app, s, 'meetings:create-topic', topic({ estateId: reg.estateId, ...overrides }));
  let m = await ok(app, s, 'meetings:create', fourParty(reg));
  m = await ok(app, s, 'meetings:set-attendees', { id: m.id, version: m.version, attendees: withAttendance(m.attendees) });
  m = await ok(app, s, 'meetings:set-agenda', { id: m.id, version: m.version, agenda: [{ itemTitle: '车库照明改造方案', topicId: tp.id, discussion: '物业报价 3.2 万元' }] });
  m = await ok(app, s, 'meetings:set-resolutions', {
    id: m.id, version: m.version, resolutions: [{ resolutionText: '同意使用公共收益 3.2 万元改造车库照明，12 月底前完工', topicId: tp.id, vote: { votesFor: 5, votesAgainst: 1, votesAbstain: 0 } }],
  });
  return { meeting: m, topicId: tp.id };
}
