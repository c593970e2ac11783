import type { MeetingDetail } from '#shared/domain/meetings/meeting-views';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { chinaTime, useStaffOptions } from '../useMeetings';

const s = t.meetings.form;

type V = { title: string; date: string; start: string; end: string; place: string; hostName: string; hostStaffId: string; recorderName: string; notes: string };

/**
 * 修改会议信息: corrects a recorded meeting's facts and its discussion notes while the
 * minutes are a draft (the server refuses it afterwards; a locked minutes takes an addendum).
 * Kind, scope and status stay as they are: they decide what the meeting is, not how it went.
 */
export function MeetingFactsForm({ meeting: m, onClose }: { meeting: MeetingDetail; onClose: () => void }) {
  const staff = useStaffOptions();
  const [date = '', start = ''] = chinaTime(m.startsAt).split(' ');
  const end = chinaTime(m.endsAt).split(' ')[1] ?? '';
  const form = useForm<V, MeetingDetail>({
    initial: { title: m.title, date, start, end, place: m.place, hostName: m.hostName, hostStaffId: m.hostStaffId ?? '', recorderName: m.recorderName, notes: m.notes ?? '' },
    draftKey: `meetings:update:${m.id}`,
    version: m.version,
    submit: (v) =>
      call('meetings:update', {
        id: m.id, version: m.version, kind: m.kind, scope: m.scope, estateId: m.estateId, communityId: m.communityId, title: v.title, status: m.status,
        startsAt: `${v.date}T${v.start}:00+08:00`, endsAt: `${v.date}T${v.end}:00+08:00`, place: v.place, hostName: v.hostName, hostStaffId: v.hostStaffId || null,
        recorderName: v.recorderName, recorderStaffId: m.recorderStaffId, discussionNotes: v.notes.trim() || null,
      }),
    onSaved: () => onClose(),
  });
  return (
    <FormDialog title={t.meetings.page.editFacts} form={form} onCancel={onClose} wide>
      <TextField {...form.field('title')} label={s.meetingTitle} required maxLength={100} autoFocus />
      <div className="form__row form__row--three">
        <TextField {...form.field('date')} label={s.date} type="date" required />
        <TextField {...form.field('start')} label={s.start} type="time" required />
        <TextField {...form.field('end')} label={s.end} type="time" required />
      </div>
      <TextField {...form.field('place')} label={s.place} required maxLength={100} />
      <div className="form__row">
        <TextField {...form.field('hostName')} label={s.host} required maxLength={30} />
        <SelectField {...form.field('hostStaffId')} label={s.hostStaff} options={(staff.data ?? []).map((x) => ({ value: x.id, label: x.name }))} placeholder={s.noStaff} />
        <TextField {...form.field('recorderName')} label={s.recorder} required maxLength={30} />
      </div>
      <TextAreaField {...form.field('notes')} label={t.meetings.page.notes} rows={6} />
    </FormDialog>
  );
}
