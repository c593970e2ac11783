/** The screens reachable by URL fragment (hash routing), e.g. #/estates/<id>. */
export type Route =
  | { name: 'office' }
  | { name: 'communities' }
  | { name: 'estates' }
  | { name: 'estate'; id: string }
  | { name: 'companies' }
  | { name: 'company'; id: string }
  | { name: 'staff' }
  | { name: 'operators' };

export const HOME: Route = { name: 'estates' };

/** Reads a route from a hash such as "#/companies/0190…"; unknown hashes go home. */
export function parseRoute(hash: string): Route {
  const [section, id] = hash.replace(/^#\/?/, '').split('/').map((part) => decodeURIComponent(part));
  switch (section) {
    case 'office':
    case 'communities':
    case 'staff':
    case 'operators':
      return { name: section };
    case 'estates':
      return id ? { name: 'estate', id } : { name: 'estates' };
    case 'companies':
      return id ? { name: 'company', id } : { name: 'companies' };
    default:
      return HOME;
  }
}

/** The hash for a route, for links and navigation. */
export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'estate':
      return `#/estates/${encodeURIComponent(route.id)}`;
    case 'company':
      return `#/companies/${encodeURIComponent(route.id)}`;
    default:
      return `#/${route.name}`;
  }
}
