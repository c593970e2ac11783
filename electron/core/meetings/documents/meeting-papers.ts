/**
 * The meeting's papers: the 签到表 (printed before the meeting: every invited
 * person with a blank to sign) and the 会议纪要 (attendance table, agenda,
 * resolutions with their votes, action items, addenda, and the lock's SHA-256).
 */
import { body, cell, grid, heading, labelled, packDocument, rightLine, sealAndDate, spacer, title } from '../../disputes/documents/docx-parts';
import { formatChineseDate } from '../../disputes/documents/chinese-date';

export type PaperAttendee = { name: string; side: string; organisation: string | null; invited: boolean; attendance: string | null; uninvitedReason: string | null };

export type PaperHeader = {
  officeName: string;
  kindName: string;
  title: string;
  placeName: string;
  /** China wall-clock date and times. */
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  hostName: string;
  recorderName: string;
};

/** One action item as the minutes print it: the consult branch's action items fill this (empty until then). */
export type MinutesActionItem = { problem: string; responsible: string; rectification: string; dueOn: string; status: string };

export type MinutesPaper = PaperHeader & {
  statusLabel: string;
  attendees: readonly PaperAttendee[];
  agenda: readonly { title: string; discussion: string | null }[];
  notes: string | null;
  resolutions: readonly { content: string; vote: string; outcome: string }[];
  actionItems: readonly MinutesActionItem[];
  addenda: readonly { addedOn: string; content: string; signerName: string }[];
  approverName: string | null;
  approvedOn: string | null;
  minutesHash: string | null;
};

const d = (v: string) => formatChineseDate(v);

const headerLines = (p: PaperHeader) => [
  labelled('会议类型：', p.kindName),
  labelled('会议范围：', p.placeName),
  labelled('时间：', `${d(p.date)} ${p.startTime}—${p.endTime}`),
  labelled('地点：', p.place),
  labelled('主持人：', p.hostName),
  labelled('记录人：', p.recorderName),
];

export function buildSignInSheet(p: PaperHeader & { attendees: readonly PaperAttendee[] }): Promise<Buffer> {
  const rows = Math.max(p.attendees.length + 5, 12);
  return packDocument({ title: `${p.title}签到表`, creator: p.officeName }, [
    title(`${p.title}签到表`),
    ...headerLines(p),
    spacer(),
    grid([
      [cell('序号', { bold: true, widthPct: 8 }), cell('姓名', { bold: true, widthPct: 18 }), cell('参会方', { bold: true, widthPct: 20 }), cell('单位', { bold: true, widthPct: 24 }), cell('签名', { bold: true, widthPct: 20 }), cell('备注', { bold: true, widthPct: 10 })],
      // Blank rows after the invited list, for those who come in their stead.
      ...Array.from({ length: rows }, (_v, i) => {
        const a = p.attendees[i];
        return [cell(String(i + 1)), cell(a?.name ?? ''), cell(a?.side ?? ''), cell(a?.organisation ?? ''), cell(''), cell('')];
      }),
    ]),
    ...body('请参会人员本人签名；代为出席的，请在备注栏注明代谁出席。'),
  ]);
}

export function buildMinutes(p: MinutesPaper): Promise<Buffer> {
  const present = p.attendees.filter((a) => a.attendance === '出席').length;
  return packDocument({ title: `${p.title}会议纪要`, creator: p.officeName }, [
    title(`${p.title}会议纪要`),
    rightLine(`纪要状态：${p.statusLabel}`),
    ...headerLines(p),
    heading(`一、参会人员（受邀 ${p.attendees.filter((a) => a.invited).length} 人，出席 ${present} 人）`),
    grid([
      [cell('序号', { bold: true, widthPct: 8 }), cell('姓名', { bold: true, widthPct: 18 }), cell('参会方', { bold: true, widthPct: 20 }), cell('单位', { bold: true, widthPct: 24 }), cell('出席情况', { bold: true, widthPct: 30 })],
      ...p.attendees.map((a, i) => [
        cell(String(i + 1)), cell(a.name), cell(a.side), cell(a.organisation ?? ''),
        cell(a.invited ? (a.attendance ?? '未点名') : `${a.attendance ?? ''}（未受邀：${a.uninvitedReason ?? ''}）`),
      ]),
    ]),
    heading('二、会议议程'),
    ...(p.agenda.length > 0 ? p.agenda.flatMap((a, i) => [...body(`${i + 1}. ${a.title}`), ...(a.discussion ? body(a.discussion) : [])]) : body('（无）')),
    ...(p.notes ? [heading('三、讨论情况'), ...body(p.notes)] : []),
    heading(p.notes ? '四、会议决议' : '三、会议决议'),
    ...(p.resolutions.length > 0
      ? [grid([
          [cell('序号', { bold: true, widthPct: 8 }), cell('决议内容', { bold: true, widthPct: 52 }), cell('表决（同意/反对/弃权）', { bold: true, widthPct: 24 }), cell('结果', { bold: true, widthPct: 16 })],
          ...p.resolutions.map((r, i) => [cell(String(i + 1)), cell(r.content), cell(r.vote), cell(r.outcome)]),
        ])]
      : body('（无）')),
    ...(p.actionItems.length > 0
      ? [heading('整改事项'), grid([
          [cell('问题', { bold: true, widthPct: 26 }), cell('责任方', { bold: true, widthPct: 18 }), cell('整改要求', { bold: true, widthPct: 28 }), cell('完成时限', { bold: true, widthPct: 14 }), cell('状态', { bold: true, widthPct: 14 })],
          ...p.actionItems.map((a) => [cell(a.problem), cell(a.responsible), cell(a.rectification), cell(d(a.dueOn)), cell(a.status)]),
        ])]
      : []),
    ...(p.addenda.length > 0 ? [heading('补充说明'), ...p.addenda.flatMap((a) => body(`${d(a.addedOn)}：${a.content}（审定人：${a.signerName}）`))] : []),
    // The approval, the hash and the seal keep together: a seal alone on a last page proves nothing.
    ...(p.approverName ? [spacer({ keepWithNext: true }), ...body(`审定人：${p.approverName}${p.approvedOn ? `（${d(p.approvedOn)}）` : ''}`, { keepWithNext: true })] : []),
    ...(p.minutesHash ? body(`锁定校验码（SHA-256）：${p.minutesHash}`, { keepWithNext: true }) : []),
    ...sealAndDate(p.officeName, '盖章', d(p.approvedOn ?? p.date)),
  ]);
}
