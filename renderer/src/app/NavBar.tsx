import { t } from '../i18n';
import { hrefOf, type Route } from './routes';

type Item = { route: Route; label: string; matches: Route['name'][] };

const HOME: Item[] = [{ route: { name: 'dashboard' }, label: t.nav.dashboard, matches: ['dashboard'] }];
// The office's three daily jobs, each under its own heading: mediation, committees, meetings.
const DISPUTES: Item[] = [
  { route: { name: 'disputes', filter: {} }, label: t.nav.disputes, matches: ['disputes', 'dispute'] },
  { route: { name: 'analysis' }, label: t.nav.analysis, matches: ['analysis'] },
  { route: { name: 'rules' }, label: t.nav.rules, matches: ['rules'] },
];
const COMMITTEES: Item[] = [
  { route: { name: 'committees' }, label: t.nav.committees, matches: ['committees', 'committee'] },
  { route: { name: 'elections' }, label: t.nav.elections, matches: ['elections', 'election'] },
  { route: { name: 'training' }, label: t.nav.training, matches: ['training'] },
  { route: { name: 'committee-rules' }, label: t.nav.committeeRules, matches: ['committee-rules'] },
];
const MEETINGS: Item[] = [
  { route: { name: 'meetings' }, label: t.nav.meetings, matches: ['meetings', 'meeting'] },
  { route: { name: 'meeting-periods' }, label: t.nav.meetingPeriods, matches: ['meeting-periods'] },
  { route: { name: 'topics' }, label: t.nav.topics, matches: ['topics'] },
  { route: { name: 'actions', filter: {} }, label: t.nav.actions, matches: ['actions', 'action'] },
  { route: { name: 'requests' }, label: t.nav.requests, matches: ['requests'] },
  { route: { name: 'meeting-kinds' }, label: t.nav.meetingKinds, matches: ['meeting-kinds'] },
];
const REGISTRY: Item[] = [
  { route: { name: 'office' }, label: t.nav.office, matches: ['office'] },
  { route: { name: 'communities' }, label: t.nav.communities, matches: ['communities', 'community'] },
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

/** A heading over a group of links (read by sighted users; the links carry their own names). */
function Group({ title }: { title: string }) {
  return (
    <p className="nav__group" aria-hidden="true">
      {title}
    </p>
  );
}

/** The left-hand navigation: 工作台, the three daily jobs, then the registry (操作员 only for the administrator), 市级上报 and 数据安全. */
export function NavBar({ route, isAdministrator, showDocuments = false }: { route: Route; isAdministrator: boolean; showDocuments?: boolean }) {
  return (
    <nav className="nav" aria-label={t.nav.label}>
      <Links items={HOME} route={route} />
      <Group title={t.nav.disputesGroup} />
      <Links items={DISPUTES} route={route} />
      <Group title={t.nav.committeesGroup} />
      <Links items={COMMITTEES} route={route} />
      <Group title={t.nav.meetingsGroup} />
      <Links items={MEETINGS} route={route} />
      <Group title={t.nav.registryGroup} />
      <Links items={isAdministrator ? [...REGISTRY, OPERATORS] : REGISTRY} route={route} />
      <Group title={t.nav.cityGroup} />
      <Links items={showDocuments ? [...CITY, DOCUMENTS] : CITY} route={route} />
      <Group title={t.backup.page.navGroup} />
      <Links items={SAFETY} route={route} />
    </nav>
  );
}
