import { COMMITTEE_FLAG_LABELS, type CommitteeFlag } from '#shared/domain/committees/committee-views';
import { CEASE_REASON_LABELS, CEASE_REASONS, COMMITTEE_KIND_LABELS, COMMITTEE_KINDS, MEMBER_POSITIONS, POSITION_LABELS } from '#shared/domain/committees/committees.schema';
import { CHECK_RESULT_LABELS, CHECK_RESULTS, OPINION_LABELS, OPINIONS } from '#shared/domain/committees/vetting';
import { ELECTION_KIND_LABELS, ELECTION_KINDS, NOMINATION_LABELS, NOMINATIONS } from '#shared/domain/committees/election-actions';
import type { Tone } from '../../ui/Badge';
import { t } from '../../i18n';

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((value) => ({ value, label: labels[value] }));

export const KIND_OPTIONS = options(COMMITTEE_KINDS, COMMITTEE_KIND_LABELS);
export const POSITION_OPTIONS = options(MEMBER_POSITIONS, POSITION_LABELS);
export const CEASE_OPTIONS = options(CEASE_REASONS, CEASE_REASON_LABELS);
export const ELECTION_KIND_OPTIONS = options(ELECTION_KINDS, ELECTION_KIND_LABELS);
export const NOMINATION_OPTIONS = options(NOMINATIONS, NOMINATION_LABELS);
export const FINDING_OPTIONS = options(CHECK_RESULTS, CHECK_RESULT_LABELS);
export const OPINION_OPTIONS = options(OPINIONS, OPINION_LABELS);
/** Yes/no as a native select: keyboard-friendly, and the server names the field if it is left unchosen. */
export const YES_NO = [
  { value: 'yes', label: t.committees.committee.yes },
  { value: 'no', label: t.committees.committee.no },
];
export const yesNo = (v: boolean) => (v ? 'yes' : 'no');

export const FLAG_TONES: Record<CommitteeFlag, Tone> = { 'party-short': 'danger', interim: 'warning', 'term-expired': 'danger', 're-electing': 'info' };
export const flagLabel = (f: CommitteeFlag) => COMMITTEE_FLAG_LABELS[f];

/** "60%", or — when nobody is counted. */
export const percentText = (pct: number | null) => (pct === null ? t.common.none : `${pct}%`);

/** Empty text → null for optional fields. */
export const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
