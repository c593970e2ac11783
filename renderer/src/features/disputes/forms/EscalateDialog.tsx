import { DISPUTE_TIERS, TIER_LABELS } from '#shared/domain/disputes/disputes.schema';
import type { DisputeTier } from '#shared/domain/disputes/disputes.schema';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { CaseActionDialog, type CaseDialogProps } from './CaseActionDialog';

/** 升级等级: 小事 → 中事 → 大事 with a reason; the clock restarts under the new tier. */
export function EscalateDialog(props: CaseDialogProps) {
  const { dispute } = props;
  const higher = DISPUTE_TIERS.slice(DISPUTE_TIERS.indexOf(dispute.tier) + 1);
  const options = higher.map((tier) => ({ value: tier, label: TIER_LABELS[tier] }));
  return (
    <CaseActionDialog
      {...props}
      title={t.disputes.actions.escalate}
      action="escalate"
      intro={`${t.disputes.dispute.tier}：${TIER_LABELS[dispute.tier]}。${t.disputes.forms.escalateHint}`}
      initial={{ to: higher[0] ?? '', reason: '' }}
      submit={(v, version) => call('disputes:escalate', { id: dispute.id, version, to: v.to as DisputeTier, reason: v.reason })}
    >
      {(form) => (
        <>
          <SelectField {...form.field('to')} label={t.disputes.forms.escalateTo} options={options} required autoFocus className="field--short" />
          <TextAreaField {...form.field('reason')} label={t.disputes.forms.escalateReason} required rows={3} />
        </>
      )}
    </CaseActionDialog>
  );
}
