import type { FieldIssue } from '#shared/ipc/envelope';
import type { InputOf } from '#shared/ipc/contract';
import type { DisputeCategory, DisputeSource, DisputeTier, PartyKind, PartyRole } from '#shared/domain/disputes/disputes.schema';
import { suggestTier, type TierRuleTable } from '#shared/domain/disputes/tier-rules';
import { chinaLocal, localToIso, optionalIso } from '../china-time';
import { EMPTY_DETAILS, detailsInput, type DetailValues } from '../party-detail-values';

export type PartyDraft = { key: string; role: PartyRole; kind: PartyKind; name: string; phone: string; idNumber: string; companyId: string } & DetailValues;
export type PartyField = Exclude<keyof PartyDraft, 'key'>;

/** The intake form as typed; the party rows travel as one JSON string so drafts keep them too. */
export type IntakeValues = {
  source: string;
  hotlineOrderNo: string;
  hotlineReceivedAt: string;
  receivedAt: string;
  estateId: string;
  category: string;
  tier: string;
  tierReason: string;
  description: string;
  parties: string;
  /** Asked for only when the server names another case with the same 12345 order number. */
  duplicateOrderReason?: string;
};

/** The fields of any form that picks a tier for a category (intake, and correcting the category later). */
export type TierValues = Pick<IntakeValues, 'category' | 'tier' | 'tierReason'>;

let counter = 0;
const newKey = () => `p${Date.now().toString(36)}${(counter++).toString(36)}`;

export const newParty = (role: PartyRole): PartyDraft => ({ key: newKey(), role, kind: 'person', name: '', phone: '', idNumber: '', companyId: '', ...EMPTY_DETAILS });

export const intakeInitial = (estateId = ''): IntakeValues => ({
  source: '',
  hotlineOrderNo: '',
  hotlineReceivedAt: '',
  receivedAt: chinaLocal(),
  estateId,
  category: '',
  tier: '',
  tierReason: '',
  description: '',
  parties: JSON.stringify([newParty('applicant')]),
});

export function readParties(json: string): PartyDraft[] {
  try {
    const parsed = JSON.parse(json) as unknown;
    // A draft saved before the details existed lacks them: they start empty.
    return Array.isArray(parsed) ? (parsed as PartyDraft[]).map((p) => ({ ...EMPTY_DETAILS, ...p })) : [];
  } catch {
    return [];
  }
}

export const isHotline = (v: IntakeValues) => v.source === 'hotline-12345';

/** The suggested tier for the chosen category, or null before one is chosen; `tiers`: the table in force (useCategories). */
export const suggestionOf = (category: string, tiers?: TierRuleTable): DisputeTier | null => (category ? suggestTier(category as DisputeCategory, tiers) : null);

/** True when the clerk chose a tier other than the rule's suggestion (a reason is then required). */
export const tierOverridden = (v: TierValues, tiers?: TierRuleTable) => v.tier !== '' && v.tier !== suggestionOf(v.category, tiers);

/** What `disputes:create` receives. Empty choices are sent as they are so the server names every missing field at once. */
export function intakeInput(v: IntakeValues, tiers?: TierRuleTable): InputOf<'disputes:create'> {
  const hotline = isHotline(v);
  return {
    source: v.source as DisputeSource,
    hotlineOrderNo: hotline ? v.hotlineOrderNo : undefined,
    hotlineReceivedAt: hotline ? optionalIso(v.hotlineReceivedAt) : undefined,
    receivedAt: localToIso(v.receivedAt),
    estateId: v.estateId,
    category: v.category as DisputeCategory,
    description: v.description,
    tier: v.tier ? (v.tier as DisputeTier) : undefined,
    tierReason: tierOverridden(v, tiers) ? v.tierReason : undefined,
    duplicateOrderReason: hotline && v.duplicateOrderReason ? v.duplicateOrderReason : undefined,
    parties: readParties(v.parties).map((p) => ({
      role: p.role,
      kind: p.kind,
      name: p.name,
      phone: p.phone,
      // Only a person has an ID number and only a company is linked: hidden fields keep their text but are not sent.
      idNumber: p.kind === 'person' ? p.idNumber : null,
      companyId: p.kind === 'company' && p.companyId ? p.companyId : null,
      ...detailsInput(p.kind, p),
    })),
  };
}

/** Errors of one party's fields, from issues such as ['parties', 0, 'idNumber']. */
export function partyErrors(issues: readonly FieldIssue[] | undefined, index: number): Partial<Record<PartyField, string>> {
  const errors: Partial<Record<PartyField, string>> = {};
  for (const issue of issues ?? []) {
    const [list, at, field] = issue.path;
    if (list === 'parties' && at === index && typeof field === 'string' && !(field in errors)) errors[field as PartyField] = issue.message;
  }
  return errors;
}

/** An error about the party list as a whole (no applicant, too many). */
export const partiesError = (issues: readonly FieldIssue[] | undefined): string | undefined =>
  issues?.find((i) => i.path.length === 1 && i.path[0] === 'parties')?.message;
