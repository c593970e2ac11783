import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import type { DisputeSource, DisputeTier } from '#shared/domain/disputes/disputes.schema';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useCompanies } from '../../registry/companies/useCompanies';
import { chinaLocal, localToIso, optionalIso } from '../china-time';
import { PartiesEditor } from '../intake/PartiesEditor';
import { readParties, tierOverridden, type PartyDraft } from '../intake/intake-values';
import { useCategories } from '../useCategories';
import { TierField } from '../intake/TierField';
import { SOURCE_OPTIONS } from '../options';
import { EMPTY_DETAILS } from '../party-detail-values';
import { CaseActionDialog, type CaseDialogProps } from './CaseActionDialog';
import { precheck } from './precheck';

/** A stored party as a row of the form; `id` ties it to the record, phone and ID number start empty (= kept). */
type CorrectionDraft = PartyDraft & { id?: string };

const draftsOf = (d: DisputeDetail): CorrectionDraft[] =>
  d.parties.map((p) => ({ key: p.id, id: p.id, role: p.role, kind: p.kind, name: p.name, phone: '', idNumber: '', companyId: p.companyId ?? '', ...EMPTY_DETAILS }));

/**
 * 更正登记信息: the intake facts as they should have been, with a reason. Phone and ID
 * numbers are only ever seen masked, so a stored party's empty field keeps the stored
 * number (its mask is the placeholder); a typed one replaces it. Who may correct, and
 * when, is the shared rule (corrections.ts) that also decides whether this is offered.
 */
export function CorrectionDialog(props: CaseDialogProps) {
  const { dispute } = props;
  const companies = useCompanies();
  const categories = useCategories();
  const companyOptions = (companies.data ?? []).map((c) => ({ value: c.id, label: c.name }));
  const stored = new Map(dispute.parties.map((p) => [p.id, p]));
  return (
    <CaseActionDialog
      {...props}
      title={t.disputes.actions.correct}
      action="correct"
      wide
      intro={<p className="muted">{t.disputes.correction.intro}</p>}
      initial={{
        source: dispute.source as string,
        hotlineOrderNo: dispute.hotlineOrderNo ?? '',
        hotlineReceivedAt: dispute.hotlineReceivedAt ? chinaLocal(dispute.hotlineReceivedAt) : '',
        receivedAt: chinaLocal(dispute.receivedAt),
        category: dispute.category as string,
        tier: dispute.tier as string,
        tierReason: dispute.tierReason ?? '',
        parties: JSON.stringify(draftsOf(dispute)),
        reason: '',
      }}
      submit={(v, version) => {
        const hotline = v.source === 'hotline-12345';
        const input = {
          id: dispute.id,
          version,
          source: v.source as DisputeSource,
          hotlineOrderNo: hotline ? v.hotlineOrderNo : null,
          hotlineReceivedAt: hotline ? (optionalIso(v.hotlineReceivedAt) ?? null) : null,
          receivedAt: localToIso(v.receivedAt),
          tier: v.tier as DisputeTier,
          tierReason: tierOverridden(v, categories.tiers) ? v.tierReason : undefined,
          parties: (readParties(v.parties) as CorrectionDraft[]).map((p) => {
            const kept = p.id !== undefined && stored.has(p.id);
            return {
              ...(kept ? { id: p.id } : {}),
              role: p.role,
              kind: p.kind,
              name: p.name,
              // Left empty on a stored party: keep the stored number.
              phone: kept && p.phone.trim() === '' ? undefined : p.phone,
              idNumber: p.kind !== 'person' ? null : kept && p.idNumber.trim() === '' ? undefined : p.idNumber,
              companyId: p.kind === 'company' && p.companyId ? p.companyId : null,
            };
          }),
          reason: v.reason,
        };
        const early = precheck<DisputeDetail>('disputes:correct-case', input);
        return early ? Promise.resolve(early) : call('disputes:correct-case', input);
      }}
    >
      {(form) => (
        // The intake's layout (and its dialog width), so the party rows fit as they do there.
        <div className="intake">
          <div className="form__row">
            <SelectField {...form.field('source')} label={t.disputes.intake.source} options={SOURCE_OPTIONS} required autoFocus />
            <TextField {...form.field('receivedAt')} type="datetime-local" label={t.disputes.intake.receivedAt} required />
          </div>
          {form.values.source === 'hotline-12345' ? (
            <div className="form__row">
              <TextField {...form.field('hotlineOrderNo')} label={t.disputes.intake.hotlineOrderNo} required maxLength={40} className="field--code" />
              <TextField {...form.field('hotlineReceivedAt')} type="datetime-local" label={t.disputes.intake.hotlineReceivedAt} />
            </div>
          ) : null}
          <div className="form__row">
            <TierField form={form} />
          </div>
          <PartiesEditor
            json={form.values.parties}
            onChange={(json) => form.set('parties', json)}
            issues={form.error?.issues}
            companies={companyOptions}
            kept={(p, field) => {
              const s = (p as CorrectionDraft).id ? stored.get((p as CorrectionDraft).id!) : undefined;
              const masked = field === 'phone' ? s?.phoneMasked : s?.idNumberMasked;
              return masked ? `${masked}（${t.disputes.correction.keptHint}）` : undefined;
            }}
          />
          <TextField {...form.field('reason')} label={t.disputes.correction.reason} hint={t.disputes.correction.reasonHint} required maxLength={500} />
        </div>
      )}
    </CaseActionDialog>
  );
}
