import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import type { Tx } from './db/schema';
import { AppError } from './errors';
import { getOffice } from './registry/office.repository';
import { nowIso, type ServiceDeps } from './service-deps';

/** What every write of the office's records needs inside its transaction: the handle, the office, the time and China's date. */
export type WriteCtx = { trx: Tx; officeId: string; at: string; today: string; actor: string };

/**
 * Runs `work` in one immediate transaction with the office and the clock read once.
 * Every check throws before anything is written or rolls the whole write back, so a
 * refused input leaves the ledger and its change log as they were.
 */
export function officeWrite<T>(deps: ServiceDeps, actor: string, work: (ctx: WriteCtx) => Promise<T>): Promise<T> {
  return deps.db.transaction().execute(async (trx) => {
    const office = await getOffice(trx);
    if (!office) throw new AppError('conflict', '请先完成街道信息登记。');
    const at = nowIso(deps);
    return work({ trx, officeId: office.id, at, today: shanghaiDate(at), actor });
  });
}

/** The `WriteMeta` of record-store for a record named `what` in Chinese. */
export const metaOf = (ctx: WriteCtx, what: string) => ({ at: ctx.at, actor: ctx.actor, what });
