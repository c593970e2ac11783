import type { Db, Tx } from '../db/schema';
import type { ResponsibleKind } from '#shared/domain/actions/actions.schema';
import { estateFacts, findCommittee } from '../committees/committees.repository';

type Q = Db | Tx;

/**
 * Reads the action items' service needs from its own table and from the records it
 * points at (the registry, disputes, committees), each by id.
 */
export const findActionItem = (db: Q, id: string) =>
  db.selectFrom('action_items').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();

/** An estate's company (an item about an estate concerns its company unless told otherwise). */
export const estateOf = (db: Q, id: string) =>
  db.selectFrom('estates').select(['id', 'name', 'company_id']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();

/** A community's name (the export names the community a list was filtered by). */
export const communityName = async (db: Q, id: string) =>
  (await db.selectFrom('communities').select('name').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst())?.name;

export const companyExists = async (db: Q, id: string) =>
  (await db.selectFrom('companies').select('id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst()) !== undefined;

/** A dispute case's number and estate. */
export const disputeOf = (db: Q, id: string) =>
  db.selectFrom('disputes').select(['id', 'case_no', 'estate_id', 'company_id']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();

/** The name of the registry record a responsible party points at, or undefined when there is none of that kind. */
export async function responsibleRecordName(db: Q, kind: ResponsibleKind, id: string): Promise<string | undefined> {
  switch (kind) {
    case 'company':
      return (await db.selectFrom('companies').select('name').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst())?.name;
    case 'community':
      return (await db.selectFrom('communities').select('name').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst())?.name;
    case 'person':
      return (await db.selectFrom('staff').select('name').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst())?.name;
    case 'committee': {
      const c = await findCommittee(db, id);
      const e = c ? await estateFacts(db, c.estate_id) : undefined;
      return c && e ? `${e.name}业委会（第 ${c.term_no} 届）` : undefined;
    }
    case 'department':
      return undefined;
  }
}
