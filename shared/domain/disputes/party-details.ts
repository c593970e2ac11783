/**
 * A party's details as the 人民调解协议书 prints them (the Ministry of Justice's
 * standard form): for a person 性别, 出生日期, 民族, 职业或职务 and 住所 (or 单位);
 * for a company or an owners' committee its 住所 and 法定代表人/负责人.
 *
 * Gender and birth date are printed on a resident ID number (digits 7–14 and 17).
 * Where the clerk left them empty, `withIdNumberFacts` reads them from a valid ID
 * number; they are never stored from it, so correcting the number corrects them,
 * and a value the clerk typed must agree with the number.
 */
import type { PartyKind } from './disputes.schema';
import { EARLIEST_BIRTH_YEAR, MAX_AGE_YEARS, idNumberBirthDate, idNumberGender, idNumberProblem } from './id-number';

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: '男', female: '女' };

export const PARTY_DETAIL_KEYS = ['gender', 'birthDate', 'ethnicity', 'occupation', 'residence', 'representative'] as const;
export type PartyDetailKey = (typeof PARTY_DETAIL_KEYS)[number];

export type PartyDetails = {
  gender: Gender | null;
  /** YYYY-MM-DD. */
  birthDate: string | null;
  ethnicity: string | null;
  occupation: string | null;
  /** 住所: a person's home (or 单位), an organisation's registered address. */
  residence: string | null;
  /** 法定代表人 of a company, 负责人 of a committee. */
  representative: string | null;
};

export const NO_DETAILS: PartyDetails = { gender: null, birthDate: null, ethnicity: null, occupation: null, residence: null, representative: null };

/** The details a party of each kind has (and the agreement asks for). */
export const DETAILS_OF_KIND: Readonly<Record<PartyKind, readonly PartyDetailKey[]>> = {
  person: ['gender', 'birthDate', 'ethnicity', 'occupation', 'residence'],
  company: ['residence', 'representative'],
  committee: ['residence', 'representative'],
};

/** 法定代表人 for a company, 负责人 for an owners' committee (its 主任). */
export const representativeLabel = (kind: PartyKind): string => (kind === 'company' ? '法定代表人' : '负责人');

/** What a valid resident ID number says about its holder; null for none or an invalid one. */
export function idNumberFacts(id: string | null | undefined): { gender: Gender; birthDate: string } | null {
  if (!id || idNumberProblem(id) !== null) return null;
  const gender = idNumberGender(id);
  const birthDate = idNumberBirthDate(id);
  return gender && birthDate ? { gender, birthDate } : null;
}

const yearsBefore = (today: string, years: number): string => `${String(Number(today.slice(0, 4)) - years).padStart(4, '0')}${today.slice(4)}`;

/**
 * What is wrong with a birth date (YYYY-MM-DD), as a phrase that follows the field
 * name, or null. With `today` (China's calendar day; the caller owns the clock) a
 * date after today or more than 120 years before it is refused too.
 */
export function birthDateProblem(date: string, today?: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return '应为日期，如 1980-01-31';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return '不是有效日期';
  if (year < EARLIEST_BIRTH_YEAR) return `早于 ${EARLIEST_BIRTH_YEAR} 年，请核对`;
  if (today !== undefined && date > today) return '晚于今天，请核对';
  if (today !== undefined && date < yearsBefore(today, MAX_AGE_YEARS)) return `在 ${MAX_AGE_YEARS} 年以前，请核对出生年份`;
  return null;
}

export type DetailIssue = { field: PartyDetailKey; message: string };

/**
 * What is wrong with a party's details for its kind and ID number (phrases that
 * follow the field name): a detail another kind of party has, a birth date that is
 * not one, and a gender or birth date the ID number contradicts. `today` adds the
 * clock checks of the birth date.
 */
export function partyDetailsProblems(kind: PartyKind, idNumber: string | null, details: Partial<PartyDetails>, today?: string): DetailIssue[] {
  const issues: DetailIssue[] = [];
  const own = DETAILS_OF_KIND[kind];
  for (const field of PARTY_DETAIL_KEYS) {
    const value = details[field];
    if (value === null || value === undefined || own.includes(field)) continue;
    issues.push({ field, message: kind === 'person' ? '只有企业或业委会/物管会当事人才填写' : '只有个人当事人才填写' });
  }
  const birth = details.birthDate ? birthDateProblem(details.birthDate, today) : null;
  if (birth) issues.push({ field: 'birthDate', message: birth });
  const facts = kind === 'person' ? idNumberFacts(idNumber) : null;
  if (facts && details.gender && details.gender !== facts.gender) {
    issues.push({ field: 'gender', message: `与身份证号不一致（第 17 位表示${GENDER_LABELS[facts.gender]}），请核对` });
  }
  if (facts && details.birthDate && !birth && details.birthDate !== facts.birthDate) {
    issues.push({ field: 'birthDate', message: '与身份证号第 7–14 位的出生日期不一致，请核对' });
  }
  return issues;
}

/**
 * The details with gender and birth date read from a valid ID number where the
 * clerk left them empty, and which of the two came from it.
 */
export function withIdNumberFacts(details: PartyDetails, idNumber: string | null): PartyDetails & { fromId: { gender: boolean; birthDate: boolean } } {
  const facts = idNumberFacts(idNumber);
  const gender = details.gender ?? facts?.gender ?? null;
  const birthDate = details.birthDate ?? facts?.birthDate ?? null;
  return { ...details, gender, birthDate, fromId: { gender: details.gender === null && gender !== null, birthDate: details.birthDate === null && birthDate !== null } };
}
