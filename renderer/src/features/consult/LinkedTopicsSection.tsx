import { useCallback, useState } from 'react';
import { TOPIC_STATUS_LABELS } from '#shared/domain/meetings/meetings.schema';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { usePermissions } from '../../app/SessionContext';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { useQuery } from '../../lib/useQuery';
import { Badge } from '../../ui/Badge';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { SavedFile, type Saved } from '../documents/SavedFile';
import { PublishDialog } from './PublishDialog';
import { RaiseTopicDialog } from './RaiseTopicDialog';

const s = t.consult.topics;
type Props = { title: string; caseId?: string; estateId?: string; communityId?: string; dispute?: { id: string; caseNo: string; estateId: string; description: string } };

/** The topics a dispute case, an estate or a community is linked to: meeting, resolution, 结果公示 with its countdown; 提交议题 from a case. */
export function LinkedTopicsSection({ title, caseId, estateId, communityId, dispute }: Props) {
  const { may } = usePermissions();
  const load = useCallback(
    () => call('consult:linked-topics', { ...(caseId ? { caseId } : {}), ...(estateId ? { estateId } : {}), ...(communityId ? { communityId } : {}) }),
    [caseId, estateId, communityId],
  );
  const q = useQuery(load);
  const [raising, setRaising] = useState(false);
  const [publishing, setPublishing] = useState<string | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [error, setError] = useState<string | null>(null);
  const notice = async (id: string) => {
    const r = await call('consult:export-notice', { id });
    if (r.ok) setSaved(r.value);
    else setError(r.error.message);
  };
  const topics = q.data ?? [];
  return (
    <section className="card card--fill" aria-label={title}>
      <div className="card__header">
        <h2 className="card__title">{title}</h2>
        {dispute && may('meetings:create-topic') ? (
          <button type="button" className="button button--small" onClick={() => setRaising(true)}>
            {s.raise}
          </button>
        ) : null}
      </div>
      <ErrorBanner message={q.error?.message ?? error ?? undefined} />
      {q.data && topics.length === 0 ? <p className="muted">{s.empty}</p> : null}
      {saved ? <SavedFile saved={saved} opens="consult:open-notice" message={s.noticeSaved(saved.fileName)} onClose={() => setSaved(null)} /> : null}
      <ul className="plain-list topics">
        {topics.map((tp) => (
          <li key={tp.id}>
            <p>
              <Badge tone={tp.status === 'completed' ? 'success' : tp.status === 'resolved' ? 'info' : 'neutral'}>{TOPIC_STATUS_LABELS[tp.status]}</Badge> <strong>{tp.title}</strong>{' '}
              <span className="muted">{tp.meetingTitle && tp.meetingOn ? s.meeting(tp.meetingTitle, tp.meetingOn) : s.notScheduled}</span>
            </p>
            {tp.resolution ? (
              <p>
                {s.resolution}：{tp.resolution}
                {tp.outcome ? s.outcome(tp.outcome) : null}
              </p>
            ) : null}
            {tp.publications.map((p) => (
              <p key={p.id} className="topics__publication">
                <Badge tone={p.countdown.state === 'running' ? 'warning' : 'muted'}>{p.countdownText}</Badge> {p.place} · {p.publishedFrom} 至 {p.publishedUntil}{' '}
                <button type="button" className="button button--small" onClick={() => void notice(p.id)}>
                  {s.notice}
                </button>
              </p>
            ))}
            {(tp.status === 'resolved' || tp.status === 'completed') && may('consult:publish') ? (
              <button type="button" className="button button--small button--primary" onClick={() => setPublishing(tp.id)}>
                {s.publish}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {raising && dispute ? <RaiseTopicDialog d={dispute} onClose={() => setRaising(false)} /> : null}
      {publishing ? <PublishDialog topicId={publishing} today={shanghaiDate(new Date())} onClose={() => setPublishing(null)} /> : null}
    </section>
  );
}
