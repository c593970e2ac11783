import type { CommitteeAction } from '#shared/domain/committees/committee-actions';
import type { CommitteeDetail } from '#shared/domain/committees/committee-views';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';

export type DialogAction = Extract<CommitteeAction, 'seat' | 'record-correction' | 'order-re-election' | 'dissolve'>;
type Props = { committee: CommitteeDetail; action: DialogAction; onClose: () => void };
const a = t.committees.actions;

// Fields keep the contract's names, so the server's field errors land on them.
type V = { filedOn: string; decision: string; decidedOn: string; correction: string; correctedOn: string; orderedOn: string; endedOn: string; reason: string };
const EMPTY: V = { filedOn: '', decision: '', decidedOn: '', correction: '', correctedOn: '', orderedOn: '', endedOn: '', reason: '' };

function submit(c: CommitteeDetail, action: DialogAction, v: V) {
  const target = { id: c.id, version: c.version };
  switch (action) {
    case 'seat':
      return call('committees:seat', { ...target, filedOn: v.filedOn });
    case 'record-correction':
      return call('committees:record-correction', { ...target, decision: v.decision, decidedOn: v.decidedOn, correction: v.correction, correctedOn: v.correctedOn });
    case 'order-re-election':
      return call('committees:order-re-election', { ...target, orderedOn: v.orderedOn, reason: v.reason });
    case 'dissolve':
      return call('committees:dissolve', { ...target, endedOn: v.endedOn, reason: v.reason });
  }
}

const TITLES: Record<DialogAction, string> = { seat: a.seatTitle, 'record-correction': a.correctionTitle, 'order-re-election': a.reElectionTitle, dissolve: a.dissolveTitle };

/** The street's steps on a committee: 确认就任 (filing), 纠错, 责令改选, 解散; each saves over the version on screen. */
export function CommitteeActionDialog({ committee, action, onClose }: Props) {
  const form = useForm<V, CommitteeDetail>({
    initial: EMPTY,
    draftKey: `committee:${committee.id}:${action}`,
    submit: (v) => submit(committee, action, v),
    onSaved: onClose,
  });
  return (
    <FormDialog title={TITLES[action]} form={form} onCancel={onClose} intro={action === 'dissolve' ? a.dissolveNote : undefined}>
      {action === 'seat' ? <TextField {...form.field('filedOn')} label={t.committees.committee.filedOn} type="date" required autoFocus /> : null}
      {action === 'record-correction' ? (
        <>
          <TextAreaField {...form.field('decision')} label={a.decision} required max={1000} autoFocus />
          <TextField {...form.field('decidedOn')} label={a.decidedOn} type="date" required />
          <TextAreaField {...form.field('correction')} label={a.correctionText} required max={1000} />
          <TextField {...form.field('correctedOn')} label={a.correctedOn} type="date" required />
        </>
      ) : null}
      {action === 'order-re-election' ? (
        <>
          <TextField {...form.field('orderedOn')} label={a.orderedOn} type="date" required autoFocus />
          <TextAreaField {...form.field('reason')} label={a.reason} required max={1000} />
        </>
      ) : null}
      {action === 'dissolve' ? (
        <>
          <TextField {...form.field('endedOn')} label={a.endedOn} type="date" required autoFocus />
          <TextAreaField {...form.field('reason')} label={a.reason} required max={500} />
        </>
      ) : null}
    </FormDialog>
  );
}
