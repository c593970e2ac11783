import { t } from '../../../i18n';
import { RegistryListPage } from '../RegistryListPage';
import { StaffForm } from './StaffForm';
import { StaffGrid } from './StaffGrid';
import { useStaff } from './useStaff';

/** 工作人员: the office's directors, mediators, reviewers and secretaries. */
export function StaffPage() {
  return (
    <RegistryListPage
      strings={t.registry.staff}
      list={useStaff()}
      grid={(slot) => <StaffGrid {...slot} />}
      form={(staff, onClose) => <StaffForm staff={staff} onClose={onClose} />}
      deleteChannel="registry:delete-staff"
    />
  );
}
