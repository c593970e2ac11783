import { t } from '../i18n';
import { hrefOf, type Route } from './routes';

type Item = { route: Route; label: string; matches: Route['name'][] };

const ITEMS: Item[] = [
  { route: { name: 'office' }, label: t.nav.office, matches: ['office'] },
  { route: { name: 'communities' }, label: t.nav.communities, matches: ['communities'] },
  { route: { name: 'estates' }, label: t.nav.estates, matches: ['estates', 'estate'] },
  { route: { name: 'companies' }, label: t.nav.companies, matches: ['companies', 'company'] },
  { route: { name: 'staff' }, label: t.nav.staff, matches: ['staff'] },
];
const OPERATORS: Item = { route: { name: 'operators' }, label: t.nav.operators, matches: ['operators'] };

/** The left-hand navigation; 操作员 only for the administrator. */
export function NavBar({ route, isAdministrator }: { route: Route; isAdministrator: boolean }) {
  const items = isAdministrator ? [...ITEMS, OPERATORS] : ITEMS;
  return (
    <nav className="nav" aria-label={t.nav.label}>
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
    </nav>
  );
}
