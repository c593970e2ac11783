import { STATUS_LABELS, TIER_LABELS } from '#shared/domain/disputes/disputes.schema';
import { maskNumbersInText, maskPhone } from '#shared/domain/disputes/masking';
import { dueTodayUntil } from '#shared/domain/disputes/office-hours';
import { SHANGHAI_OFFSET_MS } from '#shared/domain/disputes/work-calendar';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { appendChange } from '../changes/change-log.repository';
import { commitPartial, removeQuietly, writeStreamAtomic, writeStreamPartial } from '../files/atomic-write';
import { nowIso, type ServiceDeps } from '../service-deps';
import type { DeadlineRulesService } from './deadline-rules.service';
import { fieldName } from '../fieldcrypt/sensitive-fields';
import type { DisputeReportsService } from './dispute-reports.service';
import { listOrder, toDisputeRow } from './dispute-list.service';
import { disputeNames } from './disputes.repository';
import { applicantPhones, disputeRowsAt, listDisputeRowids, type DisputeListFilter, type DisputeSort } from './disputes.queries';
import { writeLedgerXlsx, type LedgerEntry } from './documents/ledger-xlsx';
import { writeMonthlyXlsx } from './documents/monthly-xlsx';
import { createCategoryRulesService, type CategoryRulesService } from './category-rules.service';

/** Rows per query: large enough that paging costs little, small enough that a page is a few megabytes. */
const PAGE = 1000;
const PHONE_FIELD = fieldName('dispute_parties', 'phone');
/** Exports hold personal data (names, masked phones): readable by the data dir's owner only. */
const PRIVATE = 0o600;
const PRIVATE_DIR = 0o700;

/** 20261125-140501 on China's clock: an export's name says when it was made, and two never share one. */
const stamp = (at: Date) => new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');

/** The ledger export (纠纷台账 .xlsx) and the 每月研判 workbook, written into `<data dir>/exports/`. */
export type DisputeExportService = ReturnType<typeof createDisputeExportService>;

export function createDisputeExportService(deps: ServiceDeps, rules: DeadlineRulesService, reports: DisputeReportsService, exportsDir: string, categories: CategoryRulesService = createCategoryRulesService()) {
  const { db } = deps;

  /**
   * Every case matching the filters at one moment (a snapshot of rowids in the
   * list's order, all at one `now`, so 逾期 means the same on the last page as on
   * the first), read a page at a time and masked before it reaches the file:
   * phones as on screen, numbers typed into the description too.
   */
  async function* entries(filter: DisputeListFilter, sort: DisputeSort, now: Date): AsyncGenerator<LedgerEntry[]> {
    const [active, calendar, labels] = [await rules.active(), await rules.calendar(), await categories.labels()];
    const cipher = await deps.fields.cipher();
    const rowids = await listDisputeRowids(db, filter, sort, { now: now.toISOString(), dueTodayUntil: dueTodayUntil(now, calendar).toISOString() });
    for (let at = 0; at < rowids.length; at += PAGE) {
      const rows = await disputeRowsAt(db, rowids.subarray(at, at + PAGE));
      const phones = await applicantPhones(db, rows.map((r) => r.id));
      // Stored sealed (fieldcrypt/): opened in the core, masked before the file sees them.
      const masked = (list: readonly string[]) => list.map((phone) => maskPhone(cipher.open(PHONE_FIELD, phone)));
      yield rows.map((r) => {
        const row = toDisputeRow(r, active, now, calendar);
        return { row, phones: masked(phones.get(r.id) ?? []), description: maskNumbersInText(r.description), categoryLabel: labels[row.category] };
      });
    }
  }

  /** The filters in words, for the workbook's 说明 sheet and nothing else. */
  async function filterLines(f: DisputeListFilter): Promise<[string, string][]> {
    const labels = await categories.labels();
    const names = f.estateId || f.companyId || f.mediatorId ? await disputeNames(db, { estate_id: f.estateId ?? '', company_id: f.companyId ?? null, mediator_id: f.mediatorId ?? null }) : null;
    const day = (iso: string) => new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
    const lines: [string, string | null | undefined][] = [
      ['搜索', f.search],
      ['状态', f.status?.map((s) => STATUS_LABELS[s as keyof typeof STATUS_LABELS]).join('、')],
      ['等级', f.tier?.map((s) => TIER_LABELS[s as keyof typeof TIER_LABELS]).join('、')],
      ['类别', f.category?.map((s) => labels[s as keyof typeof labels] ?? s).join('、')],
      ['小区', f.estateId && names?.estate_name],
      ['物业服务企业', f.companyId && names?.company_name],
      ['调解员', f.mediatorId && names?.mediator_name],
      ['逾期', f.overdue === undefined ? undefined : f.overdue ? '仅逾期' : '未逾期'],
      ['受理时间自', f.receivedFrom && day(f.receivedFrom)],
      ['受理时间早于', f.receivedTo && day(f.receivedTo)],
    ];
    const set = lines.filter((l): l is [string, string] => typeof l[1] === 'string' && l[1] !== '');
    return set.length > 0 ? set.map(([k, v]) => [`筛选：${k}`, v]) : [['筛选', '无（全部案件）']];
  }

  return {
    /**
     * Writes the ledger as filtered and ordered on screen, then logs who exported
     * what (an audit note, `reveal`, like showing a phone number: no version of
     * any record changes). A log that cannot be written leaves no file.
     */
    async ledger(input: ParsedInputOf<'disputes:export-ledger'>, actor: string) {
      const { sort, ...filter } = input;
      const now = deps.ports.clock.now();
      const fileName = `纠纷台账-${stamp(now)}.xlsx`;
      const file = join(exportsDir, fileName);
      mkdirSync(exportsDir, { recursive: true, mode: PRIVATE_DIR });
      const filters = await filterLines(filter);
      let rows = 0;
      const partial = await writeStreamPartial(file, async (out) => {
        rows = await writeLedgerXlsx(out, entries(filter, listOrder(sort, filter.search), now), { exportedAt: now, exportedBy: actor, filters });
      }, PRIVATE);
      // Logged first, renamed after: a kill in between leaves a `.partial` (removed at
      // the next start), never a finished workbook of personal data that the log does not show.
      try {
        await db.transaction().execute((trx) =>
          appendChange(trx, { at: nowIso(deps), actor, entity: 'dispute_exports', entityId: deps.ports.ids.next(), action: 'reveal', record: { kind: 'ledger', file_name: fileName, rows, filter: input } }),
        );
        commitPartial(partial, file);
      } catch (error) {
        removeQuietly(partial);
        throw error;
      }
      return { file, fileName, rows };
    },

    /** 每月研判 for `month` as a workbook (counts only: no personal data, so nothing is logged). */
    async monthly(month: string, actor: string) {
      const analysis = await reports.monthly(month);
      const fileName = `每月研判-${month}.xlsx`;
      const file = join(exportsDir, fileName);
      mkdirSync(exportsDir, { recursive: true, mode: PRIVATE_DIR });
      await writeStreamAtomic(file, (out) => writeMonthlyXlsx(out, analysis, { exportedAt: deps.ports.clock.now(), exportedBy: actor }), PRIVATE);
      return { file, fileName };
    },
  };
}
