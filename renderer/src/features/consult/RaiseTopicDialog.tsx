import type { MatterKind } from '#shared/domain/meetings/meetings.schema';
import { MATTER_KIND_LABELS } from '#shared/domain/meetings/meetings.schema';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { useForm } from '../../lib/useForm';
import { FormDialog } from '../../ui/FormDialog';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

const s = t.consult.topics;
const MATTER_OPTIONS = Object.entries(MATTER_KIND_LABELS).map(([value, label]) => ({ value, label }));
type V = { topicTitle: string; topicDetail: string; matterKind: string };
type Props = { d: { id: string; caseNo: string; estateId: string; description: string }; onClose: () => void };

/** 提交议题: a dispute goes onto the 议题征集 board as a topic of its estate, linked to the case. */
export function RaiseTopicDialog({ d, onClose }: Props) {
  const form = useForm<V, unknown>({
    initial: { topicTitle: '', topicDetail: d.description, matterKind: 'other' },
    draftKey: `raise-topic:${d.id}`,
    submit: (v) =>
      call('meetings:create-topic', {
        topicTitle: v.topicTitle, topicDetail: v.topicDetail.trim() === '' ? null : v.topicDetail, source: 'dispute', caseId: d.id, matterKind: v.matterKind as MatterKind,
        // Received now: the topic is collected today, whenever the case was.
        receivedAt: new Date().toISOString(), requester: null, estateId: d.estateId, communityId: null,
      }),
    onSaved: onClose,
  });
  return (
    <FormDialog title={s.raiseTitle} form={form} onCancel={onClose} intro={`纠纷案件 ${d.caseNo}`}>
      <TextField {...form.field('topicTitle')} label={s.topicTitle} required maxLength={100} autoFocus />
      <SelectField {...form.field('matterKind')} label={s.matterKind} options={MATTER_OPTIONS} required />
      <TextAreaField {...form.field('topicDetail')} label="议题说明" max={2000} />
    </FormDialog>
  );
}
