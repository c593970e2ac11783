import type { CandidateView, ElectionDetail } from '#shared/domain/committees/committee-views';
import type { Nomination } from '#shared/domain/committees/election-actions';
import type { CheckResult, Opinion, VettingDecision } from '#shared/domain/committees/vetting';
import { DECISION_LABELS } from '#shared/domain/committees/vetting';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { FINDING_OPTIONS, NOMINATION_OPTIONS, OPINION_OPTIONS, orNull, YES_NO } from '../committee-labels';

const s = t.committees.election;
type Base = { election: ElectionDetail; onClose: () => void };

/** 登记候选人: name, nomination, party membership, phone and the full ID number (one nomination per person). */
export function AddCandidateDialog({ election, onClose }: Base) {
  const form = useForm<{ name: string; nomination: string; partyMember: string; phone: string; idNumber: string }, ElectionDetail>({
    initial: { name: '', nomination: '', partyMember: '', phone: '', idNumber: '' },
    secret: ['phone', 'idNumber'],
    draftKey: `candidate:new:${election.id}`,
    submit: (v) =>
      call('committees:add-candidate', {
        electionId: election.id, name: v.name, nomination: v.nomination as Nomination,
        partyMember: (v.partyMember === 'yes' ? true : v.partyMember === 'no' ? false : v.partyMember) as boolean,
        phone: orNull(v.phone), idNumber: v.idNumber,
      }),
    onSaved: onClose,
  });
  return (
    <FormDialog title={s.addCandidateTitle} form={form} onCancel={onClose}>
      <div className="form__row">
        <TextField {...form.field('name')} label={s.name} required autoFocus maxLength={30} />
        <SelectField {...form.field('nomination')} label={s.nomination} options={NOMINATION_OPTIONS} placeholder={t.committees.member.choose} required />
      </div>
      <div className="form__row">
        <SelectField {...form.field('partyMember')} label={s.partyMember} options={YES_NO} placeholder={t.committees.member.choose} required />
        <TextField {...form.field('phone')} label={s.phone} inputMode="tel" maxLength={20} />
      </div>
      <TextField {...form.field('idNumber')} label={s.idNumber} required maxLength={18} hint={t.committees.member.idNumberHint} />
    </FormDialog>
  );
}

/** One checklist item of one candidate: 符合 / 不符合 / 待核查, the date and the evidence. */
export function CheckDialog({ election, candidate, itemKey, onClose }: Base & { candidate: CandidateView; itemKey: string }) {
  const item = election.checklist.find((i) => i.key === itemKey);
  const current = candidate.checks.find((k) => k.itemKey === itemKey);
  const form = useForm<{ finding: string; checkedOn: string; evidence: string }, ElectionDetail>({
    initial: { finding: current?.result ?? 'met', checkedOn: current?.checkedOn ?? '', evidence: current?.evidence ?? '' },
    submit: (v) => call('committees:record-check', { electionId: election.id, candidateId: candidate.id, itemKey, finding: v.finding as CheckResult, checkedOn: v.checkedOn, evidence: orNull(v.evidence) }),
    onSaved: onClose,
  });
  return (
    <FormDialog title={s.checkTitle(candidate.name, item?.label ?? itemKey)} form={form} onCancel={onClose}>
      <div className="form__row">
        <SelectField {...form.field('finding')} label={s.finding} options={FINDING_OPTIONS} required autoFocus />
        <TextField {...form.field('checkedOn')} label={s.checkedOn} type="date" required />
      </div>
      <TextField {...form.field('evidence')} label={s.evidence} maxLength={200} />
    </FormDialog>
  );
}

/** One department's opinions on every undecided candidate, as the department sends them back. */
export function OpinionsDialog({ election, department, onClose }: Base & { department: string }) {
  const open = election.candidates.filter((c) => c.decision === null);
  const initial: Record<string, string> = { givenOn: '' };
  for (const c of open) {
    const o = c.opinions.find((x) => x.department === department);
    initial[`op:${c.id}`] = o?.opinion ?? 'no-objection';
    initial[`note:${c.id}`] = o?.note ?? '';
  }
  const form = useForm<Record<string, string>, ElectionDetail>({
    initial,
    submit: (v) =>
      call('committees:record-opinions', {
        electionId: election.id, department, givenOn: v.givenOn ?? '',
        opinions: open.map((c) => ({ candidateId: c.id, opinion: (v[`op:${c.id}`] ?? 'no-objection') as Opinion, note: orNull(v[`note:${c.id}`] ?? '') })),
      }),
    onSaved: onClose,
  });
  return (
    <FormDialog title={s.opinionsTitle(department)} form={form} onCancel={onClose} wide>
      <TextField {...form.field('givenOn')} label={s.givenOn} type="date" required autoFocus />
      {open.map((c) => (
        <div className="form__row" key={c.id}>
          <SelectField {...form.field(`op:${c.id}`)} label={`${c.name}：意见`} options={OPINION_OPTIONS} required />
          <TextField {...form.field(`note:${c.id}`)} label={`${c.name}：${s.opinionNote}`} maxLength={300} />
        </div>
      ))}
    </FormDialog>
  );
}

/** 通过 / 不通过 for one candidate; the director's written override is asked for where a department objected. */
export function DecisionDialog({ election, candidate, onClose }: Base & { candidate: CandidateView }) {
  const objected = candidate.opinions.some((o) => o.opinion === 'objection');
  const form = useForm<{ decision: string; reason: string; override: string }, ElectionDetail>({
    initial: { decision: candidate.passBlockedBy && !objected ? 'failed' : 'passed', reason: '', override: '' },
    draftKey: `candidate:${candidate.id}:decide`,
    submit: (v) =>
      call('committees:decide-candidate', {
        electionId: election.id, candidateId: candidate.id, version: candidate.version, decision: v.decision as VettingDecision,
        reason: orNull(v.reason), override: orNull(v.override),
      }),
    onSaved: onClose,
  });
  const options = (['passed', 'failed'] as const).map((d) => ({ value: d, label: DECISION_LABELS[d] }));
  return (
    <FormDialog title={s.decideTitle(candidate.name)} form={form} onCancel={onClose} intro={candidate.passBlockedBy ? s.blocked + candidate.passBlockedBy : undefined}>
      <SelectField {...form.field('decision')} label={s.decision} options={options} required autoFocus />
      <TextAreaField {...form.field('reason')} label={s.reason} max={500} />
      {objected ? <TextAreaField {...form.field('override')} label={s.override} max={500} /> : null}
    </FormDialog>
  );
}
