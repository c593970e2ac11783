import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { ATTENDANCE_LABELS, MINUTES_STATUS_LABELS, OUTCOME_LABELS } from '#shared/domain/meetings/meetings.schema';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/atomic-write';
import { getOffice } from '../registry/office.repository';
import type { ServiceDeps } from '../service-deps';
import { buildMinutes, buildSignInSheet, type MinutesActionItem, type PaperHeader } from './documents/meeting-papers';
import type { MeetingsService } from './meetings.service';

export type MeetingDocumentsService = ReturnType<typeof createMeetingDocumentsService>;
/** Where the minutes get their action items: the consult domain's list once it exists; none until then. */
export type ActionItemsOfMeeting = (meetingId: string) => Promise<MinutesActionItem[]>;

const clock = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(11, 16);
const safe = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '-');

/** Writes the 签到表 and the 会议纪要 as .docx into `<data dir>/documents/` (folder 0700, files 0600) and returns the path. */
export function createMeetingDocumentsService(deps: ServiceDeps, meetings: MeetingsService, documentsDir: string, actionItems: ActionItemsOfMeeting = () => Promise.resolve([])) {
  return {
    async export(input: ParsedInputOf<'meetings:export-document'>) {
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
        name = `${header.date}-${safe(m.title)}-签到表`;
        bytes = await buildSignInSheet({ ...header, attendees: attendees.filter((a) => a.invited) });
      } else {
        name = `${header.date}-${safe(m.title)}-会议纪要`;
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
      const fileName = `${name}.docx`;
      mkdirSync(documentsDir, { recursive: true, mode: 0o700 });
      const file = join(documentsDir, fileName);
      writeFileAtomic(file, bytes, 0o600);
      return { file, fileName };
    },
  };
}
