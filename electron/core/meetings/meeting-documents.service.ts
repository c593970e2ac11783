import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { ATTENDANCE_LABELS, MINUTES_STATUS_LABELS, OUTCOME_LABELS } from '#shared/domain/meetings/meetings.schema';
import type { ParsedInputOf } from '#shared/ipc/contract';
import type { DocumentDesk } from '../documents/document-desk';
import { getOffice } from '../registry/office.repository';
import type { ServiceDeps } from '../service-deps';
import { buildMinutes, buildSignInSheet, type MinutesActionItem, type PaperHeader } from './documents/meeting-papers';
import type { MeetingsService } from './meetings.service';

export type MeetingDocumentsService = ReturnType<typeof createMeetingDocumentsService>;
/** Where the minutes get their action items: the consult domain's list once it exists; none until then. */
export type ActionItemsOfMeeting = (meetingId: string) => Promise<MinutesActionItem[]>;

const clock = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(11, 16);

/**
 * Writes the 签到表 and the 会议纪要 as .docx through the document desk (into
 * `<data dir>/documents/`, logged: they name every invited person), and returns the
 * id 打开/打印 use — the sign-in sheet is printed before the meeting.
 */
export function createMeetingDocumentsService(deps: ServiceDeps, meetings: MeetingsService, desk: DocumentDesk, actionItems: ActionItemsOfMeeting = () => Promise.resolve([])) {
  return {
    async export(input: ParsedInputOf<'meetings:export-document'>, actor: string) {
      const [m, office] = await Promise.all([meetings.detail(input.id, null), getOffice(deps.db)]);
      const officeName = `${office?.name ?? ''}办事处`;
      const sideLabel = new Map(m.sides.map((s) => [s.code, s.label]));
      const header: PaperHeader = {
        officeName, kindName: m.kindName, title: m.title, placeName: m.placeName, date: shanghaiDate(m.startsAt), startTime: clock(m.startsAt), endTime: clock(m.endsAt),
        place: m.place, hostName: m.hostName, recorderName: m.recorderName,
      };
      const attendees = m.attendees.map((a) => ({
        name: a.name, side: sideLabel.get(a.side) ?? a.side, organisation: a.organisation, invited: a.invited,
        attendance: a.attendance ? ATTENDANCE_LABELS[a.attendance] : null, uninvitedReason: a.uninvitedReason,
      }));
      let bytes: Buffer;
      let name: string;
      if (input.kind === 'sign-in') {
        name = `${header.date}-${m.title}-签到表`;
        bytes = await buildSignInSheet({ ...header, attendees: attendees.filter((a) => a.invited) });
      } else {
        name = `${header.date}-${m.title}-会议纪要`;
        bytes = await buildMinutes({
          ...header, statusLabel: MINUTES_STATUS_LABELS[m.minutesStatus], attendees, notes: m.notes,
          agenda: m.agenda.map((a) => ({ title: a.title, discussion: a.discussion })),
          resolutions: m.resolutions.map((r) => ({
            content: r.content, vote: r.vote ? `${r.vote.for} / ${r.vote.against} / ${r.vote.abstain}` : '未表决', outcome: r.outcome ? OUTCOME_LABELS[r.outcome] : '待表决',
          })),
          actionItems: await actionItems(m.id),
          addenda: m.addenda.map((a) => ({ addedOn: a.addedOn, content: a.content, signerName: a.signerName })),
          approverName: m.approverName, approvedOn: m.approvedAt ? shanghaiDate(m.approvedAt) : null, minutesHash: m.minutesHash,
        });
      }
      const kind = input.kind === 'sign-in' ? 'meeting-sign-in' : 'meeting-minutes';
      return desk.write({ kind, name, bytes, entityId: m.id, subject: `${header.date} ${m.title}`, record: { meeting_id: m.id } }, actor);
    },

    open: (input: ParsedInputOf<'meetings:open-document'>, actor: string) => desk.open(input.documentId, 'meetings', actor),
  };
}
