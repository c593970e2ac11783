import { checkCommitteeAction, type CommitteeAction } from '#shared/domain/committees/committee-actions';
import { composition, defaultTermEnd, termEndProblem, termsOverlap } from '#shared/domain/committees/committee-rules';
import type { CommitteeDetail } from '#shared/domain/committees/committee-views';
import { COMMITTEE_STATUS_LABELS } from '#shared/domain/committees/committees.schema';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { newRecord } from '../db/record-columns';
import { insertRecord, updateRecord } from '../db/record-store';
import type { Tx } from '../db/schema';
import { AppError, fieldError, notFound } from '../errors';
import type { ServiceDeps } from '../service-deps';
import { committeeRow, readCommitteeDetail } from './committee-detail';
import type { CommitteeRulesService } from './committee-rules.service';
import { officeWrite, metaOf, type WriteCtx } from '../office-write';
import { estateFacts, findCommittee, membersOf, termsOfEstate, type CommitteeRecord } from './committees.repository';
import { countCommittees, listCommittees, shortCommittees } from './committees.queries';

export type CommitteesService = ReturnType<typeof createCommitteesService>;

type TermInput = { kind: CommitteeRecord['kind']; termNo: number; termStart: string; termEnd: string | null; filedOn: string | null; partyBranch: string | null };

/** The committee a write acts on, checked against the shared rule for `action` on the stored row. */
export async function committeeFor(trx: Tx, id: string, action: CommitteeAction): Promise<CommitteeRecord> {
  const c = await findCommittee(trx, id);
  if (!c) throw notFound('业委会');
  const check = checkCommitteeAction(action, { status: c.status });
  if (!check.ok) throw new AppError('forbidden-transition', check.message);
  return c;
}

