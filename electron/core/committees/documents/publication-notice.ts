/**
 * 候选人公示 and 选举结果公示: the notice posted in the estate with the names, the
 * period and place, and the street office's seal line.
 */
import { body, cell, grid, packDocument, sealAndDate, spacer, title } from '../../disputes/documents/docx-parts';
import { formatChineseDate } from '../../disputes/documents/chinese-date';

export type CandidateNoticeInput = {
  kind: 'candidate-notice';
  officeName: string;
  estateName: string;
  electionKind: string;
  from: string;
  until: string;
  place: string;
  candidates: readonly { name: string; nomination: string; partyMember: boolean }[];
  issuedOn: string;
};

export type ResultNoticeInput = {
  kind: 'result-notice';
  officeName: string;
  estateName: string;
  electionKind: string;
  assemblyOn: string;
  elected: readonly { name: string; position: string; votes: number; partyMember: boolean }[];
  issuedOn: string;
};

export async function buildPublicationNotice(input: CandidateNoticeInput | ResultNoticeInput): Promise<Buffer> {
  const d = (v: string) => formatChineseDate(v);
  if (input.kind === 'candidate-notice') {
    return packDocument({ title: `${input.estateName}业主委员会委员候选人公示`, creator: input.officeName }, [
      title(`${input.estateName}业主委员会委员候选人公示`),
      ...body(
        `根据${input.estateName}业主委员会${input.electionKind}工作安排，经资格审查和有关部门联审，现将业主委员会委员候选人名单予以公示。\n` +
          `公示期：${d(input.from)}至${d(input.until)}。公示地点：${input.place}。\n` +
          '公示期间，业主如有异议，请以书面形式向街道办事处或社区居委会反映，并写明事实和理由。',
      ),
      spacer(),
      grid([
        [cell('序号', { bold: true, widthPct: 12 }), cell('姓名', { bold: true, widthPct: 30 }), cell('提名方式', { bold: true, widthPct: 34 }), cell('政治面貌', { bold: true, widthPct: 24 })],
        ...input.candidates.map((c, i) => [cell(String(i + 1)), cell(c.name), cell(c.nomination), cell(c.partyMember ? '中共党员' : '群众')]),
      ]),
      ...sealAndDate(input.officeName, '盖章', d(input.issuedOn)),
    ]);
  }
  return packDocument({ title: `${input.estateName}业主委员会选举结果公示`, creator: input.officeName }, [
    title(`${input.estateName}业主委员会选举结果公示`),
    ...body(`${input.estateName}业主大会于${d(input.assemblyOn)}召开，依法选举产生新一届业主委员会。现将选举结果公示如下：`),
    spacer(),
    grid([
      [cell('序号', { bold: true, widthPct: 12 }), cell('姓名', { bold: true, widthPct: 28 }), cell('职务', { bold: true, widthPct: 20 }), cell('得票', { bold: true, widthPct: 20 }), cell('政治面貌', { bold: true, widthPct: 20 })],
      ...input.elected.map((c, i) => [cell(String(i + 1)), cell(c.name), cell(c.position), cell(String(c.votes)), cell(c.partyMember ? '中共党员' : '群众')]),
    ]),
    ...sealAndDate(input.officeName, '盖章', d(input.issuedOn)),
  ]);
}
