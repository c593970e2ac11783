import { ACTION_LIST_STATE_LABELS, ACTION_SOURCE_LABELS, RESPONSIBLE_KIND_LABELS } from '#shared/domain/actions/actions.schema';
import type { ActionItemView } from '#shared/domain/actions/action-views';
import { SHANGHAI_OFFSET_MS, shanghaiDate } from '#shared/domain/disputes/work-calendar';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { appendChange } from '../changes/change-log.repository';
import { commitPartial, removeQuietly, writeStreamPartial } from '../files/atomic-write';
import { nowIso, type ServiceDeps } from '../service-deps';
import { toActionView } from './action-view';
import { actionItemsByIds, listActionItemIds, type ActionListFilter } from './actions.queries';
import { communityName, disputeOf, estateOf } from './actions.repository';
import { writeActionsXlsx } from './documents/actions-xlsx';

const PAGE = 1000;
/** Exports name responsible persons: readable by the data dir's owner only. */
const PRIVATE = 0o600;
const PRIVATE_DIR = 0o700;
const stamp = (at: Date) => new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');

export type ActionExportService = ReturnType<typeof createActionExportService>;

/** 整改清单 .xlsx into `<data dir>/exports/`, as filtered and ordered on screen. */
export function createActionExportService(deps: ServiceDeps, exportsDir: string) {
  const { db } = deps;

  /** Every matching item at one moment (ids first, all judged against one `today`), a page at a time. */
  async function* pages(filter: ActionListFilter, today: string): AsyncGenerator<ActionItemView[]> {
    const ids = await listActionItemIds(db, filter, today);
    for (let at = 0; at < ids.length; at += PAGE) {
      const rows = await actionItemsByIds(db, ids.slice(at, at + PAGE));
      yield rows.map((r) => toActionView(r, today));
    }
  }

  async function filterLines(f: ActionListFilter): Promise<[string, string][]> {
    const lines: [string, string | null | undefined][] = [
      ['整改状态', ACTION_LIST_STATE_LABELS[f.state]],
      ['小区', f.estateId && (await estateOf(db, f.estateId))?.name],
      ['社区', f.communityId && (await communityName(db, f.communityId))],
      ['纠纷案件', f.disputeId && (await disputeOf(db, f.disputeId))?.case_no],
      ['问题来源', f.source && ACTION_SOURCE_LABELS[f.source]],
      ['责任主体类型', f.responsibleKind && RESPONSIBLE_KIND_LABELS[f.responsibleKind]],
      ['逾期', f.overdueOnly ? '仅逾期' : undefined],
    ];
    return lines.filter((l): l is [string, string] => typeof l[1] === 'string' && l[1] !== '').map(([k, v]) => [`筛选：${k}`, v]);
  }

  return {
    /** Writes the workbook, logs who exported what, then gives it its name (a kill in between leaves only a `.partial`). */
    async export(input: ParsedInputOf<'actions:export'>, actor: string) {
      const now = deps.ports.clock.now();
      const today = shanghaiDate(now);
      const fileName = `整改清单-${stamp(now)}.xlsx`;
      const file = join(exportsDir, fileName);
      mkdirSync(exportsDir, { recursive: true, mode: PRIVATE_DIR });
      const filters = await filterLines(input);
      let rows = 0;
      const partial = await writeStreamPartial(file, async (out) => {
        rows = await writeActionsXlsx(out, pages(input, today), { exportedAt: now, exportedBy: actor, today, filters });
      }, PRIVATE);
      try {
        await db.transaction().execute((trx) =>
          appendChange(trx, { at: nowIso(deps), actor, entity: 'action_item_exports', entityId: deps.ports.ids.next(), action: 'reveal', record: { file_name: fileName, rows, filter: input } }),
        );
        commitPartial(partial, file);
      } catch (error) {
        removeQuietly(partial);
        throw error;
      }
      return { file, fileName, rows };
    },
  };
}
