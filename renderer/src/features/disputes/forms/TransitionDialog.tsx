import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { TextAreaField } from '../../../ui/TextAreaField';
import { CaseActionDialog, type CaseDialogProps } from './CaseActionDialog';

type To = 'closed' | 'rejected' | 'withdrawn';
const TEXT: Record<To, { title: string; reason?: string; required?: boolean; intro?: string }> = {
  closed: { title: t.disputes.actions.close, intro: t.disputes.forms.closeQuestion },
  rejected: { title: t.disputes.actions.reject, reason: t.disputes.forms.rejectReason, required: true },
  withdrawn: { title: t.disputes.actions.withdraw, reason: t.disputes.forms.withdrawReason, required: true },
};

/** 结案, 不予受理 (with the reason) and 撤回; the lifecycle's refusal (e.g. no feedback yet) shows on top. */
export function TransitionDialog({ to, ...props }: CaseDialogProps & { to: To }) {
  const { dispute } = props;
  const text = TEXT[to];
  return (
    <CaseActionDialog
      {...props}
      title={text.title}
      action={to}
      intro={text.intro}
      submitLabel={to === 'closed' ? t.disputes.actions.close : t.disputes.forms.confirm}
      initial={{ reason: '' }}
      submit={(v, version) => call('disputes:transition', { id: dispute.id, version, to, reason: v.reason })}
    >
      {(form) => (text.reason ? <TextAreaField {...form.field('reason')} label={text.reason} required={text.required} rows={3} autoFocus /> : null)}
    </CaseActionDialog>
  );
}
