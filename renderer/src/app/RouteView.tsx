import { OperatorsPage } from '../features/operators/OperatorsPage';
import { CommunitiesPage } from '../features/registry/communities/CommunitiesPage';
import { CompaniesPage } from '../features/registry/companies/CompaniesPage';
import { CompanyDetailPage } from '../features/registry/companies/CompanyDetailPage';
import { EstateDetailPage } from '../features/registry/estates/EstateDetailPage';
import { EstatesPage } from '../features/registry/estates/EstatesPage';
import { OfficePage } from '../features/registry/office/OfficePage';
import { StaffPage } from '../features/registry/staff/StaffPage';
import { t } from '../i18n';
import { ErrorBanner } from '../ui/ErrorBanner';
import type { Route } from './routes';
import { usePermissions } from './SessionContext';

/** The screen for the current route; a record page is keyed by id so its state resets between records. */
export function RouteView({ route }: { route: Route }) {
  const { isAdministrator } = usePermissions();
  switch (route.name) {
    case 'office':
      return <OfficePage />;
    case 'communities':
      return <CommunitiesPage />;
    case 'estates':
      return <EstatesPage />;
    case 'estate':
      return <EstateDetailPage key={route.id} id={route.id} />;
    case 'companies':
      return <CompaniesPage />;
    case 'company':
      return <CompanyDetailPage key={route.id} id={route.id} />;
    case 'staff':
      return <StaffPage />;
    case 'operators':
      return isAdministrator ? <OperatorsPage /> : <ErrorBanner message={t.operators.adminOnly} />;
  }
}
