import { useState } from 'react';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import type { TopicView } from '#shared/domain/meetings/meeting-views';
import { MATTER_KIND_LABELS, TOPIC_SOURCE_LABELS, TOPIC_STATUSES, TOPIC_STATUS_LABELS } from '#shared/domain/meetings/meetings.schema';
import { usePermissions } from '../../../app/SessionContext';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { useTopics } from '../useMeetings';
import { TopicForm } from './TopicForm';
import { chinaTime } from '../useMeetings';

const s = t.meetings.topics;

/** 议题征集: one column per status (已征集 → 已列入议程 → 已形成决议 → 已落实), each topic with its source, matter and meeting. */
export function TopicsPage() {
  const { may } = usePermissions();
  const topics = useTopics();
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const all = topics.data ?? [];
  const complete = (x: TopicView) =>
    void call('meetings:complete-topic', { id: x.id, version: x.version, completedOn: shanghaiDate(new Date()) }).then((r) => setError(r.ok ? null : r.error.message));
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{s.title}{all.length > 0 ? <span className="page__count">共 {all.length} 条</span> : null}</h1>
        <div className="toolbar">
          {may('meetings:create-topic') ? <button type="button" className="button button--primary" onClick={() => setAdding(true)}>{s.add}</button> : null}
        </div>
      </header>
      <ErrorBanner message={topics.error?.message ?? error} />
      {topics.data && all.length === 0 ? <p className="muted">{s.empty}</p> : null}
      <div className="topics-board">
        {TOPIC_STATUSES.map((status) => (
          <section className="card topics-board__column" key={status} aria-label={TOPIC_STATUS_LABELS[status]}>
            <h2 className="card__title">{TOPIC_STATUS_LABELS[status]}（{all.filter((x) => x.status === status).length}）</h2>
            {topics.data && all.length > 0 && !all.some((x) => x.status === status) ? <p className="muted">{s.columnEmpty}</p> : null}
            <ul className="plain-list">
              {all.filter((x) => x.status === status).map((x) => (
                <li key={x.id} className="topic">
                  <strong>{x.title}</strong>
                  <span className="muted">{x.placeName} · {TOPIC_SOURCE_LABELS[x.source]} · {MATTER_KIND_LABELS[x.matterKind]} · {chinaTime(x.receivedAt).slice(0, 10)}</span>
                  {x.meetingId ? <a href={hrefOf({ name: 'meeting', id: x.meetingId })}>{x.meetingTitle}</a> : null}
                  {x.caseId ? <a href={hrefOf({ name: 'dispute', id: x.caseId })}>{s.source}：{TOPIC_SOURCE_LABELS.dispute}</a> : null}
                  {status === 'resolved' && may('meetings:complete-topic') ? <button type="button" className="button button--tiny" onClick={() => complete(x)}>{s.complete}</button> : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {adding ? <TopicForm onClose={() => setAdding(false)} /> : null}
    </div>
  );
}
