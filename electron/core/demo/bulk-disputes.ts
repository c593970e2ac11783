import { DEFAULT_DEADLINE_RULES } from '#shared/domain/disputes/deadlines';
import { idNumberCheckChar } from '#shared/domain/disputes/id-number';
import { suggestTier } from '#shared/domain/disputes/tier-rules';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { v7 as uuidv7 } from 'uuid';
import { derivedDues } from '../disputes/dispute-facts';
import { searchDocument } from '../disputes/search-document';
import type { Ledger } from '../db/open-ledger';
import { AppError } from '../errors';
import { sealRowWith, type FieldCodec } from '../fieldcrypt/field-codec';
import { bulkWriter } from './bulk-disputes.repository';
import { GIVEN, SURNAMES } from './demo-names';
import { CATEGORY_WEIGHTS, PLACES, TEMPLATES } from './dispute-texts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const BATCH = 20_000;
const PERSON_CATEGORIES = new Set(['noise-neighbours', 'illegal-construction', 'parking']);
const ETHNICITIES = ['土家族', '苗族', '回族', '壮族', '满族'];
const OCCUPATIONS = ['退休职工', '教师', '个体经营者', '公司职员', '自由职业', '医生', '工人', '公务员'];
const NO_DETAILS = { gender: null, birth_date: null, ethnicity: null, occupation: null, residence: null, representative: null };

/**
 * Writes `count` realistic cases spread over past years (older ones mostly closed,
 * recent ones open), with parties, a session for recent cases, deadlines, the
 * search index and a chained change log. Deterministic for a given seed and `now`.
 */
