import { z } from 'zod';

/** An election (首次选举, 换届选举, 补选) and its candidates' nominations. */
export const ELECTION_KINDS = ['first-election', 're-election', 'by-election'] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];
export const ELECTION_KIND_LABELS: Record<ElectionKind, string> = { 'first-election': '首次选举', 're-election': '换届选举', 'by-election': '补选' };

export const NOMINATIONS = ['owners', 'self', 'party-organisation'] as const;
export type Nomination = (typeof NOMINATIONS)[number];
export const NOMINATION_LABELS: Record<Nomination, string> = { owners: '业主推荐', self: '自荐', 'party-organisation': '社区党组织推荐' };

/** vetting 资格审查中 → publishing 公示中 → result-entered 已选举. */
export const ELECTION_STATUSES = ['vetting', 'publishing', 'result-entered'] as const;
export type ElectionStatus = (typeof ELECTION_STATUSES)[number];
export const ELECTION_STATUS_LABELS: Record<ElectionStatus, string> = { vetting: '资格审查中', publishing: '公示中', 'result-entered': '已选举' };

export const electionKind = z.enum(ELECTION_KINDS, '只能是首次选举、换届选举或补选');
export const nomination = z.enum(NOMINATIONS, '只能是业主推荐、自荐或社区党组织推荐');

export const ELECTION_ACTIONS = ['add-candidate', 'vet', 'publish', 'record-objection', 'enter-result'] as const;
export type ElectionAction = (typeof ELECTION_ACTIONS)[number];

export type ElectionState = {
  status: ElectionStatus;
  /** Candidates without a decision yet, and candidates passed. */
  undecided: number;
  passed: number;
  /** Publication's last day (YYYY-MM-DD), once published. */
  publishedUntil: string | null;
  openObjections: number;
};

export type Check = { ok: true } | { ok: false; message: string };
const refuse = (message: string): Check => ({ ok: false, message });
const OK: Check = { ok: true };

/**
 * What each election step needs (the service's guard and the page's offer).
 * `today` is the date in China.
 */
export function checkElectionAction(action: ElectionAction, s: ElectionState, today: string): Check {
  if (s.status === 'result-entered') return refuse('选举结果已录入，本次选举只能查看');
  switch (action) {
    case 'add-candidate':
    case 'vet':
      return s.status === 'vetting' ? OK : refuse('名单已公示，不能再修改候选人或审查结果');
    case 'publish':
      if (s.status !== 'vetting') return refuse('名单已经公示');
      if (s.undecided > 0) return refuse(`还有 ${s.undecided} 名候选人未作出审查结论，不能公示`);
      return s.passed > 0 ? OK : refuse('没有通过资格审查的候选人，不能公示');
    case 'record-objection':
      return s.status === 'publishing' ? OK : refuse('名单尚未公示');
    case 'enter-result':
      if (s.status !== 'publishing') return refuse('名单公示后才能录入选举结果');
      if (s.publishedUntil !== null && today <= s.publishedUntil) return refuse(`公示期至 ${s.publishedUntil} 结束，期满后才能录入选举结果`);
      return s.openObjections > 0 ? refuse(`公示期间收到的 ${s.openObjections} 条异议尚未处理，处理后才能录入选举结果`) : OK;
  }
}

export function availableElectionActions(s: ElectionState, today: string): ElectionAction[] {
  return ELECTION_ACTIONS.filter((a) => checkElectionAction(a, s, today).ok);
}

/** Days left in the publication (0 on its last day), or null when not published. */
export function publicationDaysLeft(publishedUntil: string | null, today: string): number | null {
  if (publishedUntil === null) return null;
  const ms = Date.parse(`${publishedUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`);
  return Math.max(-1, Math.round(ms / 86_400_000));
}
