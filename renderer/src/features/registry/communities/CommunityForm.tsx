import type { CommunityView } from '#shared/domain/registry/registry.schema';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { TextField } from '../../../ui/TextField';
import { communityValues, latestCommunity } from './useCommunities';

type Props = { community: CommunityView | null; onClose: () => void };

/** 新增社区 / 修改社区. */
export function CommunityForm({ community, onClose }: Props) {
  const form = useForm({
    initial: communityValues(community),
    version: community?.version ?? null,
    draftKey: `community:${community?.id ?? 'new'}`,
    submit: (v, version) =>
      community && version !== null
        ? call('registry:update-community', { id: community.id, version, name: v.name })
        : call('registry:create-community', { name: v.name }),
    onSaved: onClose,
    loadLatest: community ? () => latestCommunity(community.id) : undefined,
  });
  return (
    <FormDialog title={community ? t.registry.community.editTitle : t.registry.community.addTitle} form={form} onCancel={onClose}>
      <TextField {...form.field('name')} label={t.registry.community.name} hint={t.registry.community.nameHint} required autoFocus maxLength={60} />
    </FormDialog>
  );
}