/** Committees (terms): registration, corrections of facts, seating, dissolution, 纠错 and 改选. */
export function createCommitteesService(deps: ServiceDeps, rules: CommitteeRulesService) {
  const { db } = deps;
  const today = () => shanghaiDate(deps.ports.clock.now());

  /** A term's dates against the estate's other terms; returns the term's last day. */
  async function checkTerm(trx: Tx, estateId: string, input: TermInput, selfId: string | null): Promise<string> {
    const termYears = (await rules.active(trx)).termYears;
    const termEnd = input.termEnd ?? defaultTermEnd(input.termStart, termYears);
    const endProblem = termEndProblem(input.termStart, termEnd);
    if (endProblem) throw fieldError(['termEnd'], endProblem);
    const others = (await termsOfEstate(trx, estateId)).filter((t) => t.id !== selfId);
    const sameNo = others.find((t) => t.term_no === input.termNo);
    if (sameNo) throw fieldError(['termNo'], `该小区已登记第 ${input.termNo} 届（${sameNo.term_start} 至 ${sameNo.term_end}）`);
    const overlap = others.find((t) => termsOverlap({ start: input.termStart, end: termEnd }, { start: t.term_start, end: t.ended_on ?? t.term_end }));
    if (overlap) {
      throw fieldError(['termStart'], `与第 ${overlap.term_no} 届（${COMMITTEE_STATUS_LABELS[overlap.status]}，${overlap.term_start} 至 ${overlap.ended_on ?? overlap.term_end}）的任期重叠`);
    }
    return termEnd;
  }

  const detail = async (id: string, q: typeof db | Tx = db): Promise<CommitteeDetail> =>
    readCommitteeDetail(q, id, (await rules.active(q)).composition, today(), deps.fields);

  async function write(actor: string, work: (ctx: WriteCtx) => Promise<string>): Promise<CommitteeDetail> {
    const id = await officeWrite(deps, actor, work);
    return detail(id);
  }

  return {
    detail,
    /** One page of the office's current committees. */
    async list(input: ParsedInputOf<'committees:list'>) {
      const rule = (await rules.active()).composition;
      const { rows, total } = await listCommittees(
        db,
        { search: input.search, kind: input.kind, status: input.status, partyShortOf: input.partyShort ? rule.requiredPercent : undefined },
        { by: input.sort ?? 'estate', direction: input.direction ?? 'asc' },
        input.offset,
        input.limit,
      );
      const now = today();
      return { rows: rows.map((r) => committeeRow(r, rule, now)), total };
    },

    /** How many current committees the office has. */
    count: () => countCommittees(db, {}),

    /** The dashboard's committees short of the required party share: the first `limit` by pinyin, and the number in all. */
    async partyShort(limit: number) {
      const rule = (await rules.active()).composition;
      const { rows, total } = await shortCommittees(db, rule.requiredPercent, limit);
      return {
        total,
        rows: rows.map((r) => {
          const share = composition(Array.from({ length: r.members }, (_, i) => ({ partyMember: i < r.party_members })), rule);
          return { committeeId: r.id, estateName: r.estate_name, percent: share.percent, shortOfRequired: share.shortOfRequired };
        }),
      };
    },

    /** The estate page's card: its current committee (or null) and how many terms it has had. */
    async estateCard(estateId: string) {
      if (!(await estateFacts(db, estateId))) throw notFound('小区');
      const rule = (await rules.active()).composition;
      const { rows } = await listCommittees(db, { estateId }, { by: 'estate', direction: 'asc' }, 0, 1);
      const terms = await termsOfEstate(db, estateId);
      return { current: rows[0] ? committeeRow(rows[0], rule, today()) : null, terms: terms.length };
    },

    create(input: ParsedInputOf<'committees:create'>, actor: string) {
      return write(actor, async (ctx) => {
        if (!(await estateFacts(ctx.trx, input.estateId))) throw fieldError(['estateId'], '该小区不存在或已删除，请重新选择');
        const termEnd = await checkTerm(ctx.trx, input.estateId, input, null);
        const current = (await termsOfEstate(ctx.trx, input.estateId)).find((t) => t.status !== 'dissolved');
        if (current) throw fieldError(['estateId'], `该小区已有第 ${current.term_no} 届（${COMMITTEE_STATUS_LABELS[current.status]}），新一届须经选举产生或先解散上一届`);
        if (input.status === 'sitting' && input.filedOn === null) throw fieldError(['filedOn'], '在任的一届须填写备案日期');
        const row = {
          ...newRecord(deps.ports.ids, ctx.officeId, ctx.at),
          estate_id: input.estateId, kind: input.kind, term_no: input.termNo, term_start: input.termStart, term_end: termEnd,
          status: input.status, filed_on: input.filedOn, party_branch: input.partyBranch, ended_on: null, end_reason: null, election_id: null,
        };
        await insertRecord(ctx.trx, 'committees', row, metaOf(ctx, '业委会'));
        return row.id;
      });
    },

    update(input: ParsedInputOf<'committees:update'>, actor: string) {
      return write(actor, async (ctx) => {
        const c = await committeeFor(ctx.trx, input.id, 'update');
        const termEnd = await checkTerm(ctx.trx, c.estate_id, input, c.id);
        const early = (await membersOf(ctx.trx, c.id)).find((m) => m.designated_on < input.termStart);
        if (early) throw fieldError(['termStart'], `不能晚于成员「${early.name}」的任职日期（${early.designated_on}）`);
        await updateRecord(ctx.trx, 'committees', c.id, input.version, {
          kind: input.kind, term_no: input.termNo, term_start: input.termStart, term_end: termEnd, filed_on: input.filedOn, party_branch: input.partyBranch,
        }, metaOf(ctx, '业委会'));
        return c.id;
      });
    },

    seat(input: ParsedInputOf<'committees:seat'>, actor: string) {
      return write(actor, async (ctx) => {
        const c = await committeeFor(ctx.trx, input.id, 'seat');
        if (input.filedOn > ctx.today) throw fieldError(['filedOn'], '不能晚于今天');
        await updateRecord(ctx.trx, 'committees', c.id, input.version, { status: 'sitting', filed_on: input.filedOn }, metaOf(ctx, '业委会'));
        return c.id;
      });
    },

    dissolve(input: ParsedInputOf<'committees:dissolve'>, actor: string) {
      return write(actor, async (ctx) => {
        const c = await committeeFor(ctx.trx, input.id, 'dissolve');
        if (input.endedOn < c.term_start) throw fieldError(['endedOn'], `不能早于任期开始日期（${c.term_start}）`);
        const serving = (await membersOf(ctx.trx, c.id)).filter((m) => m.ceased_on === null);
        const late = serving.find((m) => m.designated_on > input.endedOn);
        if (late) throw fieldError(['endedOn'], `不能早于成员「${late.name}」的任职日期（${late.designated_on}）`);
        await updateRecord(ctx.trx, 'committees', c.id, input.version, { status: 'dissolved', ended_on: input.endedOn, end_reason: input.reason }, metaOf(ctx, '业委会'));
        for (const m of serving) {
          await updateRecord(ctx.trx, 'committee_members', m.id, m.version, { ceased_on: input.endedOn, cease_reason: 'other', cease_note: `本届解散：${input.reason}` }, metaOf(ctx, '成员'));
        }
        return c.id;
      });
    },

    recordCorrection(input: ParsedInputOf<'committees:record-correction'>, actor: string) {
      return write(actor, async (ctx) => {
        const c = await committeeFor(ctx.trx, input.id, 'record-correction');
        if (input.correctedOn < input.decidedOn) throw fieldError(['correctedOn'], `不能早于该决定的日期（${input.decidedOn}）`);
        if (input.correctedOn > ctx.today) throw fieldError(['correctedOn'], '不能晚于今天');
        // The committee's version moves too, so a clerk editing it meanwhile learns of the correction.
        await updateRecord(ctx.trx, 'committees', c.id, input.version, {}, metaOf(ctx, '业委会'));
        await insertRecord(ctx.trx, 'committee_corrections', {
          ...newRecord(deps.ports.ids, ctx.officeId, ctx.at), committee_id: c.id, kind: 'correction',
          decision: input.decision, decided_on: input.decidedOn, correction: input.correction, corrected_on: input.correctedOn,
        }, metaOf(ctx, '纠错记录'));
        return c.id;
      });
    },

    orderReElection(input: ParsedInputOf<'committees:order-re-election'>, actor: string) {
      return write(actor, async (ctx) => {
        const c = await committeeFor(ctx.trx, input.id, 'order-re-election');
        if (input.orderedOn > ctx.today) throw fieldError(['orderedOn'], '不能晚于今天');
        await updateRecord(ctx.trx, 'committees', c.id, input.version, { status: 're-electing' }, metaOf(ctx, '业委会'));
        await insertRecord(ctx.trx, 'committee_corrections', {
          ...newRecord(deps.ports.ids, ctx.officeId, ctx.at), committee_id: c.id, kind: 're-election',
          decision: input.reason, decided_on: input.orderedOn, correction: '责令改选', corrected_on: input.orderedOn,
        }, metaOf(ctx, '改选记录'));
        return c.id;
      });
    },
  };
}