export function fillBulkDisputes(
  ledger: Ledger,
  options: { count: number; random: () => number; now: Date; actor: string; onProgress?: (done: number) => void; seal?: (table: string, row: Record<string, unknown>) => Record<string, unknown> },
) {
  const { count, random, now, actor } = options;
  const w = bulkWriter(ledger.raw, options.seal);
  const { office, estates, mediators, companies } = w.lookups();
  const companyName = new Map(companies.map((c) => [c.id, c.name]));
  if (!office || estates.length === 0 || mediators.length === 0) throw new AppError('conflict', '请先写入登记演示数据（小区、调解员）。');
  const existing = ledger.raw.prepare('SELECT count(*) AS n FROM disputes').get() as { n: number };
  if (existing.n > 0) throw new AppError('conflict', '台账中已有纠纷案件，批量演示案件只能写入没有案件的台账。');

  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const totalWeight = CATEGORY_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  const category = () => {
    let r = random() * totalWeight;
    for (const [c, weight] of CATEGORY_WEIGHTS) if ((r -= weight) < 0) return c;
    return 'other' as const;
  };
  const person = () => pick(SURNAMES) + pick(GIVEN);
  const fill = (t: string) => t.replace('{b}', String(1 + Math.floor(random() * 30))).replace('{f}', String(1 + Math.floor(random() * 32))).replace('{n}', String(5 + Math.floor(random() * 30))).replace('{m}', String(1 + Math.floor(random() * 18)));
  const idNumber = () => {
    const body = `421202${1950 + Math.floor(random() * 50)}${String(1 + Math.floor(random() * 12)).padStart(2, '0')}${String(1 + Math.floor(random() * 28)).padStart(2, '0')}${String(Math.floor(random() * 1000)).padStart(3, '0')}`;
    return body + idNumberCheckChar(body)!;
  };
  const id = (ms: number) => uuidv7({ msecs: ms, random: Uint8Array.from({ length: 16 }, () => Math.floor(random() * 256)) });
  const iso = (ms: number) => new Date(Math.min(ms, now.getTime())).toISOString();

  // Fifty a day at most, and at least half a year, so a few hundred cases fill several months of 每月研判.
  const spanDays = Math.min(2500, Math.max(180, Math.ceil(count / 50)));
  const start = now.getTime() - spanDays * DAY;
  const seqByYear = new Map<number, number>();
  let lastKey = 0;
  for (let done = 0; done < count; done += BATCH) {
    w.transaction(() => {
      for (let i = done; i < Math.min(count, done + BATCH); i++) {
        const received = start + Math.floor(((i + random()) / count) * spanDays * DAY);
        const created = Math.min(received + Math.floor(random() * 2 * HOUR), now.getTime());
        const year = Number(shanghaiDate(new Date(created)).slice(0, 4));
        const seq = (seqByYear.get(year) ?? w.maxCaseSeq(year)) + 1;
        seqByYear.set(year, seq);
        const caseNo = `${year}-${String(seq).padStart(4, '0')}`;
        const cat = category();
        const estate = pick(estates);
        const mediator = pick(mediators);
        const hotline = random() < 0.35;
        const ageDays = (now.getTime() - received) / DAY;
        const r = random();
        const status = ageDays > 30
          ? r < 0.8 ? 'closed' : r < 0.84 ? 'rejected' : r < 0.89 ? 'withdrawn' : r < 0.94 ? 'settled' : r < 0.97 ? 'failed' : 'referred'
          : ageDays > 3
            ? r < 0.3 ? 'closed' : r < 0.55 ? 'settled' : r < 0.75 ? 'mediating' : r < 0.85 ? 'assigned' : r < 0.9 ? 'failed' : r < 0.95 ? 'referred' : 'registered'
            : r < 0.4 ? 'registered' : r < 0.7 ? 'assigned' : 'mediating';
        const path = status === 'closed' ? (r < 0.74 ? 'settled' : r < 0.78 ? 'failed' : 'referred') : status;
        const assigned = ['registered', 'rejected', 'withdrawn'].includes(status) ? null : received + (1 + random() * 6) * HOUR;
        const session = assigned && status !== 'assigned' ? assigned + (2 + random() * 30) * HOUR : null;
        const outcome = session && ['settled', 'failed', 'referred'].includes(path) ? session + random() * 6 * DAY : null;
        const closedAt = status === 'closed' && outcome ? outcome + (1 + random() * 10) * DAY : ['rejected', 'withdrawn'].includes(status) ? received + random() * 3 * DAY : null;
        const description = fill(pick(TEMPLATES[cat]));
        const row = {
          id: id(created), office_id: office.id, created_at: iso(created), updated_at: iso(closedAt ?? outcome ?? session ?? created), version: 1, deleted_at: null,
          case_year: year, case_seq: seq, case_no: caseNo, source: hotline ? 'hotline-12345' : pick(['walk-in', 'phone', 'grid-report', 'department-referral', 'court-referral'] as const),
          hotline_order_no: hotline ? `GD${year}${String(seq).padStart(7, '0')}` : null,
          hotline_received_at: hotline ? iso(received - random() * 1.5 * HOUR) : null,
          received_at: iso(received), estate_id: estate.id, company_id: estate.company_id, category: cat,
          tier: suggestTier(cat), suggested_tier: suggestTier(cat), tier_reason: null, tier_started_at: iso(received),
          description, status, mediator_id: assigned ? mediator.id : null, assigned_at: assigned ? iso(assigned) : null,
          first_session_at: session ? iso(session) : null, outcome_at: outcome && path !== 'referred' ? iso(outcome) : null,
          agreed_terms: outcome && path === 'settled' ? '一、双方按协商结果履行\n二、物业服务企业限期整改到位' : null,
          performance: outcome && path === 'settled' ? '双方自觉履行，社区监督' : null,
          performance_due: outcome && path === 'settled' ? iso(outcome + 15 * DAY) : null,
          failure_reason: outcome && path === 'failed' ? '双方分歧较大，被申请人拒绝调解' : null,
          court_name: outcome && path === 'failed' && status === 'closed' ? '咸宁市咸安区人民法院' : null,
          court_date: outcome && path === 'failed' && status === 'closed' ? iso(outcome + DAY) : null,
          court_reference: outcome && path === 'failed' && status === 'closed' ? `(${year})鄂1202诉前调${seq}号` : null,
          department_name: outcome && path === 'referred' ? pick(['咸安区住建局', '城管执法大队', '消防救援大队', '市场监管所']) : null,
          department_referred_at: outcome && path === 'referred' ? iso(outcome) : null,
          department_result: outcome && path === 'referred' && status === 'closed' ? '已责令限期整改，整改到位' : null,
          department_result_at: outcome && path === 'referred' && status === 'closed' ? iso(outcome + 5 * DAY) : null,
          joint_referral_at: suggestTier(cat) === 'major' && assigned ? iso(assigned) : null,
          feedback_at: (status === 'closed' && path === 'settled') || (hotline && outcome) ? iso((outcome ?? received) + 2 * DAY) : null,
          satisfaction: (status === 'closed' && path === 'settled') || (hotline && outcome) ? (random() < 0.92 ? 'satisfied' : random() < 0.7 ? 'basically-satisfied' : 'dissatisfied') : null,
          feedback_notes: null,
          return_visit_due_at: null,
          return_visit_at: status === 'closed' && path === 'settled' ? iso((outcome ?? received) + 7 * DAY) : null,
          return_visit_notes: status === 'closed' && path === 'settled' ? '回访时协议已履行' : null,
          rejection_reason: status === 'rejected' ? '不属于物业纠纷调解范围，已告知当事人其他途径' : null,
          closed_at: closedAt ? iso(closedAt) : null,
          withdrawal_reason: status === 'withdrawn' ? '申请人与对方自行和解，申请撤回' : null,
          superseded_deadlines: null,
          search_key: (lastKey = Math.max(received * 1000, lastKey + 1)),
        };
        Object.assign(row, derivedDues(row as never, DEFAULT_DEADLINE_RULES, now));
        w.insert('disputes', row, actor);
        const applicant = person();
        const parties = [applicant];
        const base = { office_id: office.id, created_at: row.created_at, updated_at: row.created_at, version: 1, deleted_at: null, dispute_id: row.id };
        // Settled cases carry what their agreement prints; gender and birth date come from the ID number when there is one.
        const agreement = path === 'settled';
        const personDetails = (idNo: string | null) => agreement
          ? { gender: idNo ? null : pick(['male', 'female'] as const), birth_date: idNo ? null : `${1950 + Math.floor(random() * 50)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
            ethnicity: random() < 0.93 ? '汉族' : pick(ETHNICITIES), occupation: pick(OCCUPATIONS), residence: `${estate.name}${fill('{b}')}栋${1 + Math.floor(random() * 4)}单元${fill('{f}')}0${1 + Math.floor(random() * 4)}室`, representative: null }
          : NO_DETAILS;
        const applicantId = random() < 0.25 ? idNumber() : null;
        w.insert('dispute_parties', { ...base, id: id(created), position: 0, role: 'applicant', kind: 'person', name: applicant, phone: random() < 0.6 ? `13${Math.floor(random() * 10)}${String(Math.floor(random() * 1e8)).padStart(8, '0')}` : null, id_number: applicantId, company_id: null, ...personDetails(applicantId) }, actor);
        if (PERSON_CATEGORIES.has(cat) || !estate.company_id) {
          const respondent = person();
          parties.push(respondent);
          w.insert('dispute_parties', { ...base, id: id(created), position: 1, role: 'respondent', kind: 'person', name: respondent, phone: null, id_number: null, company_id: null, ...personDetails(null) }, actor);
        } else {
          const organisation = agreement ? { ...NO_DETAILS, residence: estate.address, representative: person() } : NO_DETAILS;
          w.insert('dispute_parties', { ...base, id: id(created), position: 1, role: 'respondent', kind: 'company', name: companyName.get(estate.company_id) ?? '物业服务企业', phone: null, id_number: null, company_id: estate.company_id, ...organisation }, actor);
        }
        const notes: string[] = [];
        if (session && ageDays < 180) {
          const note = `双方就${description.slice(0, 12)}等问题当面协商，调解员释法明理`;
          notes.push(note);
          w.insert('dispute_sessions', { ...base, id: id(session), created_at: iso(session), updated_at: iso(session), held_at: iso(session), place: pick(PLACES), attendees: `${parties.join('、')}、${mediator.name}`, mediator_id: mediator.id, notes: note }, actor);
        }
        w.index(row.search_key, searchDocument({ description, caseNo, hotlineOrderNo: row.hotline_order_no, parties, notes }));
      }
    });
    options.onProgress?.(Math.min(count, done + BATCH));
  }
}

/**
 * The bulk cases as a running office holds them: phone and ID numbers sealed with the
 * ledger's field key as they are written. Without it the next open would seal a
 * million cases' rows and change log first (the upgrade path), which is not what
 * `ledger demo --disputes` or a benchmark means to measure.
 */
export async function fillBulkDisputesSealed(ledger: Ledger, fields: FieldCodec, options: Omit<Parameters<typeof fillBulkDisputes>[1], 'seal'>) {
  const cipher = await fields.cipher();
  return fillBulkDisputes(ledger, { ...options, seal: (table, row) => sealRowWith(cipher, table, row) });
}
