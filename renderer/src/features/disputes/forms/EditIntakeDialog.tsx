import { DESCRIPTION_MAX, type DisputeCategory, type DisputeTier } from '#shared/domain/disputes/disputes.schema';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { SelectField } from '../../../ui/SelectField';
import { useEstates } from '../../registry/estates/useEstates';
import { tierOverridden } from '../intake/intake-values';
import { TierField } from '../intake/TierField';
import { useCategories } from '../useCategories';
import { TextAreaField } from '../../../ui/TextAreaField';
import { CaseActionDialog, type CaseDialogProps } from './CaseActionDialog';

/** 修改登记信息: corrects the category, the estate and the account of the facts. */
export function EditIntakeDialog(props: CaseDialogProps) {
  const { dispute } = props;
  const estates = useEstates();
  // A case may keep a category the city has retired, but not be moved to one.
  const categories = useCategories();
  const options = (estates.data ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.communityName}）` }));
  return (
    <CaseActionDialog
      {...props}
      title={t.disputes.actions.editIntake}
      action="edit-intake"
      wide
      initial={{ category: dispute.category, estateId: dispute.estateId, description: dispute.description, tier: '', tierReason: '' }}
      submit={(v, version) => {
        // A new category brings its own suggested tier (the server applies it); keeping or
        // picking another tier needs a reason, as at intake.
        const changed = v.category !== dispute.category;
        return call('disputes:update-intake', {
          id: dispute.id,
          version,
          category: v.category as DisputeCategory,
          estateId: v.estateId,
          description: v.description,
          tier: changed && v.tier ? (v.tier as DisputeTier) : undefined,
          tierReason: changed && tierOverridden(v, categories.tiers) ? v.tierReason : undefined,
        });
      }}
    >
      {(form) => (
        <>
          <div className="form__row">
            <SelectField {...form.field('estateId')} label={t.disputes.forms.estate} options={options} required autoFocus />
            <SelectField {...form.field('category')} label={t.disputes.forms.category} options={categories.intakeOptions(dispute.category)} required />
          </div>
          {form.values.category !== dispute.category ? (
            <div className="form__row">
              <TierField form={form} />
            </div>
          ) : null}
          <TextAreaField {...form.field('description')} label={t.disputes.forms.description} required rows={6} max={DESCRIPTION_MAX} counter={t.disputes.intake.counter} over={t.disputes.intake.over} />
        </>
      )}
    </CaseActionDialog>
  );
}
