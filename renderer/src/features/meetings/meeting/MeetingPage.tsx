import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { MEETING_STATUS_LABELS, SCOPE_LABELS } from '#shared/domain/meetings/meetings.schema';
import { usePermissions } from '../../../app/SessionContext';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { DetailList } from '../../../ui/DetailList';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { RecordHeader } from '../../../ui/RecordHeader';
import { chinaTime, useMeeting, useTopics } from '../useMeetings';
import { AgendaCard } from './AgendaCard';
import { AttendanceCard } from './AttendanceCard';
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
              ]}
            />
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
