import { CommitteePage } from '../features/committees/committee/CommitteePage';
import { ElectionPage } from '../features/committees/election/ElectionPage';
import { ElectionsPage } from '../features/committees/elections/ElectionsPage';
import { CommitteesPage } from '../features/committees/list/CommitteesPage';
import { TrainingPage } from '../features/committees/training/TrainingPage';
import { CommitteeRulesPage } from '../features/committees/rules/CommitteeRulesPage';
import { AnalysisPage } from '../features/disputes/analysis/AnalysisPage';
import { KindsPage } from '../features/meetings/kinds/KindsPage';
import { MeetingsPage } from '../features/meetings/list/MeetingsPage';
import { MeetingPage } from '../features/meetings/meeting/MeetingPage';
import { PeriodsPage } from '../features/meetings/periods/PeriodsPage';
import { TopicsPage } from '../features/meetings/topics/TopicsPage';
import { DisputePage } from '../features/disputes/case/DisputePage';
import { DashboardPage } from '../features/disputes/dashboard/DashboardPage';
import { DisputesPage } from '../features/disputes/list/DisputesPage';
import { RulesPage } from '../features/disputes/rules/RulesPage';
import { OperatorsPage } from '../features/operators/OperatorsPage';
import { CommunitiesPage } from '../features/registry/communities/CommunitiesPage';
import { CompaniesPage } from '../features/registry/companies/CompaniesPage';
import { CompanyDetailPage } from '../features/registry/companies/CompanyDetailPage';
import { EstateDetailPage } from '../features/registry/estates/EstateDetailPage';
import { EstatesPage } from '../features/registry/estates/EstatesPage';
import { OfficePage } from '../features/registry/office/OfficePage';
import { StaffPage } from '../features/registry/staff/StaffPage';
import { SyncPage } from '../features/sync/SyncPage';
// --- policy (政策包) ---
import { PolicyPage } from '../features/policy/PolicyPage';
// backup (issue 12)
import { BackupPage } from '../features/backup/BackupPage';
import { GeneratedDocumentsPage } from '../features/documents/GeneratedDocumentsPage';
// consult (诉求响应台账)
import { RequestsPage } from '../features/consult/RequestsPage';
import { t } from '../i18n';
// actions (整改清单)
import { ActionPage } from '../features/actions/item/ActionPage';
import { ActionsPage } from '../features/actions/list/ActionsPage';
// community page (社区详情页)
import { CommunityDetailPage } from '../features/registry/communities/CommunityDetailPage';
import { ErrorBanner } from '../ui/ErrorBanner';
import { hrefOf, type Route } from './routes';
import { usePermissions } from './SessionContext';

/** The screen for the current route; a record page is keyed by id so its state resets between records. */
export function RouteView({ route }: { route: Route }) {
  const { isAdministrator } = usePermissions();
  switch (route.name) {
    case 'dashboard':
      return <DashboardPage />;
    case 'disputes':
      // Keyed by the link: following another link (an estate's 查看全部) starts from its filters.
      return <DisputesPage key={hrefOf(route)} link={route.filter} />;
    case 'dispute':
      return <DisputePage key={route.id} id={route.id} />;
    case 'analysis':
      return <AnalysisPage />;
    case 'rules':
      return <RulesPage />;
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
    case 'sync':
      return <SyncPage />;
    case 'committees':
      return <CommitteesPage />;
    case 'committee':
      return <CommitteePage key={route.id} id={route.id} />;
    case 'elections':
      return <ElectionsPage />;
    case 'election':
      return <ElectionPage key={route.id} id={route.id} />;
    case 'training':
      return <TrainingPage />;
    case 'committee-rules':
      return <CommitteeRulesPage />;
    // actions (整改清单)
    case 'actions':
      return <ActionsPage key={hrefOf(route)} link={route.filter} />;
    case 'action':
      return <ActionPage key={route.id} id={route.id} />;
    // --- policy (政策包) ---
    case 'policy':
      return <PolicyPage />;
    // backup (issue 12)
    case 'backup':
      return <BackupPage />;
    // documents — begin
    case 'documents':
      return <GeneratedDocumentsPage />;
    // documents — end
    // consult (诉求响应台账)
    case 'requests':
      return <RequestsPage />;
    // meetings (issue 11)
    case 'meetings':
      return <MeetingsPage />;
    case 'meeting':
      return <MeetingPage key={route.id} id={route.id} />;
    case 'meeting-periods':
      return <PeriodsPage />;
    case 'topics':
      return <TopicsPage />;
    case 'meeting-kinds':
      return <KindsPage />;
    // community page (社区详情页)
    case 'community':
      return <CommunityDetailPage key={route.id} id={route.id} />;
  }
}
