import { sql, type Kysely, type Transaction } from 'kysely';
import { nameSortKey } from '#shared/domain/registry/name-sort';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** A name with its pinyin sort key: every write of a registry name goes through this, so the key never goes stale. */
export const named = (name: string) => ({ name, name_sort: nameSortKey(name) });

// instr() matches Chinese substrings exactly and needs no LIKE-escaping of % and _.
const contains = (column: string, term: string) => sql<boolean>`instr(${sql.ref(column)}, ${term}) > 0`;

export function listCommunities(db: Db, search?: string) {
  let q = db
    .selectFrom('communities as c')
    .selectAll('c')
    .select((eb) =>
      eb
        .selectFrom('estates as e')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('e.community_id', '=', 'c.id')
        .where('e.deleted_at', 'is', null)
        .as('estate_count'),
    )
    .where('c.deleted_at', 'is', null);
  if (search) q = q.where(contains('c.name', search));
  return q.orderBy('c.name_sort').execute();
}

export function listCompanies(db: Db, filter: { search?: string; id?: string }) {
  let q = db
    .selectFrom('companies as co')
    .selectAll('co')
    .select((eb) =>
      eb
        .selectFrom('estates as e')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('e.company_id', '=', 'co.id')
        .where('e.deleted_at', 'is', null)
        .as('estate_count'),
    )
    .where('co.deleted_at', 'is', null);
  if (filter.id) q = q.where('co.id', '=', filter.id);
  if (filter.search) {
    const term = filter.search;
    q = q.where((eb) => eb.or([contains('co.name', term), eb('co.credit_code', '=', term.toUpperCase())]));
  }
  return q.orderBy('co.name_sort').execute();
}

export function listEstates(db: Db, filter: { search?: string; communityId?: string; companyId?: string; id?: string }) {
  let q = db
    .selectFrom('estates as e')
    .innerJoin('communities as c', 'c.id', 'e.community_id')
    .leftJoin('companies as co', 'co.id', 'e.company_id')
    .selectAll('e')
    .select(['c.name as community_name', 'co.name as company_name'])
    .where('e.deleted_at', 'is', null);
  if (filter.id) q = q.where('e.id', '=', filter.id);
  if (filter.communityId) q = q.where('e.community_id', '=', filter.communityId);
  if (filter.companyId) q = q.where('e.company_id', '=', filter.companyId);
  if (filter.search) {
    const term = filter.search;
    q = q.where((eb) => eb.or([contains('e.name', term), contains('e.address', term)]));
  }
  return q.orderBy('e.name_sort').execute();
}

export function listStaff(db: Db, search?: string) {
  let q = db.selectFrom('staff').selectAll().where('deleted_at', 'is', null);
  if (search) q = q.where(contains('name', search));
  return q.orderBy('role').orderBy('name').execute();
}

/** A live row by id, used to check references before writing. */
export const liveRowExists = async (db: Db, table: 'communities' | 'companies' | 'estates', id: string): Promise<boolean> =>
  !!(await db.selectFrom(table).select('id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst());

export const findLiveByColumn = (db: Db, table: 'communities' | 'companies' | 'estates', column: 'name' | 'credit_code', value: string) =>
  db
    .selectFrom(table)
    .select('id')
    .where(sql.ref(column), '=', value)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();

export const countLiveEstates = async (db: Db, column: 'community_id' | 'company_id', id: string): Promise<number> =>
  Number(
    (
      await db
        .selectFrom('estates')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(column, '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirstOrThrow()
    ).n,
  );
