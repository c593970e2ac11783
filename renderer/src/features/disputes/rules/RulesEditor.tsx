import { useState } from 'react';
import type { DeadlineRule } from '#shared/domain/disputes/deadlines';
import { t } from '../../../i18n';
import { Dialog } from '../../../ui/Dialog';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { rowIssues } from './rule-values';
import { RuleRow } from './RuleRow';
import { RulesHead } from './RulesHead';
import { useRulesEditor } from './useRulesEditor';

/** The director's rules table: edit, add, remove; 保存规则 checks the values, asks, then says how many cases' deadlines moved. */
export function RulesEditor({ saved }: { saved: DeadlineRule[] }) {
  const editor = useRulesEditor(saved);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      {editor.restored ? (
        <ErrorBanner tone="info" message={t.common.draftRestored}>
          <button type="button" className="button button--link" onClick={editor.discard}>
            {t.common.discardDraft}
          </button>
        </ErrorBanner>
      ) : null}
      <ErrorBanner message={editor.error?.message} />
      {editor.recomputed !== null ? <ErrorBanner tone="info" message={t.disputes.rules.saved(editor.recomputed)} /> : null}
      <div className="card card--table">
        <table className="table table--rules">
          <RulesHead editable />
          <tbody>
            {editor.rows.map((rule, index) => (
              <RuleRow
                key={rule.key}
                index={index}
                rule={rule}
                issues={rowIssues(editor.error?.issues, index)}
                onChange={(field, value) => editor.update(index, field, value)}
                onRemove={() => editor.remove(index)}
              />
            ))}
          </tbody>
        </table>
        <div className="rules__buttons">
          <button type="button" className="button button--small" onClick={editor.add}>
            + {t.disputes.rules.add}
          </button>
          <span className="rules__spacer" />
          {editor.dirty ? (
            <button type="button" className="button" onClick={editor.discard}>
              {t.disputes.rules.reset}
            </button>
          ) : null}
          <button type="button" className="button button--primary" onClick={() => setConfirming(editor.check())} disabled={editor.busy || !editor.dirty}>
            {editor.busy ? t.common.saving : t.disputes.rules.save}
          </button>
        </div>
      </div>
      {confirming ? (
        <Dialog title={t.disputes.rules.confirmTitle} onDismiss={() => setConfirming(false)}>
          <div className="form">
            <p className="confirm__question">{t.disputes.rules.confirmQuestion}</p>
            <div className="form__buttons">
              <button type="button" className="button" onClick={() => setConfirming(false)} data-autofocus="">
                {t.common.cancel}
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  setConfirming(false);
                  void editor.save();
                }}
              >
                {t.disputes.rules.save}
              </button>
            </div>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
