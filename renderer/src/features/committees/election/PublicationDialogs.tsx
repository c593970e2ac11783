import type { ElectionDetail } from '#shared/domain/committees/committee-views';
import type { MemberPosition } from '#shared/domain/committees/committees.schema';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { POSITION_OPTIONS, YES_NO } from '../committee-labels';

const s = t.committees.election;
type Base = { election: ElectionDetail; onClose: () => void };

/** 公示候选人名单: from a date at a place; the period's length is the rules' (default 7 days). */
export function PublishDialog({ election, onClose }: Base) {
  const form = useForm<{ publishedFrom: string; place: string }, ElectionDetail>({
    initial: { publishedFrom: '', place: '' },
    submit: (v) => call('committees:publish', { id: election.id, version: election.version, publishedFrom: v.publishedFrom, place: v.place }),
    onSaved: onClose,
  });
  return (
    <FormDialog title={s.publishTitle} form={form} onCancel={onClose}>
      <TextField {...form.field('publishedFrom')} label={s.publishedFrom} type="date" required autoFocus />
      <TextField {...form.field('place')} label={s.place} required maxLength={100} />
    </FormDialog>
  );
}

/** An objection received during publication, about a candidate or the list as a whole. */
export function ObjectionDialog({ election, onClose }: Base) {
  const form = useForm<{ candidateId: string; receivedOn: string; content: string }, ElectionDetail>({
    initial: { candidateId: '', receivedOn: '', content: '' },
    submit: (v) => call('committees:record-objection', { electionId: election.id, candidateId: v.candidateId || null, receivedOn: v.receivedOn, content: v.content }),
    onSaved: onClose,
  });
  const options = election.candidates.filter((c) => c.decision === 'passed').map((c) => ({ value: c.id, label: c.name }));
  return (
    <FormDialog title={s.objectionTitle} form={form} onCancel={onClose}>
      <SelectField {...form.field('candidateId')} label={s.aboutCandidate} options={options} placeholder={s.anyone} autoFocus />
      <TextField {...form.field('receivedOn')} label={s.receivedOn} type="date" required />
      <TextAreaField {...form.field('content')} label={s.content} required max={1000} />
    </FormDialog>
  );
}

export function ResolveDialog({ election, objectionId, onClose }: Base & { objectionId: string }) {
  const objection = election.objections.find((o) => o.id === objectionId);
  const form = useForm<{ resolution: string }, ElectionDetail>({
    initial: { resolution: '' },
    submit: (v) => call('committees:resolve-objection', { electionId: election.id, id: objectionId, version: objection?.version ?? 0, resolution: v.resolution }),
    onSaved: onClose,
  });
  return (
    <FormDialog title={s.resolveTitle} form={form} onCancel={onClose} intro={objection?.content}>
      <TextAreaField {...form.field('resolution')} label={s.resolution} required max={1000} autoFocus />
    </FormDialog>
  );
}

/** 录入选举结果: the assembly's date, the new term's start, and per passed candidate the votes, whether elected and the post. */
export function ResultDialog({ election, onClose }: Base) {
  const passed = election.candidates.filter((c) => c.decision === 'passed');
  const initial: Record<string, string> = { assemblyOn: '', termStart: '' };
  for (const c of passed) {
    initial[`votes:${c.id}`] = '';
    initial[`elected:${c.id}`] = 'yes';
    initial[`position:${c.id}`] = 'member';
  }
  const form = useForm<Record<string, string>, ElectionDetail>({
    initial,
    submit: (v) =>
      call('committees:enter-result', {
        id: election.id, version: election.version, assemblyOn: v.assemblyOn ?? '', termStart: v.termStart ?? '',
        votes: passed.map((c) => {
          const elected = v[`elected:${c.id}`] === 'yes';
          return { candidateId: c.id, votes: Number(v[`votes:${c.id}`] ?? ''), elected, position: elected ? ((v[`position:${c.id}`] ?? 'member') as MemberPosition) : null };
        }),
      }),
    onSaved: onClose,
  });
  return (
    <FormDialog title={s.resultTitle} form={form} onCancel={onClose} wide>
      <div className="form__row">
        <TextField {...form.field('assemblyOn')} label={s.assemblyOn} type="date" required autoFocus />
        <TextField {...form.field('termStart')} label={s.termStart} type="date" required />
      </div>
      {passed.map((c) => (
        <div className="form__row form__row--three" key={c.id}>
          <TextField {...form.field(`votes:${c.id}`)} label={s.votes(c.name)} inputMode="numeric" required maxLength={6} />
          <SelectField {...form.field(`elected:${c.id}`)} label={s.elected(c.name)} options={YES_NO} required />
          <SelectField {...form.field(`position:${c.id}`)} label={s.positionOf(c.name)} options={POSITION_OPTIONS} />
        </div>
      ))}
    </FormDialog>
  );
}
