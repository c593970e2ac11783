import { DISPUTE_TIERS, TIER_LABELS } from '#shared/domain/disputes/disputes.schema';
import { t } from '../../../i18n';
import type { Form } from '../../../lib/useForm';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useCategories } from '../useCategories';
import { suggestionOf, tierOverridden, type TierValues } from './intake-values';

/**
 * 处理等级: the first choice is the rule's suggestion for the category; another tier
 * reveals the required 调整理由 (the server refuses an override without one).
 */
export function TierField<V extends TierValues>({ form }: { form: Form<V> }) {
  // The suggestion follows the tier table in force (a city's policy pack may change a category's default).
  const { tiers } = useCategories();
  const suggested = suggestionOf(form.values.category, tiers);
  const options = DISPUTE_TIERS.map((tier) => ({ value: tier, label: TIER_LABELS[tier] }));
  const placeholder = suggested ? t.disputes.intake.suggested(TIER_LABELS[suggested]) : t.disputes.intake.suggestFirst;
  return (
    <>
      <SelectField {...form.field('tier')} label={t.disputes.intake.tier} options={options} placeholder={placeholder} />
      {tierOverridden(form.values, tiers) ? (
        <TextField
          {...form.field('tierReason')}
          label={t.disputes.intake.tierReason}
          hint={suggested ? t.disputes.intake.tierReasonHint(TIER_LABELS[suggested]) : undefined}
          required
          maxLength={200}
        />
      ) : null}
    </>
  );
}
