/**
 * 人民调解协议书: the written agreement a settled dispute ends in (人民调解法
 * 第二十九条: parties, the main facts and points in dispute, the agreed terms, how
 * and by when they are performed; signed by the parties and the mediator, sealed
 * by the mediation committee).
 */
import { formatChineseDate, type ChineseDateStyle } from './chinese-date';
import { body, heading, numbered, packDocument, partyLines, rightLine, sealAndDate, signatureBlock, spacer, title, type DocumentParty } from './docx-parts';

export type MediationAgreementInput = {
  /** Human case number, e.g. 2026-0153. */
  caseNo: string;
  /** The committee that mediated, e.g. 温泉街道人民调解委员会. */
  committeeName: string;
  parties: readonly DocumentParty[];
  /** 纠纷主要事实、争议事项. */
  facts: string;
  /** 协议内容, one term per item (numbered 一、二、… unless the mediator numbered them). */
  terms: readonly string[];
  /** 履行方式、地点、时限: `dueBy` is an ISO instant or a YYYY-MM-DD date. */
  performance: { method: string; place?: string | null; dueBy: string };
  mediators: readonly string[];
  /** Omit to leave the recorder line out; null prints an empty line to sign. */
  recorder?: string | null;
  /** Date of signing: an ISO instant or a YYYY-MM-DD date. */
  signedAt: string;
  /** How many originals; defaults to one per party plus one for the committee. */
  copies?: number;
  dateStyle?: ChineseDateStyle;
};

const COPIES_IN_WORDS = '〇一二三四五六七八九十';
const copiesText = (n: number): string => (n <= 10 ? (n === 2 ? '两' : COPIES_IN_WORDS.charAt(n)) : String(n));

/** The agreement as a .docx file. */
export async function buildMediationAgreement(input: MediationAgreementInput): Promise<Buffer> {
  if (input.terms.length === 0) throw new RangeError('a mediation agreement needs at least one agreed term');
  const style = input.dateStyle ?? 'numeric';
  const copies = input.copies ?? input.parties.length + 1;
  const due = formatChineseDate(input.performance.dueBy, style);
  const performance = [
    `履行方式：${input.performance.method.trim()}`,
    ...(input.performance.place ? [`履行地点：${input.performance.place.trim()}`] : []),
    `履行期限：${due}前履行完毕。`,
  ].join('\n');

  return packDocument({ title: `人民调解协议书 ${input.caseNo}`, creator: input.committeeName }, [
    title('人民调解协议书'),
    rightLine(`编号：${input.caseNo}`),
    heading('当事人基本情况：'),
    ...partyLines(input.parties, style),
    heading('纠纷主要事实、争议事项：'),
    ...body(input.facts),
    heading('经人民调解委员会主持调解，当事人自愿达成如下协议：'),
    ...numbered(input.terms),
    heading('履行协议的方式、地点、期限：'),
    ...body(performance),
    spacer(),
    // The last clause, the signatures, the seal and the date form one block that is
    // never split: a page break falls before the last clause, never inside the block.
    ...body(
      `本协议一式${copiesText(copies)}份，当事人、人民调解委员会各持一份。本协议自各方当事人签名（盖章或按指印）、` +
        '人民调解员签名并加盖人民调解委员会印章之日起生效，当事人应当按照约定履行。',
      { keepWithNext: true },
    ),
    ...signatureBlock(input.parties, { mediators: input.mediators, ...(input.recorder !== undefined ? { recorder: input.recorder } : {}) }),
    ...sealAndDate(input.committeeName, '人民调解委员会印', formatChineseDate(input.signedAt, style)),
  ]);
}
