import { t } from '../../../i18n';
import { RegistryListPage } from '../RegistryListPage';
import { CompaniesGrid } from './CompaniesGrid';
import { CompanyForm } from './CompanyForm';
import { useCompanies } from './useCompanies';

/** 物业服务企业: the property companies serving the street's estates. */
export function CompaniesPage() {
  return (
    <RegistryListPage
      strings={t.registry.company}
      list={useCompanies()}
      grid={(slot) => <CompaniesGrid {...slot} />}
      form={(company, onClose) => <CompanyForm company={company} onClose={onClose} />}
      deleteChannel="registry:delete-company"
    />
  );
}
