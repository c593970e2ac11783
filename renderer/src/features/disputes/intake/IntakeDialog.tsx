import { DESCRIPTION_MAX } from '#shared/domain/disputes/disputes.schema';
import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import { openDispute } from '../../../app/routes';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { FormDialog } from '../../../ui/FormDialog';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useCompanies } from '../../registry/companies/useCompanies';
import { useEstates } from '../../registry/estates/useEstates';
import { explainBlanks } from '../forms/explain-blanks';
import { precheck } from '../forms/precheck';
import { useFocusFirstInvalid } from '../forms/useFocusFirstInvalid';
import { SOURCE_OPTIONS } from '../options';
import { useCategories } from '../useCategories';
import type { TierRuleTable } from '#shared/domain/disputes/tier-rules';
import { TextAreaField } from '../../../ui/TextAreaField';
import { intakeInitial, intakeInput, isHotline, type IntakeValues } from './intake-values';
import { IntakeWarnings, useIntakeWarnings } from './IntakeWarnings';
import { PartiesEditor } from './PartiesEditor';
import { TierField } from './TierField';

type Props = { onClose: () => void; estateId?: string };

const BLANKS = { source: t.disputes.intake.chooseSource, estateId: t.disputes.intake.chooseEstate, category: t.disputes.intake.chooseCategory, receivedAt: t.disputes.intake.missingReceivedAt };

async function register(values: IntakeValues, tiers: TierRuleTable) {
  const input = intakeInput(values, tiers);
  // Every problem at once, before the round trip; the server checks it all again.
  const early = precheck<DisputeDetail>('disputes:create', input);
  return explainBlanks(early ?? (await call('disputes:create', input)), values, BLANKS);
}

/**
 * 登记纠纷: built for the keyboard (Tab through, Enter saves) so a case is in within a
 * minute. What is typed stays as a draft if the dialog closes; after saving, the case opens.
 */
export function IntakeDialog({ onClose, estateId }: Props) {
  const estates = useEstates();
  const companies = useCompanies();
  // Only the categories intake offers now (a retired one stays on old cases, not here).
  const categories = useCategories();
  const form = useForm({
    initial: intakeInitial(estateId),
    draftKey: `dispute:new${estateId ? `:${estateId}` : ''}`,
    submit: (values: IntakeValues) => register(values, categories.tiers),
    onSaved: (d: DisputeDetail) => {
      onClose();
      openDispute(d.id);
    },
  });
  const fields = useFocusFirstInvalid<HTMLDivElement>(form.error);
  const estateOptions = (estates.data ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.communityName}）` }));
  const companyOptions = (companies.data ?? []).map((c) => ({ value: c.id, label: c.name }));
  const hotline = isHotline(form.values);
  const warnings = useIntakeWarnings(form.values);
  const duplicateOrder = warnings.some((w) => w.kind === 'duplicate-order');
  return (
    <FormDialog title={t.disputes.intake.title} form={form} onCancel={onClose} submitLabel={t.disputes.intake.save} intro={t.disputes.intake.intro} wide>
      <div className="intake" ref={fields}>
        <div className="form__row">
          <SelectField {...form.field('source')} label={t.disputes.intake.source} options={SOURCE_OPTIONS} placeholder={t.disputes.intake.chooseSource} required autoFocus />
          <TextField {...form.field('receivedAt')} type="datetime-local" label={t.disputes.intake.receivedAt} hint={t.disputes.intake.receivedAtHint} required />
        </div>
        {hotline ? (
          <div className="form__row">
            <TextField {...form.field('hotlineOrderNo')} label={t.disputes.intake.hotlineOrderNo} required maxLength={40} className="field--code" />
            <TextField {...form.field('hotlineReceivedAt')} type="datetime-local" label={t.disputes.intake.hotlineReceivedAt} hint={t.disputes.intake.hotlineReceivedAtHint} />
          </div>
        ) : null}
        {/* The same work order on another case: the reason is asked for at once, not after a refused save. */}
        {hotline && (duplicateOrder || form.values.duplicateOrderReason !== undefined || form.error?.issues?.some((i) => i.path[0] === 'duplicateOrderReason')) ? (
          <TextField {...form.field('duplicateOrderReason')} value={form.values.duplicateOrderReason ?? ''} label={t.disputes.intake.duplicateOrderReason} hint={t.disputes.intake.duplicateOrderHint} required maxLength={200} />
        ) : null}
        <div className="form__row">
          <SelectField {...form.field('estateId')} label={t.disputes.intake.estate} options={estateOptions} placeholder={t.disputes.intake.chooseEstate} required />
          <SelectField {...form.field('category')} label={t.disputes.intake.category} options={categories.intakeOptions()} placeholder={t.disputes.intake.chooseCategory} required />
        </div>
        {estates.data?.length === 0 ? <ErrorBanner tone="info" message={t.disputes.intake.noEstates} /> : null}
        <div className="form__row">
          <TierField form={form} />
        </div>
        <TextAreaField
          {...form.field('description')}
          label={t.disputes.intake.description}
          hint={t.disputes.intake.descriptionHint}
          required
          rows={4}
          max={DESCRIPTION_MAX}
          counter={t.disputes.intake.counter}
          over={t.disputes.intake.over}
        />
        <IntakeWarnings warnings={warnings} />
        <PartiesEditor json={form.values.parties} onChange={(json) => form.set('parties', json)} issues={form.error?.issues} companies={companyOptions} />
      </div>
    </FormDialog>
  );
}
