import { useState, type ReactNode } from 'react';
import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import type { Envelope } from '#shared/ipc/envelope';
import { t } from '../../../i18n';
import { useForm, type Form, type Values } from '../../../lib/useForm';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { FormDialog } from '../../../ui/FormDialog';
import { explainBlanks } from './explain-blanks';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';

export type CaseDialogProps = { dispute: DisputeDetail; onClose: () => void; onReload: () => void };

type Props<V extends Values> = CaseDialogProps & {
  title: string;
  /** Names the draft: one per case and action. */
  action: string;
  initial: V;
  submit: (values: V, version: number) => Promise<Envelope<DisputeDetail>>;
  /** Messages for fields left empty (see explainBlanks). */
  blanks?: Record<string, string>;
  submitLabel?: string;
  intro?: ReactNode;
  wide?: boolean;
  children: (form: Form<V>) => ReactNode;
};

/**
 * One step of case work in a dialog. The draft is kept per case and action whatever
 * the case's version (a mediator's notes survive other work on the case); the save
 * uses the version on screen, so another operator's change meanwhile is refused
 * with `conflict`, and 重新载入案件 brings the latest state while the typing stays.
 */
export function CaseActionDialog<V extends Values>(props: Props<V>) {
  const { dispute, onClose, onReload, title, action, initial, submit, blanks = {}, submitLabel, intro, wide, children } = props;
  const [reloaded, setReloaded] = useState(false);
  const form = useForm({
    initial,
    draftKey: `dispute:${dispute.id}:${action}`,
    // useForm calls the submit of the latest render, so this is the version on screen now.
    submit: async (values: V) => {
      setReloaded(false);
      return explainBlanks(await submit(values, dispute.version), values, blanks);
    },
    onSaved: onClose,
  });
  const fields = useFocusFirstInvalid<HTMLDivElement>(form.error);
  const conflict = form.error?.code === 'conflict' && !reloaded;
  return (
    <FormDialog title={title} form={form} onCancel={onClose} submitLabel={submitLabel} intro={intro} wide={wide}>
      {conflict ? (
        <div>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              onReload();
              setReloaded(true);
            }}
          >
            {t.common.reload}
          </button>
        </div>
      ) : null}
      {reloaded ? <ErrorBanner tone="info" message={t.disputes.forms.latestLoaded} /> : null}
      <div className="form__contents" ref={fields}>
        {children(form)}
      </div>
    </FormDialog>
  );
}
