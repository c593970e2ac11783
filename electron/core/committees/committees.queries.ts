import { sql, type ExpressionBuilder } from 'kysely';
import type { CommitteeStatus, CommitteeKind } from '#shared/domain/committees/committees.schema';
import type { Database, Db, Tx } from '../db/schema';

type Q = Db | Tx;

export type CommitteeListFilter = {
  search?: string;
  kind?: CommitteeKind;
  status?: CommitteeStatus[];
  /** Only committees whose party share is below `requiredPercent`. */
  partyShortOf?: number;
  /** A single estate (the estate page's card). */
  estateId?: string;
};

export type CommitteeListRow = {
  id: string;
  version: number;
  estate_id: string;
  estate_name: string;
  community_name: string;
  kind: CommitteeKind;
  term_no: number;
  term_start: string;
  term_end: string;
  status: CommitteeStatus;
  members: number;
  party_members: number;
  last_score: number | null;
};

type Eb = ExpressionBuilder<Database & { c: Database['committees'] }, 'c'>;
const serving = (eb: Eb, party: boolean) => {
  let q = eb
    .selectFrom('committee_members as m')
    .select((s) => s.fn.countAll<number>().as('n'))
    .whereRef('m.committee_id', '=', 'c.id')
    .where('m.deleted_at', 'is', null)
    .where('m.ceased_on', 'is', null);
  if (party) q = q.where('m.party_member', '=', 1);
  return q;
};

function base(db: Q, f: CommitteeListFilter) {
  let q = db
    .selectFrom('committees as c')
    .innerJoin('estates as e', 'e.id', 'c.estate_id')
    .innerJoin('communities as co', 'co.id', 'e.community_id')
    .where('c.deleted_at', 'is', null)
    .where('c.status', 'in', f.status && f.status.length > 0 ? f.status : ['preparing', 'sitting', 're-electing']);
  if (f.kind) q = q.where('c.kind', '=', f.kind);
  if (f.estateId) q = q.where('c.estate_id', '=', f.estateId);
  if (f.search) {
    const like = `%${f.search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    q = q.where((eb) => eb.or([sql<boolean>`e.name LIKE ${like} ESCAPE '\\'`, sql<boolean>`co.name LIKE ${like} ESCAPE '\\'`]));
  }
  if (f.partyShortOf !== undefined) {
    const pct = f.partyShortOf;
    q = q.where((eb) => eb(sql`(${serving(eb, true)}) * 100`, '<', sql`(${serving(eb, false)}) * ${pct}`));
  }
  return q;
}

/** One page of current committees with their serving and party-member counts. */
export async function listCommittees(db: Q, f: CommitteeListFilter, sort: 'estate' | 'term-end' | 'party-share', offset: number, limit: number) {
  let q = base(db, f).select((eb) => [
    'c.id', 'c.version', 'c.estate_id', 'e.name as estate_name', 'co.name as community_name', 'c.kind', 'c.term_no', 'c.term_start', 'c.term_end', 'c.status',
    serving(eb, false).as('members'),
    serving(eb, true).as('party_members'),
    eb
      .selectFrom('committee_evaluations as v')
      .select('v.total')
      .whereRef('v.committee_id', '=', 'c.id')
      .where('v.deleted_at', 'is', null)
      .orderBy('v.half', 'desc')
      .limit(1)
      .as('last_score'),
  ]);
  if (sort === 'term-end') q = q.orderBy('c.term_end').orderBy('e.name');
  else if (sort === 'party-share') q = q.orderBy(sql`CAST(party_members AS REAL) / MAX(members, 1)`).orderBy('e.name');
  else q = q.orderBy('e.name').orderBy('c.id');
  const rows = (await q.limit(limit).offset(offset).execute()) as CommitteeListRow[];
  const total = await base(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(total.n) };
}

/** How many committees match (no per-row counts: for totals only). */
export async function countCommittees(db: Q, f: CommitteeListFilter): Promise<number> {
  const row = await base(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
