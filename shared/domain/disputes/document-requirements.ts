/**
 * What each dispute document needs before it is written: the one home of these
 * rules. The documents service refuses with the message returned here; the case
 * page lists the same gaps (from the case view) before the clerk clicks.
 */
import type { DisputeDetail } from './dispute-views';
import type { DisputeStatus, PartyKind, PartyRole } from './disputes.schema';
import { PARTY_ROLE_LABELS } from './disputes.schema';
import { DETAILS_OF_KIND, representativeLabel, type PartyDetailKey, type PartyDetails } from './party-details';

export const DOCUMENT_KINDS = ['agreement', 'court-referral'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_TITLES: Record<DocumentKind, string> = { agreement: '人民调解协议书', 'court-referral': '诉调对接移送单' };

/** A party as the agreement rule sees it: what the clerk entered, and what a valid ID number supplies where a field is empty. */
export type AgreementParty = {
  role: PartyRole;
  kind: PartyKind;
  name: string;
  details: PartyDetails;
  fromIdNumber: readonly PartyDetailKey[];
};

/** The party's missing details, named for a clerk (法定代表人 for a company, 负责人 for a committee). */
export type AgreementGap = { position: number; role: PartyRole; name: string; missing: PartyDetailKey[] };

const LABELS: Record<Exclude<PartyDetailKey, 'representative'>, string> = {
  gender: '性别',
  birthDate: '出生日期',
  ethnicity: '民族',
  occupation: '职业或职务',
  residence: '住所',
};

export const detailLabel = (field: PartyDetailKey, kind: PartyKind): string => (field === 'representative' ? representativeLabel(kind) : LABELS[field]);

const blank = (v: string | null | undefined): boolean => v === null || v === undefined || v.trim() === '';

/** The details the standard form prints for this party that are neither entered nor read from its ID number. */
export function missingForAgreement(p: AgreementParty): PartyDetailKey[] {
  return DETAILS_OF_KIND[p.kind].filter((field) => blank(p.details[field]) && !p.fromIdNumber.includes(field));
}

/** Every party that still lacks a detail the agreement prints, in the parties' order. */
export function agreementGaps(parties: readonly AgreementParty[]): AgreementGap[] {
  return parties.flatMap((p, position) => {
    const missing = missingForAgreement(p);
    return missing.length > 0 ? [{ position, role: p.role, name: p.name, missing }] : [];
  });
}

/** 「申请人张伟：性别、民族」 */
export const describeGap = (gap: AgreementGap, kind: PartyKind): string =>
  `${PARTY_ROLE_LABELS[gap.role]}${gap.name}：${gap.missing.map((f) => detailLabel(f, kind)).join('、')}`;

/** What the case must hold for the agreement (人民调解法第二十九条). */
export type AgreementCase = { agreedTerms: string | null; performance: string | null; performanceDue: string | null };

/**
 * Why the 人民调解协议书 cannot be written yet, as a zh-CN sentence naming each
 * party and what it lacks; null when it can.
 */
export function agreementProblem(c: AgreementCase, parties: readonly AgreementParty[]): string | null {
  if (blank(c.agreedTerms) || blank(c.performance) || blank(c.performanceDue)) {
    return '该案件还没有记录调解成功的协议内容、履行方式和履行期限，不能生成调解协议书。';
  }
  const gaps = agreementGaps(parties);
  if (gaps.length === 0) return null;
  const lines = gaps.map((g) => describeGap(g, parties[g.position]!.kind)).join('；');
  return `生成调解协议书前，请补全当事人信息（调解协议书按司法部文书格式须写明）：${lines}。请在案件页「当事人」中点击「补全信息」填写。`;
}

/** The office's contact as the referral letter prints it (联系人及电话). */
export type OfficeContact = { contactName: string | null; contactPhone: string | null };

/** Why the 诉调对接移送单 cannot be written yet; null when it can. */
export function courtReferralProblem(c: { status: DisputeStatus; failureReason: string | null }, office: OfficeContact): string | null {
  if (c.status !== 'failed' && blank(c.failureReason)) return '只有调解不成的案件才能生成诉调对接移送单。';
  const missing = [blank(office.contactName) && '联系人', blank(office.contactPhone) && '联系电话'].filter((x): x is string => !!x);
  if (missing.length > 0) {
    return `移送函须写明人民调解委员会的联系人及电话，街道信息中还没有填写${missing.join('和')}。请管理员或主任在「街道信息」中填写后再生成。`;
  }
  return null;
}

/** The documents that fit the case (an agreement once settled, a referral once mediation failed). */
export function fittingDocuments(c: { status: DisputeStatus; agreedTerms: string | null; failureReason: string | null }): DocumentKind[] {
  const kinds: DocumentKind[] = [];
  if (!blank(c.agreedTerms)) kinds.push('agreement');
  if (c.status === 'failed' || !blank(c.failureReason)) kinds.push('court-referral');
  return kinds;
}

/** The rule's view of a party as the case page has it (the ID number itself stays masked there). */
export function agreementPartyOfView(p: DisputeDetail['parties'][number]): AgreementParty {
  return {
    role: p.role,
    kind: p.kind,
    name: p.name,
    details: { gender: p.gender, birthDate: p.birthDate, ethnicity: p.ethnicity, occupation: p.occupation, residence: p.residence, representative: p.representative },
    fromIdNumber: [...(p.idNumberGender ? (['gender'] as const) : []), ...(p.idNumberGivesBirthDate ? (['birthDate'] as const) : [])],
  };
}
