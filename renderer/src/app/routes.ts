import { DEADLINE_MET_BY, DISPUTE_STATUSES, type DeadlineMetBy, type DisputeStatus } from '#shared/domain/disputes/disputes.schema';

/**
 * Which deadlines a link asks for: 今日到期, 已逾期, or late on one step (the dashboard's
 * breakdown: late, and that is the most pressing thing the case waits for).
 */
export type DueFilter = 'today' | 'overdue' | DeadlineMetBy;

/** 'open' is every case not yet ended (在办). */
export type StatusFilter = DisputeStatus | 'open';

/**
 * Filters a link may open the disputes list with, e.g. #/disputes?estate=<id>,
 * #/disputes?status=open&mediator=<staff id>&due=today (the dashboard's counts).
 */
export type DisputeListLink = { estateId?: string; companyId?: string; mediatorId?: string; status?: StatusFilter; due?: DueFilter };

const DUE_FILTERS: readonly string[] = ['today', 'overdue', ...DEADLINE_MET_BY];
const STATUS_FILTERS: readonly string[] = ['open', ...DISPUTE_STATUSES];

/** The screens reachable by URL fragment (hash routing), e.g. #/estates/<id>. */
export type Route =
  | { name: 'dashboard' }
  | { name: 'disputes'; filter: DisputeListLink }
  | { name: 'dispute'; id: string }
  | { name: 'analysis' }
  | { name: 'rules' }
  | { name: 'office' }
  | { name: 'communities' }
  | { name: 'estates' }
  | { name: 'estate'; id: string }
  | { name: 'companies' }
  | { name: 'company'; id: string }
  | { name: 'staff' }
  | { name: 'operators' }
  | { name: 'sync' }
  | { name: 'committees' }
  | { name: 'committee'; id: string }
  | { name: 'elections' }
  | { name: 'training' }
  | { name: 'committee-rules' }
  | { name: 'election'; id: string }
  // actions (整改清单)
  | { name: 'actions'; filter: ActionListLink }
  | { name: 'action'; id: string }
  // --- policy (政策包) ---
  | { name: 'policy' }
  // backup (issue 12)
  | { name: 'backup' }
  // documents (已生成文书)
  | { name: 'documents' }
  // meetings (issue 11)
  | { name: 'meetings' }
  | { name: 'meeting'; id: string }
  | { name: 'meeting-periods' }
  | { name: 'topics' }
  | { name: 'meeting-kinds' }
  // consult (诉求响应台账)
  | { name: 'requests' }
  // community page (社区详情页)
  | { name: 'community'; id: string };

/** Filters a link may open 整改清单 with, e.g. #/actions?estate=<id>&overdue=1 or #/actions?community=<id>. */
export type ActionListLink = { estateId?: string; disputeId?: string; overdueOnly?: boolean; communityId?: string };

/** Where everyone lands after signing in: what is due and what is late. */
export const HOME: Route = { name: 'dashboard' };

function listLink(query: string): DisputeListLink {
  const params = new URLSearchParams(query);
  const link: DisputeListLink = {};
  const estate = params.get('estate');
  const company = params.get('company');
  const mediator = params.get('mediator');
  const status = params.get('status');
  const due = params.get('due') ?? (params.get('overdue') === '1' ? 'overdue' : null); // overdue=1: links saved before due=
  if (estate) link.estateId = estate;
  if (company) link.companyId = company;
  if (mediator) link.mediatorId = mediator;
  // An unknown value (a hand-edited address) is dropped rather than sent to the server.
  if (status && STATUS_FILTERS.includes(status)) link.status = status as StatusFilter;
  if (due && DUE_FILTERS.includes(due)) link.due = due as DueFilter;
  return link;
}

/** Reads a route from a hash such as "#/companies/0190…"; unknown hashes go home. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [section, id] = path.split('/').map((part) => decodeURIComponent(part));
  switch (section) {
    case 'dashboard':
    case 'analysis':
    case 'rules':
    case 'office':
    case 'staff':
    case 'operators':
    case 'sync':
    case 'training':
    case 'committee-rules':
    case 'policy': // 政策包
    case 'backup': // backup (issue 12)
    case 'documents': // 已生成文书
    case 'requests': // 诉求响应台账
    case 'meeting-periods':
    case 'topics':
    case 'meeting-kinds':
      return { name: section };
    case 'disputes':
      return id ? { name: 'dispute', id } : { name: 'disputes', filter: listLink(query) };
    case 'estates':
      return id ? { name: 'estate', id } : { name: 'estates' };
    // community page (社区详情页)
    case 'communities':
      return id ? { name: 'community', id } : { name: 'communities' };
    case 'companies':
      return id ? { name: 'company', id } : { name: 'companies' };
    case 'committees':
      return id ? { name: 'committee', id } : { name: 'committees' };
    case 'elections':
      return id ? { name: 'election', id } : { name: 'elections' };
    // actions (整改清单)
    case 'actions': {
      if (id) return { name: 'action', id };
      const params = new URLSearchParams(query);
      const filter: ActionListLink = {};
      const estate = params.get('estate');
      const dispute = params.get('dispute');
      if (estate) filter.estateId = estate;
      if (dispute) filter.disputeId = dispute;
      if (params.get('overdue') === '1') filter.overdueOnly = true;
      const community = params.get('community');
      if (community) filter.communityId = community;
      return { name: 'actions', filter };
    }
    case 'meetings':
      return id ? { name: 'meeting', id } : { name: 'meetings' };
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
    case 'dispute':
      return `#/disputes/${encodeURIComponent(route.id)}`;
    case 'committee':
      return `#/committees/${encodeURIComponent(route.id)}`;
    case 'election':
      return `#/elections/${encodeURIComponent(route.id)}`;
    // actions (整改清单)
    case 'action':
      return `#/actions/${encodeURIComponent(route.id)}`;
    case 'actions': {
      const params = new URLSearchParams();
      if (route.filter.estateId) params.set('estate', route.filter.estateId);
      if (route.filter.disputeId) params.set('dispute', route.filter.disputeId);
      if (route.filter.overdueOnly) params.set('overdue', '1');
      if (route.filter.communityId) params.set('community', route.filter.communityId);
      const query = params.toString();
      return query ? `#/actions?${query}` : '#/actions';
    }
    case 'meeting':
      return `#/meetings/${encodeURIComponent(route.id)}`;
    // community page (社区详情页)
    case 'community':
      return `#/communities/${encodeURIComponent(route.id)}`;
    case 'disputes': {
      const params = new URLSearchParams();
      if (route.filter.estateId) params.set('estate', route.filter.estateId);
      if (route.filter.companyId) params.set('company', route.filter.companyId);
      if (route.filter.mediatorId) params.set('mediator', route.filter.mediatorId);
      if (route.filter.status) params.set('status', route.filter.status);
      if (route.filter.due) params.set('due', route.filter.due);
      const query = params.toString();
      return query ? `#/disputes?${query}` : '#/disputes';
    }
    default:
      return `#/${route.name}`;
  }
}

/** Opens a dispute's page. */
export function openDispute(id: string): void {
  window.location.hash = hrefOf({ name: 'dispute', id });
}
