import type { InputOf } from '#shared/ipc/contract';

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
