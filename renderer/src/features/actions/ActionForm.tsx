import type { ActionSource, ResponsibleKind } from '#shared/domain/actions/actions.schema';
import type { ActionItemDetail } from '#shared/domain/actions/action-views';
import { hrefOf } from '../../app/routes';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { useForm } from '../../lib/useForm';
import { useQuery } from '../../lib/useQuery';
import { FormDialog } from '../../ui/FormDialog';
import { SelectField, type Option } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useCompanies } from '../registry/companies/useCompanies';
import { useCommunities } from '../registry/communities/useCommunities';
import { useEstates } from '../registry/estates/useEstates';
import { useStaff } from '../registry/staff/useStaff';
import { RESPONSIBLE_KIND_OPTIONS, SOURCE_OPTIONS } from './action-labels';

/** What the page that opens the form already knows: the estate, or the dispute or meeting the item comes from. */
export type ActionPreset = { estateId?: string; sourceKind?: ActionSource; sourceDisputeId?: string; sourceMeetingId?: string; sourceResolutionId?: string; caption?: string };
type Props = { item: ActionItemDetail | null; preset?: ActionPreset; onClose: () => void };
const s = t.actions.form;

// Fields keep the contract's names, so the server's field errors land on them.
type V = {
  problem: string; sourceKind: string; sourceNote: string; sourceDisputeId: string; sourceMeetingId: string; sourceResolutionId: string;
  estateId: string; responsibleKind: string; responsibleRefId: string; responsibleName: string; rectification: string; dueOn: string;
};
const valuesOf = (i: ActionItemDetail | null, p: ActionPreset): V => ({
  problem: i?.problem ?? '',
  sourceKind: i?.source ?? p.sourceKind ?? 'inspection',
  sourceNote: i?.sourceNote ?? '',
  sourceDisputeId: i?.disputeId ?? p.sourceDisputeId ?? '',
  sourceMeetingId: i?.meetingId ?? p.sourceMeetingId ?? '',
  sourceResolutionId: i?.resolutionId ?? p.sourceResolutionId ?? '',
  estateId: i?.estateId ?? p.estateId ?? '',
  responsibleKind: i?.responsibleKind ?? '',
  responsibleRefId: i?.responsibleRefId ? `${i.responsibleKind}:${i.responsibleRefId}` : '',
  responsibleName: i?.responsibleName ?? '',
  rectification: i?.rectification ?? '',
  dueOn: i?.dueOn ?? '',
});

const orNull = (v: string) => (v.trim() === '' ? null : v);

/**
 * The picked registry record is kept as `<kind>:<id>`, so a record picked for one
 * kind of party no longer counts once the kind changes (no second field to clear).
 */
const pickedOf = (v: V): string | null => {
  const [kind, id] = v.responsibleRefId.split(':');
  return kind === v.responsibleKind && id ? id : null;
};

function save(item: ActionItemDetail | null, v: V, version: number | null) {
  // Typed values go to the server as they are: its checks name every field that is wrong.
  const fields = {
    problem: v.problem,
    sourceKind: v.sourceKind as ActionSource,
    sourceNote: orNull(v.sourceNote),
    sourceDisputeId: v.sourceKind === 'dispute' ? orNull(v.sourceDisputeId) : null,
    sourceMeetingId: v.sourceKind === 'meeting' ? orNull(v.sourceMeetingId) : null,
    sourceResolutionId: v.sourceKind === 'meeting' ? orNull(v.sourceResolutionId) : null,
    estateId: orNull(v.estateId),
    responsibleKind: (v.responsibleKind || undefined) as ResponsibleKind,
    responsibleRefId: pickedOf(v),
    responsibleName: orNull(v.responsibleName),
    rectification: v.rectification,
    dueOn: v.dueOn,
  };
  return item && version !== null ? call('actions:update', { id: item.id, version, ...fields }) : call('actions:create', fields);
}

const loadCommittees = () => call('committees:list', { offset: 0, limit: 500 });

/** The registry records a responsible party of `kind` may be picked from. */
function useResponsibleOptions(kind: string): Option[] {
  const companies = useCompanies();
  const communities = useCommunities();
  const staff = useStaff();
  const committees = useQuery(loadCommittees);
  const of = (records: { id: string; label: string }[]) => records.map((r) => ({ value: `${kind}:${r.id}`, label: r.label }));
  switch (kind) {
    case 'company':
      return of((companies.data ?? []).map((c) => ({ id: c.id, label: c.name })));
    case 'community':
      return of((communities.data ?? []).map((c) => ({ id: c.id, label: c.name })));
    case 'person':
      return of((staff.data ?? []).map((p) => ({ id: p.id, label: p.name })));
    case 'committee':
      return of((committees.data?.rows ?? []).map((c) => ({ id: c.id, label: `${c.estateName}业委会（第 ${c.termNo} 届）` })));
    default:
      return [];
  }
}

/** 登记整改事项 / 修改整改事项: the problem, where it came from, who must put it right, what and by when. */
export function ActionForm({ item, preset = {}, onClose }: Props) {
  const estates = useEstates();
  const form = useForm({
    initial: valuesOf(item, preset),
    version: item?.version ?? null,
    draftKey: `action:${item?.id ?? `new:${preset.sourceDisputeId ?? preset.sourceMeetingId ?? preset.estateId ?? ''}`}`,
    submit: (v, version) => save(item, v, version),
    onSaved: (saved) => {
      onClose();
      if (!item && !preset.sourceDisputeId && !preset.sourceMeetingId) window.location.hash = hrefOf({ name: 'action', id: saved.id });
    },
  });
  const refOptions = useResponsibleOptions(form.values.responsibleKind);
  const picked = pickedOf(form.values) ? form.values.responsibleRefId : '';
  const fixedSource = Boolean(preset.sourceKind) && !item;
  const kind = form.values.sourceKind;
  return (
    <FormDialog title={item ? s.editTitle : s.addTitle} form={form} onCancel={onClose} wide intro={preset.caption}>
      <TextAreaField {...form.field('problem')} label={s.problem} required max={1000} rows={3} autoFocus />
      <div className="form__row">
        {fixedSource ? null : <SelectField {...form.field('sourceKind')} label={s.sourceKind} options={SOURCE_OPTIONS} required />}
        {kind === 'inspection' || kind === 'other' ? <TextField {...form.field('sourceNote')} label={s.sourceNote} hint={s.sourceNoteHint} maxLength={200} required /> : null}
        <SelectField {...form.field('estateId')} label={s.estate} options={(estates.data ?? []).map((e) => ({ value: e.id, label: e.name }))} placeholder={s.chooseEstate} />
      </div>
      <div className="form__row">
        <SelectField {...form.field('responsibleKind')} label={s.responsibleKind} options={RESPONSIBLE_KIND_OPTIONS} placeholder={s.choose} required />
        {refOptions.length > 0 ? <SelectField {...form.field('responsibleRefId')} value={picked} label={s.responsibleRef} options={refOptions} placeholder={s.responsibleRefNone} /> : null}
        <TextField {...form.field('responsibleName')} label={s.responsibleName} hint={refOptions.length > 0 ? s.responsibleNameHint : undefined} maxLength={60} required={!picked} />
      </div>
      <TextAreaField {...form.field('rectification')} label={s.rectification} required max={1000} rows={3} />
      <TextField {...form.field('dueOn')} label={s.dueOn} type="date" required />
    </FormDialog>
  );
}
