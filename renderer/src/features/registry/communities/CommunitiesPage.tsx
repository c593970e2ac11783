import { t } from '../../../i18n';
import { RegistryListPage } from '../RegistryListPage';
import { CommunitiesGrid } from './CommunitiesGrid';
import { CommunityForm } from './CommunityForm';
import { useCommunities } from './useCommunities';

/** 社区: the neighbourhood committees of the street. */
export function CommunitiesPage() {
  return (
    <RegistryListPage
      strings={t.registry.community}
      list={useCommunities()}
      grid={(slot) => <CommunitiesGrid {...slot} />}
      form={(community, onClose) => <CommunityForm community={community} onClose={onClose} />}
      deleteChannel="registry:delete-community"
    />
  );
}
