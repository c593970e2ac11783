import type { ElectionDetail } from '#shared/domain/committees/committee-views';
import type { ElectionKind } from '#shared/domain/committees/election-actions';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { SelectField } from '../../../ui/SelectField';
import { ELECTION_KIND_OPTIONS } from '../committee-labels';
import { useEstateOptions } from '../useCommittees';

const s = t.committees.elections;

/** 发起选举: the estate and the kind (首次选举, 换届选举, 补选); opens the new election's workspace. */
export function CreateElectionDialog({ onClose }: { onClose: () => void }) {
  const estates = useEstateOptions();
  const form = useForm<{ estateId: string; kind: string }, ElectionDetail>({
    initial: { estateId: '', kind: 'first-election' },
    submit: (v) => call('committees:create-election', { estateId: v.estateId, kind: v.kind as ElectionKind }),
    onSaved: (e) => {
      onClose();
      window.location.hash = hrefOf({ name: 'election', id: e.id });
    },
  });
  const options = (estates.data ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.communityName}）` }));
  return (
    <FormDialog title={s.addTitle} form={form} onCancel={onClose}>
      <SelectField {...form.field('estateId')} label={s.estate} options={options} placeholder={t.committees.form.chooseEstate} required autoFocus />
      <SelectField {...form.field('kind')} label={s.kind} options={ELECTION_KIND_OPTIONS} required />
    </FormDialog>
  );
}
