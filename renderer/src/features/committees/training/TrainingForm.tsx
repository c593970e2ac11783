import { useCallback, useState } from 'react';
import { TRAINING_KIND_LABELS, TRAINING_KINDS, type TrainingKind } from '#shared/domain/committees/training-rules';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { useQuery } from '../../../lib/useQuery';
import { FormDialog } from '../../../ui/FormDialog';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useCommitteeList } from '../useCommittees';

const s = t.committees.training;
const KIND_OPTIONS = TRAINING_KINDS.map((k) => ({ value: k, label: TRAINING_KIND_LABELS[k] }));

/** 登记培训: the session, then the attending members, ticked per committee (a session may cover several). */
export function TrainingForm({ onClose }: { onClose: () => void }) {
  const committees = useCommitteeList(false);
  const [committeeId, setCommitteeId] = useState('');
  const [ticked, setTicked] = useState<Map<string, string>>(new Map());
  const loadCommittee = useCallback(() => call('committees:get', { id: committeeId }), [committeeId]);
  const chosen = useQuery(loadCommittee);
  const form = useForm<{ heldOn: string; topic: string; kind: string; trainer: string; place: string }, unknown>({
    initial: { heldOn: '', topic: '', kind: 'law-lecture', trainer: '', place: '' },
    submit: (v) => call('committees:record-training', { ...v, kind: v.kind as TrainingKind, memberIds: [...ticked.keys()] }),
    onSaved: onClose,
  });
  const options = (committees.data?.rows ?? []).map((c) => ({ value: c.id, label: `${c.estateName} 第 ${c.termNo} 届` }));
  const serving = committeeId && chosen.data ? chosen.data.members.filter((m) => m.ceasedOn === null) : [];
  const toggle = (id: string, name: string, on: boolean) => {
    const next = new Map(ticked);
    if (on) next.set(id, name);
    else next.delete(id);
    setTicked(next);
  };
  const membersError = form.error?.issues?.find((i) => i.path[0] === 'memberIds')?.message;
  return (
    <FormDialog title={s.add} form={form} onCancel={onClose} wide>
      <div className="form__row">
        <TextField {...form.field('heldOn')} label={s.heldOn} type="date" required autoFocus />
        <SelectField {...form.field('kind')} label={s.kind} options={KIND_OPTIONS} required />
      </div>
      <TextField {...form.field('topic')} label={s.topic} required maxLength={100} />
      <div className="form__row">
        <TextField {...form.field('trainer')} label={s.trainer} required maxLength={60} />
        <TextField {...form.field('place')} label={s.place} required maxLength={100} />
      </div>
      <SelectField name="committee" value={committeeId} onChange={setCommitteeId} error={membersError} label={s.pickCommittee} options={options} placeholder={s.choose} />
      {serving.length > 0 ? (
        <fieldset className="checks">
          <legend>{s.members}</legend>
          {serving.map((m) => (
            <label key={m.id} className="check">
              <input type="checkbox" checked={ticked.has(m.id)} onChange={(e) => toggle(m.id, m.name, e.target.checked)} />
              {m.name}
            </label>
          ))}
        </fieldset>
      ) : null}
      <p className="muted">{s.tickedCount(ticked.size, [...ticked.values()].join('、'))}</p>
    </FormDialog>
  );
}
