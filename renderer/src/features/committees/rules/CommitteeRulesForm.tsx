import { useRef, useState } from 'react';
import type { CommitteeRulesView } from '#shared/domain/committees/committee-views';
import { t } from '../../../i18n';
import { Dialog } from '../../../ui/Dialog';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { fieldOf, freshKey, NUMBER_FIELDS, numberLabel, type Issue, type RulesDraft } from './rules-draft';
import { useCommitteeRulesEditor } from './useCommitteeRulesEditor';

const r = t.committees.rules;

type Props = { saved: CommitteeRulesView; editable: boolean; onReload: (staleVersion: number) => void };

/** The messages for one field (or one row's cell), joined; empty when it is fine. */
const messagesAt = (issues: Issue[], field: string) =>
  issues
    .filter((i) => fieldOf(i.path) === field)
    .map((i) => i.message)
    .join('；');

function FieldError({ text, id }: { text: string; id: string }) {
  return text ? (
    <span className="field__error" id={id} role="alert">
      {text}
    </span>
  ) : null;
}

/** The whole rules object as one form: numbers, then the three lists, then 保存规则 (check → confirm → save). */
export function CommitteeRulesForm({ saved, editable, onReload }: Props) {
  const ed = useCommitteeRulesEditor(saved);
  const [confirming, setConfirming] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const d = ed.draft;
  const set = (patch: Partial<RulesDraft>) => ed.change({ ...d, ...patch });
  const cell = (field: string, label: string, value: string, onChange: (v: string) => void, numeric = false) => {
    const message = messagesAt(ed.issues, field);
    const id = `rules-${field.replaceAll('.', '-')}-error`;
    return (
      <>
        <input
          aria-label={label}
          value={value}
          inputMode={numeric ? 'numeric' : undefined}
          className={numeric ? 'rule__amount' : 'rules__text'}
          disabled={!editable}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? id : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        <FieldError text={message} id={id} />
      </>
    );
  };
  const listError = (field: string) => <FieldError text={messagesAt(ed.issues, field)} id={`rules-${field}-error`} />;
  return (
    <>
      {ed.error?.code === 'conflict' ? (
        // The server's sentence says who saved which version when; the draft stays on screen with
        // its changes listed, so the director can redo them on the reloaded rules.
        <ErrorBanner message={ed.error.message}>
          {ed.changes.length > 0 ? <span className="muted">{r.yourChanges(ed.changes.join('；'))}</span> : null}
          <button type="button" className="button button--small" onClick={() => onReload(d.version)}>
            {r.reload}
          </button>
        </ErrorBanner>
      ) : (
        <ErrorBanner message={ed.error?.message} />
      )}
      {ed.issues.length > 0 && !ed.error ? <ErrorBanner message={r.checkFirst} /> : null}
      {ed.done !== null ? <ErrorBanner tone="info" message={r.saved(ed.done || r.changedNothing)} /> : null}
      <form
        ref={formRef}
        className="card form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!editable) return;
          const fine = ed.check();
          setConfirming(fine);
          // Keyboard users land on the first field to fix, which also brings its message into view.
          if (!fine) requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
        }}
      >
        <h2 className="card__title">{r.basics}</h2>
        <div className="rules__numbers">
          {NUMBER_FIELDS.map((f) => (
            <label key={f} className="field">
              <span className="field__label">{numberLabel(f)}</span>
              {cell(f, numberLabel(f), d[f], (v) => set({ [f]: v }), true)}
            </label>
          ))}
        </div>

        <h2 className="card__title">{r.checklist}</h2>
        {listError('checklist')}
        <table className="table">
          <thead>
            <tr>
              <th>#</th>
              <th>{r.label}</th>
              <th>{r.required}</th>
              <th>{r.key}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {d.checklist.map((item, i) => (
              <tr key={item.key}>
                <th scope="row">{i + 1}</th>
                <td>{cell(`checklist.${i}.label`, r.row(r.checklist, i + 1), item.label, (v) => set({ checklist: d.checklist.map((c, j) => (j === i ? { ...c, label: v } : c)) }))}</td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${r.row(r.checklist, i + 1)} ${r.required}`}
                    checked={item.required}
                    disabled={!editable}
                    onChange={(e) => set({ checklist: d.checklist.map((c, j) => (j === i ? { ...c, required: e.target.checked } : c)) })}
                  />
                </td>
                <td className="muted">{item.key}</td>
                <td>{editable ? <RemoveButton label={r.removeRow(r.checklist, i + 1)} onClick={() => set({ checklist: d.checklist.filter((_, j) => j !== i) })} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {editable ? <AddButton onClick={() => set({ checklist: [...d.checklist, { key: freshKey('item', d.checklist.map((c) => c.key)), label: '', required: true }] })} /> : null}

        <h2 className="card__title">{r.departments}</h2>
        {listError('departments')}
        <ul className="rules__departments">
          {d.departments.map((dept, i) => (
            <li key={i}>
              {cell(`departments.${i}`, r.row(r.departments, i + 1), dept, (v) => set({ departments: d.departments.map((x, j) => (j === i ? v : x)) }))}
              {editable ? <RemoveButton label={r.removeRow(r.departments, i + 1)} onClick={() => set({ departments: d.departments.filter((_, j) => j !== i) })} /> : null}
            </li>
          ))}
        </ul>
        {editable ? <AddButton onClick={() => set({ departments: [...d.departments, ''] })} /> : null}

        <h2 className="card__title">{r.scoringSheet}</h2>
        {listError('scoringSheet')}
        <table className="table">
          <thead>
            <tr>
              <th>#</th>
              <th>{r.label}</th>
              <th>{r.max}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {d.scoringSheet.map((item, i) => (
              <tr key={item.key}>
                <th scope="row">{i + 1}</th>
                <td>{cell(`scoringSheet.${i}.label`, r.row(r.scoringSheet, i + 1), item.label, (v) => set({ scoringSheet: d.scoringSheet.map((c, j) => (j === i ? { ...c, label: v } : c)) }))}</td>
                <td>{cell(`scoringSheet.${i}.max`, `${r.row(r.scoringSheet, i + 1)} ${r.max}`, item.max, (v) => set({ scoringSheet: d.scoringSheet.map((c, j) => (j === i ? { ...c, max: v } : c)) }), true)}</td>
                <td>{editable ? <RemoveButton label={r.removeRow(r.scoringSheet, i + 1)} onClick={() => set({ scoringSheet: d.scoringSheet.filter((_, j) => j !== i) })} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {editable ? <AddButton onClick={() => set({ scoringSheet: [...d.scoringSheet, { key: freshKey('score', d.scoringSheet.map((c) => c.key)), label: '', max: '10' }] })} /> : null}

        {editable ? (
          <div className="form__buttons">
            {ed.changes.length > 0 ? (
              <button type="button" className="button" onClick={ed.discard}>
                {r.reset}
              </button>
            ) : null}
            <button type="submit" className="button button--primary" disabled={ed.busy || ed.changes.length === 0}>
              {ed.busy ? t.common.saving : r.save}
            </button>
          </div>
        ) : null}
      </form>
      {confirming ? (
        <Dialog title={r.confirmTitle} onDismiss={() => setConfirming(false)}>
          <div className="form">
            <p className="confirm__question">{r.confirmQuestion}</p>
            <ul>
              {ed.changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
            <div className="form__buttons">
              <button type="button" className="button" onClick={() => setConfirming(false)} data-autofocus="">
                {t.common.cancel}
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  setConfirming(false);
                  void ed.save();
                }}
              >
                {r.save}
              </button>
            </div>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}

function AddButton({ onClick }: { onClick: () => void }) {
  return (
    <button type="button" className="button button--small rules__add" onClick={onClick}>
      + {r.add}
    </button>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="button button--tiny button--danger-text" onClick={onClick} aria-label={label}>
      {r.remove}
    </button>
  );
}
