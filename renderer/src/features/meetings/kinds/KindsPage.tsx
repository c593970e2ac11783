import { useState } from 'react';
import type { MeetingKindsView } from '#shared/domain/meetings/meeting-views';
import { kindListProblems, meetingKindsSchema, type MeetingKind } from '#shared/domain/meetings/meeting-kinds';
import { CADENCES, CADENCE_LABELS, MEETING_SCOPES, SCOPE_LABELS, VOTE_RULES, VOTE_RULE_LABELS, type Cadence, type MeetingScope, type VoteRule } from '#shared/domain/meetings/meetings.schema';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { useMeetingKinds } from '../useMeetings';

const s = t.meetings.kinds;
type Draft = Omit<MeetingKind, 'sides'> & { sidesText: string };

const toDraft = (k: MeetingKind): Draft => ({ ...k, sidesText: k.sides.map((x) => `${x.code} ${x.label} ${x.required ? '必须' : '可选'}`).join('\n') });
const fromDraft = (d: Draft): MeetingKind => ({
  code: d.code.trim(), name: d.name.trim(), scope: d.scope, cadence: d.cadence, voteRule: d.voteRule,
  sides: d.sidesText.split(/\r?\n/).map((l) => l.trim().split(/\s+/)).filter((p) => p[0]).map(([code = '', label = '', req = '必须']) => ({ code, label, required: req !== '可选' })),
});

/** 会议类型: the director edits the list; it is checked with the contract's own schema before 确定保存吗？ is asked. */
export function KindsPage() {
  const kinds = useMeetingKinds();
  const [notice, setNotice] = useState<string | null>(null);
  if (!kinds.data) return <ErrorBanner message={kinds.error?.message} />;
  // A saved (or reloaded) list starts the editor afresh from the stored version.
  return <KindsEditor key={kinds.data.version ?? 'defaults'} view={kinds.data} notice={notice} onSaved={() => setNotice(s.saved)} onReload={kinds.reload} />;
}

function KindsEditor({ view, notice, onSaved, onReload }: { view: MeetingKindsView; notice: string | null; onSaved: () => void; onReload: () => void }) {
  const { may } = usePermissions();
  const [drafts, setDrafts] = useState<Draft[]>(() => view.kinds.map(toDraft));
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [asking, setAsking] = useState(false);
  const editable = may('meetings:update-kinds');
  const kinds = { data: view };
  const used = new Set(view.inUse);
  const update = (i: number, patch: Partial<Draft>) => setDrafts(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const check = () => {
    const list = drafts.map(fromDraft);
    const parsed = meetingKindsSchema.safeParse(list);
    const found = new Map<string, string>();
    for (const issue of parsed.success ? [] : parsed.error.issues) found.set(issue.path.slice(0, 2).join('.'), issue.message);
    for (const p of kindListProblems(list)) found.set(p.path.slice(0, 2).join('.'), p.message);
    setProblems(found);
    if (found.size === 0) setAsking(true);
  };
  const err = (i: number, field: string) => problems.get(`${i}.${field}`);
  return (
    <div className="page">
      <header className="page__header"><h1 className="page__title">{s.title}</h1></header>
      <p className="page__intro">{s.intro}{kinds.data.version === null ? ` ${s.defaults}` : ''}</p>
      {!editable ? <ErrorBanner tone="info" message={s.readOnly} /> : null}
      <ErrorBanner tone="info" message={notice} />
      {problems.size > 0 ? <ErrorBanner message={[...problems.values()][0]} /> : null}
      <div className="kinds-list">
        {drafts.map((d, i) => (
          <fieldset className="card form__section" key={i} disabled={!editable}>
            <legend>{d.name || s.add}</legend>
            <div className="form__row">
              <label className="field field--short"><span className="field__label">{s.code}</span><input value={d.code} readOnly={used.has(d.code) || i < kinds.data.kinds.length} onChange={(e) => update(i, { code: e.target.value })} /></label>
              <label className="field"><span className="field__label">{s.name}</span><input value={d.name} aria-invalid={err(i, 'name') ? true : undefined} onChange={(e) => update(i, { name: e.target.value })} /></label>
              <label className="field"><span className="field__label">{s.scope}</span><select value={d.scope} onChange={(e) => update(i, { scope: e.target.value as MeetingScope })}>{MEETING_SCOPES.map((v) => <option key={v} value={v}>{SCOPE_LABELS[v]}</option>)}</select></label>
              <label className="field"><span className="field__label">{s.cadence}</span><select value={d.cadence} onChange={(e) => update(i, { cadence: e.target.value as Cadence })}>{CADENCES.map((v) => <option key={v} value={v}>{CADENCE_LABELS[v]}</option>)}</select></label>
              <label className="field"><span className="field__label">{s.voteRule}</span><select value={d.voteRule} onChange={(e) => update(i, { voteRule: e.target.value as VoteRule })}>{VOTE_RULES.map((v) => <option key={v} value={v}>{VOTE_RULE_LABELS[v]}</option>)}</select></label>
            </div>
            <label className="field field--wide"><span className="field__label">{s.sides}</span><textarea rows={3} value={d.sidesText} onChange={(e) => update(i, { sidesText: e.target.value })} /></label>
            {['code', 'name', 'sides'].map((f) => (err(i, f) ? <p key={f} className="field__error">{err(i, f)}</p> : null))}
          </fieldset>
        ))}
      </div>
      {editable ? (
        <div className="toolbar">
          <button type="button" className="button" onClick={() => setDrafts([...drafts, { code: '', name: '', scope: 'estate', cadence: 'none', voteRule: 'majority-present', sidesText: 'other 参会人员 可选' }])}>{s.add}</button>
          <button type="button" className="button button--primary" onClick={check}>{s.save}</button>
        </div>
      ) : null}
      {asking ? (
        <ConfirmDialog
          title={s.title}
          question={s.confirm}
          confirmLabel={s.save}
          onConfirm={() => call('meetings:update-kinds', { version: view.version, kinds: drafts.map(fromDraft) }).then((r) => { if (r.ok) onSaved(); return r; })}
          onClose={() => setAsking(false)}
          onReload={onReload}
        />
      ) : null}
    </div>
  );
}
