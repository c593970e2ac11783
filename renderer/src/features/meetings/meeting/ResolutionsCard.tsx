import { useState } from 'react';
import type { MeetingDetail } from '#shared/domain/meetings/meeting-views';
import { OUTCOME_LABELS, VOTE_RULE_LABELS } from '#shared/domain/meetings/meetings.schema';
import type { ErrorBody } from '#shared/ipc/envelope';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { saveWith } from './save-result';

const s = t.meetings.resolutions;
type Vote = { for: string; against: string; abstain: string } | null;
type Item = { id?: string; content: string; topicId: string | null; vote: Vote };

const toVote = (v: MeetingDetail['resolutions'][number]['vote']): Vote => (v ? { for: String(v.for), against: String(v.against), abstain: String(v.abstain) } : null);

/** 决议与表决: each resolution, the topic it settles (from this meeting's agenda), its vote and the outcome by the kind's rule. */
export function ResolutionsCard({ meeting: m, topicTitles, editable }: { meeting: MeetingDetail; topicTitles: ReadonlyMap<string, string>; editable: boolean }) {
  const [items, setItems] = useState<Item[]>(m.resolutions.map((r) => ({ id: r.id, content: r.content, topicId: r.topicId, vote: toVote(r.vote) })));
  const [error, setError] = useState<ErrorBody | null>(null);
  const agendaTopics = m.agenda.map((a) => a.topicId).filter((x): x is string => x !== null);
  const update = (i: number, patch: Partial<Item>) => setItems(items.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const n = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));
  const save = () =>
    saveWith(
      () => call('meetings:set-resolutions', {
        id: m.id, version: m.version,
        resolutions: items.map((r) => ({
          ...(r.id ? { id: r.id } : {}), resolutionText: r.content, topicId: r.topicId,
          vote: r.vote ? { votesFor: n(r.vote.for), votesAgainst: n(r.vote.against), votesAbstain: n(r.vote.abstain) } : null,
        })),
      }),
      setError,
    );
  return (
    <section className="card" aria-label={s.title}>
      <h2 className="card__title">{s.title}<span className="card__subtitle">{s.rule(VOTE_RULE_LABELS[m.voteRule])}</span></h2>
      <ErrorBanner message={error?.message} />
      {items.length === 0 ? <p className="muted">{editable ? s.emptyEditable : s.empty}</p> : null}
      {!editable && items.length > 0 ? (
        <table className="table">
          <thead><tr><th>{s.text}</th><th>{s.topic}</th><th>{s.vote}</th><th className="nowrap">{s.outcome}</th></tr></thead>
          <tbody>
            {m.resolutions.map((r) => (
              <tr key={r.id}>
                <td>{r.content}</td>
                <td>{r.topicId ? (topicTitles.get(r.topicId) ?? '') : ''}</td>
                <td>{r.vote ? `${s.for} ${r.vote.for} / ${s.against} ${r.vote.against} / ${s.abstain} ${r.vote.abstain}` : s.noVote}</td>
                <td className="nowrap">{r.outcome ? OUTCOME_LABELS[r.outcome] : s.pending}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : !editable ? null : (
        <>
          {items.map((r, i) => (
            <fieldset className="form__section resolution" key={r.id ?? `new-${i}`}>
              <legend>{s.text} {i + 1}</legend>
              <label className="field field--wide"><span className="field__label">{s.text}</span><textarea rows={2} value={r.content} onChange={(e) => update(i, { content: e.target.value })} /></label>
              <div className="form__row">
                <label className="field">
                  <span className="field__label">{s.topic}</span>
                  <select value={r.topicId ?? ''} onChange={(e) => update(i, { topicId: e.target.value || null })}>
                    <option value="">—</option>
                    {agendaTopics.map((id) => <option key={id} value={id}>{topicTitles.get(id) ?? id}</option>)}
                  </select>
                </label>
                <label className="check"><input type="checkbox" checked={r.vote === null} onChange={(e) => update(i, { vote: e.target.checked ? null : { for: '', against: '0', abstain: '0' } })} />{s.noVote}</label>
                {r.vote ? (
                  <>
                    <label className="field field--short"><span className="field__label">{s.for}</span><input inputMode="numeric" value={r.vote.for} onChange={(e) => update(i, { vote: { ...r.vote!, for: e.target.value } })} /></label>
                    <label className="field field--short"><span className="field__label">{s.against}</span><input inputMode="numeric" value={r.vote.against} onChange={(e) => update(i, { vote: { ...r.vote!, against: e.target.value } })} /></label>
                    <label className="field field--short"><span className="field__label">{s.abstain}</span><input inputMode="numeric" value={r.vote.abstain} onChange={(e) => update(i, { vote: { ...r.vote!, abstain: e.target.value } })} /></label>
                  </>
                ) : null}
              </div>
            </fieldset>
          ))}
          <div className="toolbar">
            <button type="button" className="button button--small" onClick={() => setItems([...items, { content: '', topicId: null, vote: { for: '', against: '0', abstain: '0' } }])}>{s.add}</button>
            <button type="button" className="button button--primary button--small" onClick={() => void save()}>{s.save}</button>
          </div>
        </>
      )}
    </section>
  );
}
