type Call = <T>(channel: string, input: unknown) => Promise<T>;
type Item = { id: string; version: number };

/** Problems found on inspections and reported by residents, with what the responsible party must do. */
const PROBLEMS: readonly { problem: string; rectification: string; kind: 'company' | 'department' | 'community'; who?: string; source: 'inspection' | 'other'; note: string }[] = [
  { problem: '{b} 号楼消防通道堆放杂物，消防栓被遮挡', rectification: '清理消防通道杂物，恢复消防栓标识，设置禁止堆放提示', kind: 'company', source: 'inspection', note: '消防安全联合检查' },
  { problem: '地下车库照明损坏 {n} 处，夜间通行不安全', rectification: '更换损坏灯具，增设应急照明', kind: 'company', source: 'other', note: '居民来电反映' },
  { problem: '小区垃圾分类投放点满溢，未按时清运', rectification: '按每日两次清运，投放点周边冲洗消毒', kind: 'company', source: 'inspection', note: '环境卫生专项检查' },
  { problem: '{b} 号楼电梯年检标志过期', rectification: '联系维保单位完成年检，张贴有效标志', kind: 'company', source: 'inspection', note: '特种设备安全检查' },
  { problem: '小区东门外占道经营，堵塞出入口', rectification: '劝离占道摊点，设置疏导标识', kind: 'department', who: '城管执法中队', source: 'other', note: '网格员上报' },
  { problem: '{b} 号楼楼道私拉电线给电动车充电', rectification: '拆除私拉电线，引导至集中充电点', kind: 'community', source: 'inspection', note: '电动车充电安全排查' },
  { problem: '公共收益收支未按季度公示', rectification: '在公示栏和业主群公示本年度公共收益收支明细', kind: 'company', source: 'other', note: '业主代表反映' },
];

/**
 * Demo action items (the demo clock reads early January 2026): three per estate, found by
 * inspections or reported, most still open or in progress, some completed awaiting
 * verification, some verified by the director (a second person, as the rule requires).
 */
export async function fillDemoActions(call: Call, asDirector: Call, random: () => number, estateIds: readonly string[], today: string): Promise<number> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const day = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  let count = 0;
  for (const estateId of estateIds) {
    const estate = await call<{ companyId: string | null; companyName: string | null; communityId: string; communityName: string }>('registry:get-estate', { id: estateId });
    for (let k = 0; k < 3; k++) {
      const p = pick(PROBLEMS);
      const text = (s: string) => s.replace('{b}', String(1 + Math.floor(random() * 20))).replace('{n}', String(3 + Math.floor(random() * 10)));
      // The estate's company or community from the registry; a department by name.
      const company = p.kind === 'company' && estate.companyId ? { responsibleKind: 'company', responsibleRefId: estate.companyId } : null;
      const party = company ?? (p.kind === 'community' ? { responsibleKind: 'community', responsibleRefId: estate.communityId } : { responsibleKind: 'department', responsibleName: p.who ?? '住建局物业科' });
      let item = await call<Item>('actions:create', {
        problem: text(p.problem), sourceKind: p.source, sourceNote: p.note, estateId, ...party, rectification: p.rectification,
        // Due from two weeks ago to a month ahead: some are already overdue.
        dueOn: day(-14 + Math.floor(random() * 45)),
      });
      count++;
      const roll = random();
      if (roll < 0.35) continue;
      item = await call<Item>('actions:start', { id: item.id, version: item.version, startedOn: today });
      if (roll < 0.65) continue;
      item = await call<Item>('actions:complete', { id: item.id, version: item.version, rectifiedOn: today, completionEvidence: '已按要求整改，现场照片存档' });
      if (roll < 0.82) continue;
      await asDirector('actions:verify', { id: item.id, version: item.version, verifiedOn: today, verificationNote: '现场复查合格' });
    }
  }
  return count;
}
