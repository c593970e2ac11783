import { MEETING_STATUS_LABELS, type MeetingStatus } from '#shared/domain/meetings/meetings.schema';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { blankFields } from '../blank-fields';
import { useCommunityOptions, useEstateOptions, useMeetingKinds, useStaffOptions } from '../useMeetings';

const s = t.meetings.form;
const STATUS_OPTIONS = (['planned', 'held'] as const).map((v) => ({ value: v, label: MEETING_STATUS_LABELS[v] }));

type V = { kind: string; estateId: string; communityId: string; title: string; status: string; date: string; start: string; end: string; place: string; hostName: string; hostStaffId: string; recorderName: string; invited: string };

/** 登记会议: the kind decides the scope (which estate or community) and the sides the invited list uses. */
export function MeetingForm({ onClose }: { onClose: () => void }) {
  const kinds = useMeetingKinds();
  const estates = useEstateOptions();
  const communities = useCommunityOptions();
  const staff = useStaffOptions();
  const form = useForm<V, { id: string }>({
    initial: { kind: 'four-party', estateId: '', communityId: '', title: '', status: 'planned', date: '', start: '09:00', end: '11:00', place: '', hostName: '', hostStaffId: '', recorderName: '', invited: '' },
    draftKey: 'meetings:create',
    submit: (v) => {
      const kind = kinds.data?.kinds.find((k) => k.code === v.kind);
      const sides = kind?.sides ?? [];
      const attendees = v.invited
        .split(/\r?\n/)
        .map((line) => line.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name = '', side = '', ...org]) => ({
          name, side: sides.find((x) => x.label === side || x.code === side)?.code ?? side, organisation: org.join(' ') || null,
          committeeMemberId: null, staffId: null, invited: true, attendance: null, uninvitedReason: null,
        }));
      const blank = blankFields([['date', v.date, s.date], ['start', v.start, s.start], ['end', v.end, s.end]]);
      if (blank) return Promise.resolve(blank);
      return call('meetings:create', {
        kind: v.kind, scope: kind?.scope ?? 'estate', estateId: v.estateId || null, communityId: v.communityId || null, title: v.title, status: v.status as MeetingStatus,
        startsAt: `${v.date}T${v.start}:00+08:00`, endsAt: `${v.date}T${v.end}:00+08:00`, place: v.place, hostName: v.hostName, hostStaffId: v.hostStaffId || null,
        recorderName: v.recorderName, recorderStaffId: null, attendees,
      });
    },
    onSaved: (m) => {
      onClose();
      window.location.hash = hrefOf({ name: 'meeting', id: m.id });
    },
  });
  const kind = kinds.data?.kinds.find((k) => k.code === form.values.kind);
  return (
    <FormDialog title={s.title} form={form} onCancel={onClose} wide>
      <div className="form__row">
        <SelectField {...form.field('kind')} label={s.kind} options={(kinds.data?.kinds ?? []).map((k) => ({ value: k.code, label: k.name }))} required autoFocus />
        {kind?.scope === 'estate' ? (
          <SelectField {...form.field('estateId')} label={s.estate} options={(estates.data ?? []).map((e) => ({ value: e.id, label: e.name }))} placeholder={s.choose} required />
        ) : kind?.scope === 'community' ? (
          <SelectField {...form.field('communityId')} label={s.community} options={(communities.data ?? []).map((c) => ({ value: c.id, label: c.name }))} placeholder={s.choose} required />
        ) : null}
      </div>
      <TextField {...form.field('title')} label={s.meetingTitle} required maxLength={100} />
      <div className="form__row form__row--three">
        <SelectField {...form.field('status')} label={s.status} options={STATUS_OPTIONS} required />
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
      <TextAreaField {...form.field('invited')} label={s.invited} hint={s.invitedHint((kind?.sides ?? []).map((x) => x.label).join('、'))} rows={5} />
    </FormDialog>
  );
}
