import type { CommitteeDetail } from '#shared/domain/committees/committee-views';
import { DEFAULT_SCORING_SHEET, halfOf } from '#shared/domain/committees/evaluation-rules';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useCommitteeRules } from '../useCommitteeRules';

type Props = { committee: CommitteeDetail; onClose: () => void };
const s = t.committees.evaluation;

/** 录入履职评议: the half year, the date, the evaluation group (one name a line) and a score per item of the sheet in force. */
export function EvaluationForm({ committee, onClose }: Props) {
  const sheet = useCommitteeRules().data?.scoringSheet ?? DEFAULT_SCORING_SHEET;
  const initial: Record<string, string> = { half: '', evaluatedOn: '', evaluators: '' };
  for (const item of DEFAULT_SCORING_SHEET) initial[`score:${item.key}`] = '';
  const form = useForm<Record<string, string>, CommitteeDetail>({
    initial,
    draftKey: `committee:${committee.id}:evaluation`,
    submit: (v) =>
      call('committees:record-evaluation', {
        committeeId: committee.id,
        // The half year defaults to the evaluation date's.
        half: v.half?.trim() || (v.evaluatedOn ? halfOf(v.evaluatedOn) : ''),
        evaluatedOn: v.evaluatedOn ?? '',
        evaluators: (v.evaluators ?? '').split(/[\n、,，]/).map((n) => n.trim()).filter((n) => n !== ''),
        scores: sheet.map((item) => ({ itemKey: item.key, points: Number(v[`score:${item.key}`] ?? '') })),
      }),
    onSaved: onClose,
  });
  const total = sheet.reduce((sum, item) => sum + (Number(form.values[`score:${item.key}`]) || 0), 0);
  return (
    <FormDialog title={s.formTitle} form={form} onCancel={onClose} wide intro={s.totalSoFar(total, sheet.reduce((m, i) => m + i.max, 0))}>
      <div className="form__row">
        <TextField {...form.field('evaluatedOn')} label={s.evaluatedOn} type="date" required autoFocus />
        <TextField {...form.field('half')} label={s.half} hint={s.halfHint} maxLength={7} />
      </div>
      <TextAreaField {...form.field('evaluators')} label={s.evaluators} hint={s.evaluatorsHint} required max={600} />
      <div className="form__row form__row--scores">
        {sheet.map((item) => (
          <TextField key={item.key} {...form.field(`score:${item.key}`)} label={`${item.label}（${item.max} 分）`} inputMode="numeric" required maxLength={3} />
        ))}
      </div>
    </FormDialog>
  );
}
