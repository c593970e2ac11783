import { sql, type Selectable } from 'kysely';
import type { ActionListState, ActionSource, ResponsibleKind } from '#shared/domain/actions/actions.schema';
import { statusesOfListState } from '#shared/domain/actions/actions.schema';
import type { Db, Tx } from '../db/schema';
import type { ActionItemsTable } from './actions.table';

type Q = Db | Tx;
export type ActionItemRecord = Selectable<ActionItemsTable>;

export type ActionListFilter = {
  state: ActionListState;
  estateId?: string;
  /** Items about the community's estates. */
  communityId?: string;
  companyId?: string;
  disputeId?: string;
  meetingId?: string;
  source?: ActionSource;
  responsibleKind?: ResponsibleKind;
  responsibleRefId?: string;
  /** Only items past their due date (unfinished ones only can be). */
  overdueOnly?: boolean;
};

/** A listed item with the names it points at. */
export type ActionListRow = ActionItemRecord & { estate_name: string | null; company_name: string | null; dispute_case_no: string | null };

function filtered(db: Q, f: ActionListFilter, today: string) {
  const statuses = f.overdueOnly ? statusesOfListState('unfinished').filter((s) => statusesOfListState(f.state).includes(s)) : statusesOfListState(f.state);
  let q = db.selectFrom('action_items as a').where('a.deleted_at', 'is', null);
  // `status IN ('open','in-progress')` written out literally, so SQLite can use the partial indexes.
  if (f.state === 'unfinished' || f.overdueOnly) q = q.where(sql<boolean>`a.status IN ('open','in-progress')`);
  else if (f.state !== 'all') q = q.where('a.status', 'in', [...statuses]);
  if (statuses.length === 0) q = q.where(sql<boolean>`0`);
  if (f.overdueOnly) q = q.where('a.due_on', '<', today);
  if (f.estateId) q = q.where('a.estate_id', '=', f.estateId);
  const communityId = f.communityId;
  // Through the estates (an item names its estate, not its community), by the action_items estate index.
  if (communityId) q = q.where((eb) => eb('a.estate_id', 'in', eb.selectFrom('estates as ce').select('ce.id').where('ce.community_id', '=', communityId)));
  if (f.companyId) q = q.where('a.company_id', '=', f.companyId);
  if (f.disputeId) q = q.where('a.dispute_id', '=', f.disputeId);
  if (f.meetingId) q = q.where('a.meeting_id', '=', f.meetingId);
  if (f.source) q = q.where('a.source', '=', f.source);
  if (f.responsibleKind) q = q.where('a.responsible_kind', '=', f.responsibleKind);
  if (f.responsibleRefId) q = q.where('a.responsible_ref_id', '=', f.responsibleRefId);
  return q;
}

/**
 * Overdue first. Among unfinished items that is simply the earliest due date first
 * (an overdue item's due date is before every other's), which the partial indexes
 * serve as they are; lists that include finished items put the overdue ones ahead explicitly.
 */
function ordered<T extends ReturnType<typeof filtered>>(q: T, f: ActionListFilter, today: string): T {
  if (f.state === 'unfinished' || f.overdueOnly) return q.orderBy('a.due_on').orderBy('a.id') as T;
  return q
    .orderBy(sql`CASE WHEN a.status IN ('open','in-progress') AND a.due_on < ${today} THEN 0 WHEN a.status IN ('open','in-progress') THEN 1 WHEN a.status = 'done' THEN 2 ELSE 3 END`)
    .orderBy('a.due_on')
    .orderBy('a.id') as T;
}

/** One page of the list, and how many match. */
export async function listActionItems(db: Q, f: ActionListFilter, today: string, offset: number, limit: number): Promise<{ rows: ActionListRow[]; total: number }> {
  // The page's ids in order from the index first, then the names for those rows only.
  const ids = await ordered(filtered(db, f, today), f, today).select('a.id').limit(limit).offset(offset).execute();
  const rows = await actionItemsByIds(db, ids.map((r) => r.id));
  const total = await filtered(db, f, today).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(total.n) };
}

/** Every matching id in list order (the export reads them a page at a time). */
export async function listActionItemIds(db: Q, f: ActionListFilter, today: string): Promise<string[]> {
  const rows = await ordered(filtered(db, f, today), f, today).select('a.id').execute();
  return rows.map((r) => r.id);
}

/** Items by id with their names, in the order given. */
export async function actionItemsByIds(db: Q, ids: readonly string[]): Promise<ActionListRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('action_items as a')
    .leftJoin('estates as e', 'e.id', 'a.estate_id')
    .leftJoin('companies as c', 'c.id', 'a.company_id')
    .leftJoin('disputes as d', 'd.id', 'a.dispute_id')
    .selectAll('a')
    .select(['e.name as estate_name', 'c.name as company_name', 'd.case_no as dispute_case_no'])
    .where('a.id', 'in', [...ids])
    .execute();
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((x, y) => order.get(x.id)! - order.get(y.id)!);
}
