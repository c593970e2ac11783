import { checkMemberChange } from '#shared/domain/committees/committee-actions';
import { ceasedProblem, designationProblem } from '#shared/domain/committees/committee-rules';
import type { CommitteeDetail } from '#shared/domain/committees/committee-views';
import { idNumberProblem } from '#shared/domain/disputes/id-number';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { appendChange } from '../changes/change-log.repository';
import { newRecord } from '../db/record-columns';
import { insertRecord, updateRecord } from '../db/record-store';
import type { Tx } from '../db/schema';
import { AppError, fieldError, notFound } from '../errors';
import type { FieldCodec } from '../fieldcrypt/field-codec';
import type { ServiceDeps } from '../service-deps';
import { officeWrite, metaOf, type WriteCtx } from '../office-write';
import { findCommittee, findMember, seatElsewhere, sensitiveOf, type CommitteeRecord } from './committees.repository';
import { committeeFor, type CommitteesService } from './committees.service';

type MemberFields = ParsedInputOf<'committees:add-member'>;

/**
 * The person-level checks shared by adding and editing a member: a real birth date
 * by today, a designation within the term, and one seat per person (the same ID
 * number on another current committee is refused, naming that estate).
 */
export async function checkSeat(trx: Tx, c: Pick<CommitteeRecord, 'id' | 'term_start' | 'term_end'>, m: Omit<MemberFields, 'committeeId'>, today: string, exceptMemberId: string | null, fields: FieldCodec) {
  const idProblem = idNumberProblem(m.idNumber, today);
  if (idProblem) throw fieldError(['idNumber'], idProblem);
  const dateProblem = designationProblem(m.designatedOn, { start: c.term_start, end: c.term_end });
  if (dateProblem) throw fieldError(['designatedOn'], dateProblem);
  // By keyed hash: ID numbers are stored sealed, and equal numbers give different ciphertexts.
  const seat = await seatElsewhere(trx, await fields.hash('id-number', m.idNumber), exceptMemberId);
  if (seat) {
    const where = seat.committee_id === c.id ? '本届业委会' : `「${seat.estate_name}」第 ${seat.term_no} 届业委会`;
    throw fieldError(['idNumber'], `此人已是${where}成员，同一人只能在一个业委会任职`);
  }
}

/** Members: designation, corrections, leaving, and the logged reveal of phone and ID number. */
export function createCommitteeMembersService(deps: ServiceDeps, committees: CommitteesService) {
  async function write(actor: string, work: (ctx: WriteCtx) => Promise<string>): Promise<CommitteeDetail> {
    const committeeId = await officeWrite(deps, actor, work);
    return committees.detail(committeeId);
  }

  /** A serving member of a committee that is not dissolved. */
  async function memberFor(trx: Tx, id: string) {
    const m = await findMember(trx, id);
    if (!m) throw notFound('成员');
    const c = await findCommittee(trx, m.committee_id);
    if (!c) throw notFound('业委会');
    const check = checkMemberChange({ ceasedOn: m.ceased_on, committee: { status: c.status } });
    if (!check.ok) throw new AppError('forbidden-transition', check.message);
    return { m, c };
  }

  return {
    add(input: ParsedInputOf<'committees:add-member'>, actor: string) {
      return write(actor, async (ctx) => {
        const c = await committeeFor(ctx.trx, input.committeeId, 'add-member');
        await checkSeat(ctx.trx, c, input, ctx.today, null, deps.fields);
        await insertRecord(ctx.trx, 'committee_members', await deps.fields.seal('committee_members', {
          ...newRecord(deps.ports.ids, ctx.officeId, ctx.at),
          committee_id: c.id, name: input.name, position: input.position, party_member: input.partyMember ? 1 : 0, cross_serving: input.crossServing ? 1 : 0,
          phone: input.phone, id_number: input.idNumber, designated_on: input.designatedOn, ceased_on: null, cease_reason: null, cease_note: null, candidate_id: null,
        }), metaOf(ctx, '成员'));
        return c.id;
      });
    },

    /** Optimistic: a second clerk saving over an older version gets `conflict`, and nothing of the first is lost. */
    update(input: ParsedInputOf<'committees:update-member'>, actor: string) {
      return write(actor, async (ctx) => {
        const { m, c } = await memberFor(ctx.trx, input.id);
        await checkSeat(ctx.trx, c, input, ctx.today, m.id, deps.fields);
        await updateRecord(ctx.trx, 'committee_members', m.id, input.version, await deps.fields.seal('committee_members', {
          name: input.name, position: input.position, party_member: input.partyMember ? 1 : 0, cross_serving: input.crossServing ? 1 : 0,
          phone: input.phone, id_number: input.idNumber, designated_on: input.designatedOn,
        }), metaOf(ctx, '成员'));
        return c.id;
      });
    },

    cease(input: ParsedInputOf<'committees:cease-member'>, actor: string) {
      return write(actor, async (ctx) => {
        const { m, c } = await memberFor(ctx.trx, input.id);
        const problem = ceasedProblem(input.ceasedOn, m.designated_on);
        if (problem) throw fieldError(['ceasedOn'], problem);
        if (input.ceasedOn > ctx.today) throw fieldError(['ceasedOn'], '不能晚于今天');
        if (input.reason === 'other' && input.note === null) throw fieldError(['note'], '离任原因为「其他」时须说明');
        await updateRecord(ctx.trx, 'committee_members', m.id, input.version, { ceased_on: input.ceasedOn, cease_reason: input.reason, cease_note: input.note }, metaOf(ctx, '成员'));
        return c.id;
      });
    },

    /** One sensitive field in clear, and a `reveal` entry in the change log saying who saw which field (never the value). */
    async reveal(input: ParsedInputOf<'committees:reveal'>, actor: string) {
      return officeWrite(deps, actor, async (ctx) => {
        const table = input.person === 'member' ? 'committee_members' : 'election_candidates';
        const found = await sensitiveOf(ctx.trx, table, input.id);
        if (!found) throw notFound(input.person === 'member' ? '成员' : '候选人');
        const row = await deps.fields.open(table, found);
        await appendChange(ctx.trx, { at: ctx.at, actor, entity: table, entityId: row.id, action: 'reveal', record: { field: input.field } });
        return { value: input.field === 'phone' ? row.phone : row.id_number };
      });
    },
  };
}
