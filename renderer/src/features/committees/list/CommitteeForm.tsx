import type { CommitteeDetail } from '#shared/domain/committees/committee-views';
import type { CommitteeKind } from '#shared/domain/committees/committees.schema';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { KIND_OPTIONS, orNull } from '../committee-labels';
import { useEstateOptions } from '../useCommittees';

type Props = { committee: CommitteeDetail | null; onClose: () => void };
const s = t.committees.form;
const STATUS_OPTIONS = [
  { value: 'sitting', label: '在任' },
  { value: 'preparing', label: '筹备中' },
];

type V = { estateId: string; kind: string; status: string; termNo: string; termStart: string; termEnd: string; filedOn: string; partyBranch: string };
const valuesOf = (c: CommitteeDetail | null): V => ({
  estateId: c?.estateId ?? '',
  kind: c?.kind ?? 'owners-committee',
  status: c?.status ?? 'sitting',
  termNo: c ? String(c.termNo) : '1',
  termStart: c?.termStart ?? '',
  termEnd: c?.termEnd ?? '',
  filedOn: c?.filedOn ?? '',
  partyBranch: c?.partyBranch ?? '',
});

function save(c: CommitteeDetail | null, v: V, version: number | null) {
  // Typed values go to the server as they are: its checks name every field that is wrong.
  const term = {
    kind: v.kind as CommitteeKind,
    termNo: Number(v.termNo),
    termStart: v.termStart,
    termEnd: orNull(v.termEnd),
    filedOn: orNull(v.filedOn),
    partyBranch: orNull(v.partyBranch),
  };
  return c && version !== null
    ? call('committees:update', { id: c.id, version, ...term })
    : call('committees:create', { estateId: v.estateId, status: v.status as 'sitting' | 'preparing', ...term });
}

/** 登记业委会 / 修改届次信息: the estate, kind, term and filing. */
export function CommitteeForm({ committee, onClose }: Props) {
  const estates = useEstateOptions();
  const form = useForm({
    initial: valuesOf(committee),
    version: committee?.version ?? null,
    draftKey: `committee:${committee?.id ?? 'new'}`,
    submit: (v, version) => save(committee, v, version),
    onSaved: (saved) => {
      onClose();
      if (!committee) window.location.hash = hrefOf({ name: 'committee', id: saved.id });
    },
  });
  const estateOptions = (estates.data ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.communityName}）` }));
  return (
    <FormDialog title={committee ? s.editTitle : s.addTitle} form={form} onCancel={onClose} wide>
      {committee ? null : (
        <div className="form__row">
          <SelectField {...form.field('estateId')} label={s.estate} options={estateOptions} placeholder={s.chooseEstate} required autoFocus />
          <SelectField {...form.field('status')} label={s.status} options={STATUS_OPTIONS} required />
        </div>
      )}
      <div className="form__row">
        <SelectField {...form.field('kind')} label={s.kind} options={KIND_OPTIONS} required autoFocus={!!committee} />
        <TextField {...form.field('termNo')} label={s.termNo} inputMode="numeric" required maxLength={2} />
      </div>
      <div className="form__row">
        <TextField {...form.field('termStart')} label={s.termStart} type="date" required />
        <TextField {...form.field('termEnd')} label={s.termEnd} type="date" hint={s.termEndHint} />
      </div>
      <div className="form__row">
        <TextField {...form.field('filedOn')} label={s.filedOn} type="date" hint={s.filedOnHint} />
        <TextField {...form.field('partyBranch')} label={s.partyBranch} maxLength={60} />
      </div>
    </FormDialog>
  );
}
