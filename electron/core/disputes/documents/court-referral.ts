/**
 * 诉调对接案件移送函 with its 案件移送单: when mediation cannot settle a dispute,
 * the committee guides it to litigation and hands the court a summary of the case,
 * the mediation so far, why it failed and what evidence comes with it.
 */
import { CATEGORY_LABELS, type DisputeCategory } from '#shared/domain/disputes/disputes.schema';
import { formatChineseDate, type ChineseDateStyle } from './chinese-date';
import { body, cell, grid, heading, labelled, packDocument, partyLines, rightLine, sealAndDate, spacer, title, type DocumentParty } from './docx-parts';

export type MediationSessionSummary = {
  /** ISO instant or YYYY-MM-DD. */
  heldAt: string;
  place: string;
  summary: string;
};

export type CourtReferralInput = {
  caseNo: string;
  committeeName: string;
  /** The receiving court, e.g. 咸宁市咸安区人民法院. */
  court: string;
  /** The court's or the committee's reference for the referral (移送编号/案号), when known. */
  referralRef?: string | null;
  category: DisputeCategory;
  /** The category's label in force (the city's policy pack may rename it); the built-in one without. */
  categoryLabel?: string;
  /** When the office received the case and when it refers it: ISO instants or YYYY-MM-DD. */
  receivedAt: string;
  referredAt: string;
  parties: readonly DocumentParty[];
  /** 纠纷事实. */
  facts: string;
  sessions: readonly MediationSessionSummary[];
  /** 调解不成的原因. */
  failureReason: string;
  /** 当事人的主要诉求, when recorded. */
  claims?: string | null;
  /** Evidence handed over with the case (移送材料清单). */
  evidence: readonly string[];
  mediators: readonly string[];
  /** The committee's contact person and phone (the office profile's), and its address. */
  contact: { name: string; phone: string; address?: string | null };
  dateStyle?: ChineseDateStyle;
};

const names = (parties: readonly DocumentParty[], role: DocumentParty['role']): string =>
  parties.filter((p) => p.role === role).map((p) => p.name).join('、');

/** The referral letter and summary sheet as a .docx file. */
export async function buildCourtReferralSheet(input: CourtReferralInput): Promise<Buffer> {
  const style = input.dateStyle ?? 'numeric';
  const date = (v: string) => formatChineseDate(v, style);
  const applicants = names(input.parties, 'applicant') || '申请人';
  const respondents = names(input.parties, 'respondent');
  const between = respondents ? `${applicants}与${respondents}` : applicants;
  const category = input.categoryLabel ?? CATEGORY_LABELS[input.category];
  const sessions = input.sessions.length
    ? input.sessions.map((s, i) => `第${i + 1}次（${date(s.heldAt)}，${s.place.trim()}）：${s.summary.trim()}`).join('\n')
    : '未能组织调解会面。';
  const evidence = input.evidence.length ? input.evidence.map((e, i) => `${i + 1}. ${e.trim()}`).join('\n') : '无';

  return packDocument({ title: `诉调对接案件移送函 ${input.caseNo}`, creator: input.committeeName }, [
    title('诉调对接案件移送函'),
    rightLine(`编号：${input.caseNo}${input.referralRef ? `（${input.referralRef}）` : ''}`),
    labelled(`${input.court.trim()}：`, ''),
    ...body(
      `${input.committeeName}于${date(input.receivedAt)}受理的${between}${category}纠纷一案，经调解未能达成协议。` +
        '根据诉调对接工作机制，现将该案及有关材料移送你院，请依法处理。',
    ),
    spacer(),
    heading('案件移送单'),
    grid([
      [cell('案件编号', { bold: true, widthPct: 20 }), cell(input.caseNo, { widthPct: 30 }), cell('纠纷类型', { bold: true, widthPct: 20 }), cell(category, { widthPct: 30 })],
      [cell('受理日期', { bold: true }), cell(date(input.receivedAt)), cell('移送日期', { bold: true }), cell(date(input.referredAt))],
      [cell('调解员', { bold: true }), cell(input.mediators.join('、')), cell('联系人及电话', { bold: true }), cell(`${input.contact.name.trim()} ${input.contact.phone.trim()}`)],
      ...(input.contact.address ? [[cell('联系地址', { bold: true }), cell(input.contact.address.trim(), { span: 3 })]] : []),
      [cell('纠纷事实', { bold: true }), cell(input.facts.trim(), { span: 3 })],
      [cell('调解经过', { bold: true }), cell(sessions, { span: 3 })],
      [cell('调解不成原因', { bold: true }), cell(input.failureReason.trim(), { span: 3 })],
      [cell('当事人主要诉求', { bold: true }), cell(input.claims?.trim() || '见纠纷事实', { span: 3 })],
      [cell('移送材料', { bold: true }), cell(evidence, { span: 3 })],
    ]),
    heading('当事人基本情况：'),
    // The seal and date are never alone on a page: they keep with the parties above.
    ...partyLines(input.parties, style, { keepWithNext: true }),
    ...sealAndDate(input.committeeName, '盖章', date(input.referredAt)),
    spacer(),
    heading('法院签收：'),
    grid([
      [cell('接收人（签名）', { bold: true, widthPct: 20 }), cell('', { widthPct: 30 }), cell('接收日期', { bold: true, widthPct: 20 }), cell('', { widthPct: 30 })],
      [cell('立案/案号', { bold: true }), cell('', { span: 3 })],
    ]),
    spacer(),
    ...body('本函一式两份，法院签收后退回一份由人民调解委员会存档。'),
  ]);
}
