import { useState } from 'react';
import type { MeetingDetail } from '#shared/domain/meetings/meeting-views';
import { MINUTES_STATUS_LABELS } from '#shared/domain/meetings/meetings.schema';
import { MINUTES_ACTION_LABELS } from '#shared/domain/meetings/minutes-actions';
import type { ErrorBody } from '#shared/ipc/envelope';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { Badge } from '../../../ui/Badge';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { DetailList } from '../../../ui/DetailList';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { SavedFile, type Saved } from '../../documents/SavedFile';
import { chinaTime } from '../useMeetings';
import { saveWith } from './save-result';

const s = t.meetings.page;
const a = t.meetings.addenda;
type Step = 'submit' | 'return' | 'approve' | 'lock';

/** 纪要: its status, what it still lacks, the steps open to this operator (the shared rule's list), papers and addenda. */
export function MinutesCard({ meeting: m, today }: { meeting: MeetingDetail; today: string }) {
  const { may } = usePermissions();
  const [asking, setAsking] = useState<Step | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [addendum, setAddendum] = useState({ on: today, text: '' });
  const steps = m.actions.filter((x): x is Step => x !== 'edit' && x !== 'addendum');
  const make = (kind: 'sign-in' | 'minutes') =>
    void call('meetings:export-document', { id: m.id, kind }).then((r) => (r.ok ? setSaved(r.value) : setError(r.error)));
  return (
    <section className="card" aria-label={s.minutes}>
      <h2 className="card__title">
        {s.minutes} <Badge tone={m.minutesStatus === 'locked' ? 'success' : m.minutesStatus === 'draft' ? 'neutral' : 'info'}>{MINUTES_STATUS_LABELS[m.minutesStatus]}</Badge>
      </h2>
      <ErrorBanner message={error?.message} />
      {m.gaps.length > 0 ? (
        <div className="minutes-gaps">
          <p>{s.gaps}</p>
          <ul>{m.gaps.map((g) => <li key={g}>{g}</li>)}</ul>
        </div>
      ) : null}
      <DetailList
        items={[
          { label: s.approvedBy, value: m.approverName ?? t.common.none },
          { label: s.lockedAt, value: m.lockedAt ? chinaTime(m.lockedAt) : t.common.none },
          ...(m.minutesHash ? [{ label: s.hash, value: <code className="code minutes-hash">{m.minutesHash}</code> }] : []),
        ]}
      />
      <div className="toolbar toolbar--wrap">
        {may('meetings:minutes-action') ? steps.map((step) => (
          <button key={step} type="button" className={step === 'lock' ? 'button button--primary' : 'button'} onClick={() => setAsking(step)}>{MINUTES_ACTION_LABELS[step]}</button>
        )) : null}
        {may('meetings:export-document') ? (
          <>
            <button type="button" className="button button--small" onClick={() => make('sign-in')}>{s.signIn}</button>
            <button type="button" className="button button--small" onClick={() => make('minutes')}>{s.minutesDoc}</button>
          </>
        ) : null}
      </div>
      {saved ? <SavedFile saved={saved} opens="meetings:open-document" onClose={() => setSaved(null)} /> : null}
      <h3 className="card__subtitle">{a.title}</h3>
      {m.addenda.length === 0 ? <p className="muted">{a.none}</p> : (
        <ul className="plain-list">{m.addenda.map((x) => <li key={x.id}>{x.addedOn}：{x.content}（{x.signerName}）</li>)}</ul>
      )}
      {m.actions.includes('addendum') && may('meetings:add-addendum') ? (
        <div className="form__row addendum-form">
          <label className="field field--short"><span className="field__label">{a.on}</span><input type="date" value={addendum.on} onChange={(e) => setAddendum({ ...addendum, on: e.target.value })} /></label>
          <label className="field field--wide"><span className="field__label">{a.text}</span><input value={addendum.text} onChange={(e) => setAddendum({ ...addendum, text: e.target.value })} /></label>
          <button type="button" className="button button--small" onClick={() => void saveWith(() => call('meetings:add-addendum', { id: m.id, version: m.version, addedOn: addendum.on, addendumText: addendum.text }), setError)}>{a.add}</button>
        </div>
      ) : null}
      {asking ? (
        <ConfirmDialog
          title={MINUTES_ACTION_LABELS[asking]}
          question={s.confirm(MINUTES_ACTION_LABELS[asking])}
          note={asking === 'lock' ? s.lockNote : undefined}
          confirmLabel={MINUTES_ACTION_LABELS[asking]}
          onConfirm={() => call('meetings:minutes-action', { id: m.id, version: m.version, action: asking })}
          onClose={() => setAsking(null)}
        />
      ) : null}
    </section>
  );
}
