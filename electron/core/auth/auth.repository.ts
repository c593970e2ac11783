import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { OperatorsTable } from './auth.table';

export type OperatorRow = Selectable<OperatorsTable>;

export const countOperators = async (db: Kysely<Database>): Promise<number> =>
  Number(
    (
      await db
        .selectFrom('operators')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('deleted_at', 'is', null)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const findOperatorByUsername = (db: Kysely<Database>, username: string) =>
  db.selectFrom('operators').selectAll().where('username', '=', username).where('deleted_at', 'is', null).executeTakeFirst();

export const findOperator = (db: Kysely<Database> | Transaction<Database>, id: string) =>
  db.selectFrom('operators').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();

/** An operator with the name of the member of staff it stands for (null when unlinked or that record is deleted). */
export type OperatorWithStaff = OperatorRow & { staff_name: string | null };

const withStaff = (db: Kysely<Database> | Transaction<Database>) =>
  db
    .selectFrom('operators as o')
    .leftJoin('staff as s', (j) => j.onRef('s.id', '=', 'o.staff_id').on('s.deleted_at', 'is', null))
    .selectAll('o')
    .select('s.name as staff_name')
    .where('o.deleted_at', 'is', null);

export const listOperators = (db: Kysely<Database>): Promise<OperatorWithStaff[]> => withStaff(db).orderBy('o.created_at').execute();

export const findOperatorWithStaff = (db: Kysely<Database> | Transaction<Database>, id: string): Promise<OperatorWithStaff | undefined> =>
  withStaff(db).where('o.id', '=', id).executeTakeFirst();

/** A member of staff still in the registry. */
export const liveStaff = (db: Kysely<Database> | Transaction<Database>, id: string) =>
  db.selectFrom('staff').select(['id', 'name']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();

/** The other active account already standing for this member of staff, if any. */
export const accountOfStaff = (db: Kysely<Database> | Transaction<Database>, staffId: string, exceptId: string | null) => {
  let q = db.selectFrom('operators').select(['id', 'username']).where('staff_id', '=', staffId).where('deleted_at', 'is', null);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return q.executeTakeFirst();
};

export const insertOperator = (trx: Transaction<Database>, row: OperatorRow) => trx.insertInto('operators').values(row).execute();

/** Optimistic update: returns false when the version moved on (someone else saved first). */
export async function updateOperator(
  trx: Transaction<Database>,
  id: string,
  version: number,
  patch: Partial<Pick<OperatorRow, 'password_hash' | 'deleted_at' | 'updated_at' | 'staff_id'>>,
): Promise<boolean> {
  const result = await trx
    .updateTable('operators')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** What the change log may hold of an operator: never the password hash. */
export function operatorAuditRecord(row: OperatorRow): Record<string, unknown> {
  const { password_hash: _secret, ...rest } = row;
  return rest;
}

export const anyOperatorExists = async (db: Kysely<Database> | Transaction<Database>): Promise<boolean> =>
  !!(await db.selectFrom('operators').select('id').limit(1).executeTakeFirst());

export const usernameTaken = async (db: Kysely<Database> | Transaction<Database>, username: string): Promise<boolean> =>
  !!(await db.selectFrom('operators').select('id').where('username', '=', username).where('deleted_at', 'is', null).executeTakeFirst());
