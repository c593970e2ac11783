/**
 * 候选人资格审查表: one candidate's checklist with the results, the departments'
 * joint-review opinions, the decision, and the signature blocks of the reviewer,
 * the community party organisation and the street. Built from the disputes
 * domain's docx parts (A4, 宋体), so both domains' papers look alike.
 */
import { cell, grid, heading, labelled, packDocument, rightLine, spacer, title } from '../../disputes/documents/docx-parts';
import { formatChineseDate } from '../../disputes/documents/chinese-date';

export type VettingFormInput = {
  officeName: string;
  estateName: string;
  electionKind: string;
  candidate: { name: string; nomination: string; partyMember: boolean; idNumber: string; phone: string | null };
  checks: readonly { label: string; required: boolean; result: string; checkedOn: string | null; checkedBy: string | null; evidence: string | null }[];
  opinions: readonly { department: string; opinion: string; note: string | null; givenOn: string | null }[];
  decision: { result: string; reason: string | null; override: string | null; decidedBy: string | null; decidedAt: string | null };
};

export async function buildVettingForm(input: VettingFormInput): Promise<Buffer> {
  const c = input.candidate;
  const date = (v: string | null) => (v ? formatChineseDate(v) : '');
  return packDocument({ title: `候选人资格审查表 ${c.name}`, creator: input.officeName }, [
    title('业主委员会委员候选人资格审查表'),
    rightLine(`${input.estateName} · ${input.electionKind}`),
    spacer(),
    grid([
      [cell('姓名', { bold: true, widthPct: 15 }), cell(c.name, { widthPct: 35 }), cell('提名方式', { bold: true, widthPct: 15 }), cell(c.nomination, { widthPct: 35 })],
      [cell('是否党员', { bold: true }), cell(c.partyMember ? '是' : '否'), cell('联系电话', { bold: true }), cell(c.phone ?? '')],
      [cell('身份证号码', { bold: true }), cell(c.idNumber, { span: 3 })],
    ]),
    heading('一、资格条件审查'),
    grid([
      [cell('审查项目', { bold: true, small: true, widthPct: 34 }), cell('结果', { bold: true, small: true, widthPct: 10 }), cell('核查日期', { bold: true, small: true, widthPct: 22 }), cell('核查人', { bold: true, small: true, widthPct: 12 }), cell('核查依据', { bold: true, small: true, widthPct: 22 })],
      ...input.checks.map((k) => [
        cell(`${k.label}${k.required ? '' : '（选）'}`, { small: true }), cell(k.result, { small: true }), cell(date(k.checkedOn), { small: true }), cell(k.checkedBy ?? '', { small: true }), cell(k.evidence ?? '', { small: true }),
      ]),
    ]),
    heading('二、联审联查意见'),
    grid([
      [cell('部门', { bold: true, small: true, widthPct: 18 }), cell('意见', { bold: true, small: true, widthPct: 14 }), cell('说明', { bold: true, small: true, widthPct: 48 }), cell('日期', { bold: true, small: true, widthPct: 20 })],
      ...input.opinions.map((o) => [cell(o.department, { small: true }), cell(o.opinion, { small: true }), cell(o.note ?? '', { small: true }), cell(date(o.givenOn), { small: true })]),
    ]),
    heading('三、审查结论'),
    labelled('结论：', input.decision.result),
    ...(input.decision.reason ? [labelled('理由：', input.decision.reason)] : []),
    ...(input.decision.override ? [labelled('主任书面意见：', input.decision.override)] : []),
    labelled('审查人：', `${input.decision.decidedBy ?? ''}    日期：${date(input.decision.decidedAt)}`),
    spacer(),
    grid([
      [cell('社区党组织意见：\n\n\n（盖章）        年    月    日', { widthPct: 50 }), cell('街道党工委意见：\n\n\n（盖章）        年    月    日', { widthPct: 50 })],
    ]),
  ]);
}
