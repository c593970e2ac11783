import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { useForm } from '../../lib/useForm';
import { FormDialog } from '../../ui/FormDialog';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

const s = t.consult.publish;
type V = { place: string; publishedFrom: string; publishedUntil: string; notice: string };

/** 结果公示 of a resolved topic: where, from and until (seven days when left empty), and the text. */
export function PublishDialog({ topicId, today, onClose }: { topicId: string; today: string; onClose: () => void }) {
  const form = useForm<V, unknown>({
    initial: { place: '', publishedFrom: today, publishedUntil: '', notice: '' },
    draftKey: `publish:${topicId}`,
    submit: (v) =>
      call('consult:publish', { topicId, place: v.place, publishedFrom: v.publishedFrom, publishedUntil: v.publishedUntil || null, notice: v.notice.trim() === '' ? null : v.notice }),
    onSaved: onClose,
  });
  return (
    <FormDialog title={s.title} form={form} onCancel={onClose}>
      <TextField {...form.field('place')} label={s.place} required maxLength={100} autoFocus />
      <div className="form__row">
        <TextField {...form.field('publishedFrom')} label={s.from} type="date" required />
        <TextField {...form.field('publishedUntil')} label={s.until} type="date" hint={s.untilHint} />
      </div>
      <TextAreaField {...form.field('notice')} label={s.notice} hint={s.noticeHint} max={4000} />
    </FormDialog>
  );
}
