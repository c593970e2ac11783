import { useState } from 'react';
import type { MeetingDetail, TopicView } from '#shared/domain/meetings/meeting-views';
import type { ErrorBody } from '#shared/ipc/envelope';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { saveWith } from './save-result';

const s = t.meetings.agenda;
type Item = { id?: string; title: string; topicId: string | null; discussion: string | null };

/** 议程: items in order; an item may take a collected topic onto this meeting. */
export function AgendaCard({ meeting: m, topics, editable }: { meeting: MeetingDetail; topics: readonly TopicView[]; editable: boolean }) {
  const [items, setItems] = useState<Item[]>(m.agenda);
  const [error, setError] = useState<ErrorBody | null>(null);
  const offered = topics.filter((x) => x.meetingId === m.id || x.status === 'collected');
  const title = new Map(topics.map((x) => [x.id, x.title]));
  const update = (i: number, patch: Partial<Item>) => setItems(items.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const save = () =>
    saveWith(() => call('meetings:set-agenda', { id: m.id, version: m.version, agenda: items.map((a) => ({ ...(a.id ? { id: a.id } : {}), itemTitle: a.title, topicId: a.topicId, discussion: a.discussion })) }), setError);
  return (
    <section className="card" aria-label={s.title}>
      <h2 className="card__title">{s.title}</h2>
      <ErrorBanner message={error?.message} />
      {items.length === 0 ? <p className="muted">{editable ? s.emptyEditable : s.empty}</p> : null}
      {!editable ? (
        <ol className="plain-list">
          {m.agenda.map((a) => (
            <li key={a.id}>
              <strong>{a.title}</strong>{a.topicId ? `（${s.topic}：${title.get(a.topicId) ?? ''}）` : ''}
              {a.discussion ? <p className="muted">{a.discussion}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <>
          {items.map((a, i) => (
            <div className="form__row agenda-item" key={a.id ?? `new-${i}`}>
              <label className="field">
                <span className="field__label">{s.item} {i + 1}</span>
                <input value={a.title} onChange={(e) => update(i, { title: e.target.value })} />
              </label>
              <label className="field">
                <span className="field__label">{s.topic}</span>
                <select value={a.topicId ?? ''} onChange={(e) => update(i, { topicId: e.target.value || null, title: a.title || (title.get(e.target.value) ?? '') })}>
                  <option value="">{s.noTopic}</option>
                  {offered.map((x) => <option key={x.id} value={x.id}>{x.title}（{x.placeName}）</option>)}
                </select>
              </label>
              <label className="field field--wide">
                <span className="field__label">{s.discussion}</span>
                <input value={a.discussion ?? ''} onChange={(e) => update(i, { discussion: e.target.value || null })} />
              </label>
              <button type="button" className="button button--danger-text button--small" onClick={() => setItems(items.filter((_x, j) => j !== i))}>{s.remove}</button>
            </div>
          ))}
          <div className="toolbar">
            <button type="button" className="button button--small" onClick={() => setItems([...items, { title: '', topicId: null, discussion: null }])}>{s.add}</button>
            <button type="button" className="button button--primary button--small" onClick={() => void save()}>{s.save}</button>
          </div>
        </>
      )}
    </section>
  );
}
