import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { MEETING_STATUS_LABELS, SCOPE_LABELS } from '#shared/domain/meetings/meetings.schema';
import { useState } from 'react';
import type { MeetingDetail } from '#shared/domain/meetings/meeting-views';
import type { ErrorBody } from '#shared/ipc/envelope';
import { call } from '../../../ipc/client';
import { usePermissions } from '../../../app/SessionContext';
import { saveWith } from './save-result';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { DetailList } from '../../../ui/DetailList';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { RecordHeader } from '../../../ui/RecordHeader';
import { chinaTime, useMeeting, useTopics } from '../useMeetings';
import { AgendaCard } from './AgendaCard';
import { AttendanceCard } from './AttendanceCard';
import { MeetingFactsForm } from './MeetingFactsForm';
import { MinutesCard } from './MinutesCard';
import { ResolutionsCard } from './ResolutionsCard';

const s = t.meetings.page;
const f = t.meetings.form;

/** The meeting page: facts, the attendance checklist, agenda, resolutions with votes, and the minutes with their lock. */
export function MeetingPage({ id }: { id: string }) {
  const { may } = usePermissions();
  const meeting = useMeeting(id);
  const topics = useTopics();
  const m = meeting.data;
  if (!m) return <ErrorBanner message={meeting.error?.message} />;
  const editable = m.actions.includes('edit') && may('meetings:set-attendees');
  const titles = new Map((topics.data ?? []).map((x) => [x.id, x.title]));
  // Cards keep what is typed until the saved version comes back; a new version starts them afresh.
  const k = `${m.id}-${m.version}`;
  return (
    <div className="page meeting-page" data-version={m.version}>
      <RecordHeader backHref={hrefOf({ name: 'meetings' })} backLabel={s.back} title={m.title} subtitle={`${m.kindName} · ${SCOPE_LABELS[m.scope]} ${m.placeName}`} />
      <ErrorBanner message={meeting.error?.message} />
      <div className="meeting-page__grid">
        <div className="meeting-page__main">
          <section className="card" aria-label={s.facts}>
            <h2 className="card__title">{s.facts}</h2>
            <DetailList
              items={[
                { label: f.status, value: MEETING_STATUS_LABELS[m.status] },
                { label: f.date, value: `${chinaTime(m.startsAt)}—${chinaTime(m.endsAt).slice(11)}` },
                { label: f.place, value: m.place },
                { label: f.host, value: m.hostName },
                { label: f.recorder, value: m.recorderName },
                { label: s.notes, value: m.notes ?? s.noNotes },
              ]}
            />
            {editable ? (
              // One row of buttons under the facts, spaced from them like every other card's toolbar.
              <div className="toolbar meeting-page__facts-actions">
                {m.status === 'planned' ? <MarkHeld meeting={m} /> : null}
                <EditFacts meeting={m} />
              </div>
            ) : null}
          </section>
          <AttendanceCard key={`a-${k}`} meeting={m} editable={editable} />
          <AgendaCard key={`g-${k}`} meeting={m} topics={topics.data ?? []} editable={editable} />
          <ResolutionsCard key={`r-${k}`} meeting={m} topicTitles={titles} editable={editable} />
        </div>
        <div className="meeting-page__side">
          <MinutesCard key={`m-${k}`} meeting={m} today={shanghaiDate(new Date())} />
        </div>
      </div>
    </div>
  );
}

/** 修改会议信息: a button that opens the facts-and-notes form. */
function EditFacts({ meeting }: { meeting: MeetingDetail }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>{s.editFacts}</button>
      {open ? <MeetingFactsForm meeting={meeting} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/** 登记为已召开: a planned meeting, once it has started, is recorded as held (the server refuses one still in the future). */
function MarkHeld({ meeting: m }: { meeting: MeetingDetail }) {
  const [error, setError] = useState<ErrorBody | null>(null);
  const held = () =>
    saveWith(
      () => call('meetings:update', {
        id: m.id, version: m.version, kind: m.kind, scope: m.scope, estateId: m.estateId, communityId: m.communityId, title: m.title, status: 'held',
        startsAt: m.startsAt, endsAt: m.endsAt, place: m.place, hostName: m.hostName, hostStaffId: m.hostStaffId, recorderName: m.recorderName,
        recorderStaffId: m.recorderStaffId, discussionNotes: m.notes,
      }),
      setError,
    );
  return (
    <>
      <ErrorBanner message={error?.message} />
      <button type="button" className="button button--primary button--small" onClick={() => void held()}>{s.markHeld}</button>
    </>
  );
}
