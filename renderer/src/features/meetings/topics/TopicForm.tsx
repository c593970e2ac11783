import { MATTER_KINDS, MATTER_KIND_LABELS, TOPIC_SOURCES, TOPIC_SOURCE_LABELS, type MatterKind, type TopicSource } from '#shared/domain/meetings/meetings.schema';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { blankFields } from '../blank-fields';
import { useEstateOptions } from '../useMeetings';

const s = t.meetings.topics;

/** Now on the Beijing wall clock, as a datetime-local value: a topic is mostly logged as it comes in. */
const beijingNow = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 16);
type V = { topicTitle: string; topicDetail: string; source: string; caseId: string; matterKind: string; receivedAt: string; requester: string; estateId: string };

/** 征集议题: what, from whom and where; a dispute's topic names its case. */
export function TopicForm({ onClose }: { onClose: () => void }) {
  const estates = useEstateOptions();
  const form = useForm<V, unknown>({
    initial: { topicTitle: '', topicDetail: '', source: 'resident-request', caseId: '', matterKind: 'other', receivedAt: beijingNow(), requester: '', estateId: '' },
    draftKey: 'meetings:create-topic',
    submit: (v) =>
      Promise.resolve(blankFields([['receivedAt', v.receivedAt, s.receivedAt]])).then((blank) => blank ?? call('meetings:create-topic', {
        topicTitle: v.topicTitle, topicDetail: v.topicDetail || null, source: v.source as TopicSource, caseId: v.caseId || null, matterKind: v.matterKind as MatterKind,
        receivedAt: `${v.receivedAt}:00+08:00`, requester: v.requester || null, estateId: v.estateId || null, communityId: null,
      })),
    onSaved: onClose,
  });
  return (
    <FormDialog title={s.add} form={form} onCancel={onClose} wide>
      <TextField {...form.field('topicTitle')} label={s.topicTitle} required maxLength={100} autoFocus />
      <div className="form__row">
        <SelectField {...form.field('source')} label={s.source} options={TOPIC_SOURCES.map((v) => ({ value: v, label: TOPIC_SOURCE_LABELS[v] }))} required />
        <SelectField {...form.field('matterKind')} label={s.matter} options={MATTER_KINDS.map((v) => ({ value: v, label: MATTER_KIND_LABELS[v] }))} required />
      </div>
      <div className="form__row">
        <TextField {...form.field('receivedAt')} label={s.receivedAt} type="datetime-local" required />
        <TextField {...form.field('requester')} label={s.requester} maxLength={30} />
        <SelectField {...form.field('estateId')} label={s.estate} options={(estates.data ?? []).map((e) => ({ value: e.id, label: e.name }))} placeholder="—" />
      </div>
      {form.values.source === 'dispute' ? <TextField {...form.field('caseId')} label={s.caseId} /> : null}
      <TextAreaField {...form.field('topicDetail')} label={s.detail} rows={3} />
    </FormDialog>
  );
}
