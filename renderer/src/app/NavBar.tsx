import { t } from '../i18n';
import { hrefOf, type Route } from './routes';

type Item = { route: Route; label: string; matches: Route['name'][] };

const WORK: Item[] = [
  { route: { name: 'dashboard' }, label: t.nav.dashboard, matches: ['dashboard'] },
  { route: { name: 'disputes', filter: {} }, label: t.nav.disputes, matches: ['disputes', 'dispute'] },
  { route: { name: 'analysis' }, label: t.nav.analysis, matches: ['analysis'] },
  { route: { name: 'rules' }, label: t.nav.rules, matches: ['rules'] },
  { route: { name: 'committees' }, label: t.nav.committees, matches: ['committees', 'committee'] },
  { route: { name: 'elections' }, label: t.nav.elections, matches: ['elections', 'election'] },
  { route: { name: 'training' }, label: t.nav.training, matches: ['training'] },
  { route: { name: 'committee-rules' }, label: t.nav.committeeRules, matches: ['committee-rules'] },
  // actions (整改清单)
  { route: { name: 'actions', filter: {} }, label: t.nav.actions, matches: ['actions', 'action'] },
  // consult (诉求响应台账)
  { route: { name: 'requests' }, label: t.nav.requests, matches: ['requests'] },
  // meetings (issue 11)
  { route: { name: 'meetings' }, label: t.nav.meetings, matches: ['meetings', 'meeting'] },
  { route: { name: 'meeting-periods' }, label: t.nav.meetingPeriods, matches: ['meeting-periods'] },
  { route: { name: 'topics' }, label: t.nav.topics, matches: ['topics'] },
  { route: { name: 'meeting-kinds' }, label: t.nav.meetingKinds, matches: ['meeting-kinds'] },
];
const REGISTRY: Item[] = [
  { route: { name: 'office' }, label: t.nav.office, matches: ['office'] },
  { route: { name: 'communities' }, label: t.nav.communities, matches: ['communities'] },
  { route: { name: 'estates' }, label: t.nav.estates, matches: ['estates', 'estate'] },
  { route: { name: 'companies' }, label: t.nav.companies, matches: ['companies', 'company'] },
  { route: { name: 'staff' }, label: t.nav.staff, matches: ['staff'] },
];
const CITY: Item[] = [
  { route: { name: 'sync' }, label: t.nav.sync, matches: ['sync'] },
  // --- policy (政策包) ---
  { route: { name: 'policy' }, label: t.nav.policy, matches: ['policy'] },
];
// backup (issue 12)
const SAFETY: Item[] = [{ route: { name: 'backup' }, label: t.backup.page.title, matches: ['backup'] }];
// documents — begin
const DOCUMENTS: Item = { route: { name: 'documents' }, label: t.nav.documents, matches: ['documents'] };
// documents — end
const OPERATORS: Item = { route: { name: 'operators' }, label: t.nav.operators, matches: ['operators'] };

function Links({ items, route }: { items: Item[]; route: Route }) {
  return (
    <ul>
      {items.map((item) => {
        const current = item.matches.includes(route.name);
        return (
          <li key={item.label}>
            <a href={hrefOf(item.route)} className={current ? 'nav__link nav__link--current' : 'nav__link'} aria-current={current ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** The left-hand navigation: the case work first, then the registry (操作员 only for the administrator), then 同步. */
export function NavBar({ route, isAdministrator, showDocuments = false }: { route: Route; isAdministrator: boolean; showDocuments?: boolean }) {
  return (
    <nav className="nav" aria-label={t.nav.label}>
      <Links items={WORK} route={route} />
      <p className="nav__group" aria-hidden="true">
        {t.nav.registryGroup}
      </p>
      <Links items={isAdministrator ? [...REGISTRY, OPERATORS] : REGISTRY} route={route} />
      <p className="nav__group" aria-hidden="true">
        {t.nav.cityGroup}
      </p>
      <Links items={showDocuments ? [...CITY, DOCUMENTS] : CITY} route={route} />
      {/* backup (issue 12) */}
      <p className="nav__group" aria-hidden="true">
        {t.backup.page.navGroup}
      </p>
      <Links items={SAFETY} route={route} />
    </nav>
  );
}
