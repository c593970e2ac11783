import {
  CATEGORY_LABELS,
  DEADLINE_KINDS,
  DEADLINE_KIND_LABELS,
  DEADLINE_STATUSES,
  DEADLINE_STATUS_LABELS,
  DESCRIPTION_MAX,
  DISPUTE_CATEGORIES,
  DISPUTE_SOURCES,
  DISPUTE_STATUSES,
  DISPUTE_TIERS,
  SATISFACTIONS,
  SATISFACTION_LABELS,
  SENSITIVE_PARTY_FIELDS,
  SOURCE_LABELS,
  STATUS_LABELS,
  TIER_LABELS,
  disputeIntake,
  isSensitive,
  party,
  receivedAtProblem,
} from '#shared/domain/disputes/disputes.schema';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// A valid ID built from GB 11643-1999's own example.
const ID = '11010519491231002X';
const ESTATE = '0190a0b1-7c2d-7e3f-8a4b-5c6d7e8f9a0b';
const intake = {
  source: 'walk-in',
  receivedAt: '2026-11-21T09:30:00+08:00',
  estateId: ESTATE,
  category: 'repairs',
  description: '地下室漏水三个月未修',
  parties: [{ role: 'applicant', kind: 'person', name: '张晓燕', phone: '13812345678', idNumber: ID }],
};
const firstIssue = (input: unknown) => {
  const issue = disputeIntake.safeParse(input).error?.issues[0];
  return issue && { path: issue.path.join('.'), message: issue.message };
};

describe('disputes schema: the names fixed by the issue', () => {
  it('uses exactly the issue’s enum values', () => {
    expect(DISPUTE_SOURCES).toEqual(['walk-in', 'phone', 'hotline-12345', 'grid-report', 'department-referral', 'court-referral']);
    expect(DISPUTE_CATEGORIES).toEqual([
      'property-fee', 'repairs', 'parking', 'noise-neighbours', 'public-revenue', 'fee-adjustment', 'renovation',
      'illegal-construction', 'fire-hazard', 'street-occupation', 'maintenance-fund', 'greening', 'sanitation', 'other',
    ]);
    expect(DISPUTE_TIERS).toEqual(['minor', 'medium', 'major']);
    expect(DISPUTE_STATUSES).toEqual(['registered', 'assigned', 'mediating', 'settled', 'failed', 'referred', 'closed', 'rejected', 'withdrawn']);
    expect(SATISFACTIONS).toEqual(['satisfied', 'basically-satisfied', 'dissatisfied']);
    expect(DEADLINE_KINDS).toEqual(['mediate', 'resolve', 'refer', 'organise-mediation', 'feedback', 'return-visit']);
    // met-late (逾期办结) was added by the issue on disputes in daily use.
    expect(DEADLINE_STATUSES).toEqual(['on-track', 'due-soon', 'overdue', 'met', 'met-late']);
  });

  it.each([
    [DISPUTE_SOURCES, SOURCE_LABELS],
    [DISPUTE_CATEGORIES, CATEGORY_LABELS],
    [DISPUTE_TIERS, TIER_LABELS],
    [DISPUTE_STATUSES, STATUS_LABELS],
    [SATISFACTIONS, SATISFACTION_LABELS],
    [DEADLINE_KINDS, DEADLINE_KIND_LABELS],
    [DEADLINE_STATUSES, DEADLINE_STATUS_LABELS],
  ] as const)('labels every value of %j in Chinese', (values, labels) => {
    expect(Object.keys(labels)).toEqual([...values]);
    for (const label of Object.values(labels)) expect(label).toMatch(/[\u4e00-\u9fff]/);
  });

  it('uses the issue’s Chinese words', () => {
    expect(TIER_LABELS).toEqual({ minor: '小事', medium: '中事', major: '大事' });
    expect(SATISFACTION_LABELS).toEqual({ satisfied: '满意', 'basically-satisfied': '基本满意', dissatisfied: '不满意' });
    expect(SOURCE_LABELS['hotline-12345']).toBe('12345热线');
    expect(STATUS_LABELS.rejected).toBe('不予受理');
  });
});

describe('disputes schema: sensitive fields', () => {
  it('marks phone and ID number sensitive and nothing else', () => {
    for (const [key, schema] of Object.entries(party.shape)) {
      expect(isSensitive(schema), key).toBe((SENSITIVE_PARTY_FIELDS as readonly string[]).includes(key));
    }
  });

  it('carries the mark into the JSON Schema of the intake input', () => {
    const json = z.toJSONSchema(disputeIntake, { io: 'input', unrepresentable: 'any' }) as unknown as {
      properties: { parties: { items: { properties: Record<string, { sensitive?: boolean }> } } };
    };
    const props = json.properties.parties.items.properties;
    expect(props['phone']?.sensitive).toBe(true);
    expect(props['idNumber']?.sensitive).toBe(true);
    expect(props['name']?.sensitive).toBeUndefined();
  });
});

describe('disputes schema: intake', () => {
  it('accepts a walk-in case and normalises times to UTC and the ID to upper case', () => {
    const parsed = disputeIntake.parse({ ...intake, parties: [{ ...intake.parties[0], idNumber: ID.toLowerCase() }] });
    expect(parsed.receivedAt).toBe('2026-11-21T01:30:00.000Z');
    expect(parsed.parties[0]).toEqual({
      role: 'applicant', kind: 'person', name: '张晓燕', phone: '13812345678', idNumber: ID, companyId: null,
      gender: null, birthDate: null, ethnicity: null, occupation: null, residence: null, representative: null,
    });
    expect(parsed.tier).toBeUndefined();
    expect(parsed.hotlineOrderNo).toBeNull();
  });

  it('accepts a 12345 case with its work-order number', () => {
    const parsed = disputeIntake.parse({ ...intake, source: 'hotline-12345', hotlineOrderNo: 'XN2026112100153', hotlineReceivedAt: '2026-11-21T08:00:00+08:00' });
    expect(parsed.hotlineReceivedAt).toBe('2026-11-21T00:00:00.000Z');
  });

  // Messages follow 「字段名」, so none of them repeats the field's own name.
  it.each([
    [{ source: 'hotline-12345' }, 'hotlineOrderNo', '12345 热线转来的案件必须填写'],
    [{ hotlineOrderNo: 'XN1' }, 'hotlineOrderNo', '只有 12345 热线转来的案件才填写'],
    [{ hotlineReceivedAt: '2026-11-21T08:00:00+08:00' }, 'hotlineReceivedAt', '只有 12345 热线转来的案件才填写'],
    [
      { source: 'hotline-12345', hotlineOrderNo: 'XN1', hotlineReceivedAt: '2026-11-21T09:31:00+08:00' },
      'hotlineReceivedAt',
      '不能晚于街道收到案件的时间',
    ],
    [{ receivedAt: '1999-12-31T23:59:59+08:00' }, 'receivedAt', '不能早于 2000 年'],
    [{ receivedAt: '2026-11-21 09:30' }, 'receivedAt', '应为带时区的时间，如 2026-11-21T09:30:00+08:00'],
    [{ description: '漏'.repeat(DESCRIPTION_MAX + 1) }, 'description', `不能超过 ${DESCRIPTION_MAX} 个字，更多内容请记入调解笔录`],
    [{ description: '   ' }, 'description', '不能为空'],
    [{ category: 'leaks' }, 'category', `只能是${Object.values(CATEGORY_LABELS).join('、')}之一`],
    [{ tier: 'huge' }, 'tier', '只能是小事、中事或大事'],
    [{ parties: [] }, 'parties', '至少要有一名申请人'],
    [{ parties: [{ role: 'respondent', kind: 'company', name: '咸宁荣基物业' }] }, 'parties', '至少要有一名申请人'],
    [{ parties: [{ ...intake.parties[0], idNumber: '110105194912310021' }] }, 'parties.0.idNumber', '校验位（最后一位）不正确，请对照身份证核对'],
    [{ parties: [{ ...intake.parties[0], phone: '1381234' }] }, 'parties.0.phone', '格式不正确：手机号为 11 位，座机请写区号，如 0715-8123456'],
    [{ parties: [{ ...intake.parties[0], kind: 'company' }] }, 'parties.0.idNumber', '只有个人当事人才填写身份证号'],
    [{ parties: [{ ...intake.parties[0], idNumber: null, companyId: ESTATE }] }, 'parties.0.companyId', '只有物业服务企业当事人才能关联企业'],
    [{ parties: [{ ...intake.parties[0], gender: 'm' }] }, 'parties.0.gender', '只能是男或女'],
    [{ parties: [{ ...intake.parties[0], birthDate: '1949/12/31' }] }, 'parties.0.birthDate', '应为日期，如 1980-01-31'],
    [{ parties: [{ ...intake.parties[0], gender: 'male' }] }, 'parties.0.gender', '与身份证号不一致（第 17 位表示女），请核对'],
    [{ parties: [{ ...intake.parties[0], representative: '王国强' }] }, 'parties.0.representative', '只有企业或业委会/物管会当事人才填写'],
    [{ parties: [{ role: 'applicant', kind: 'company', name: '咸宁荣基物业', occupation: '物业' }] }, 'parties.0.occupation', '只有个人当事人才填写'],
    [{ parties: [{ ...intake.parties[0], residence: '住'.repeat(201) }] }, 'parties.0.residence', '不能超过 200 个字'],
  ])('refuses %o at %s: %s', (patch, path, message) => {
    expect(firstIssue({ ...intake, ...patch })).toEqual({ path, message });
  });

  it('refuses unknown fields, in the intake and in a party', () => {
    expect(disputeIntake.safeParse({ ...intake, extra: 1 }).error?.issues[0]?.code).toBe('unrecognized_keys');
    const withJunk = { ...intake, parties: [{ ...intake.parties[0], age: 40 }] };
    expect(disputeIntake.safeParse(withJunk).error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it.each([
    ['2026-11-21T01:30:00.000Z', null],
    ['2026-11-21T02:00:00.000Z', null], // exactly now
    ['2026-11-21T02:00:00.001Z', '不能晚于当前时间'],
    ['1999-12-31T15:59:59.999Z', '不能早于 2000 年'],
    ['not a time', '应为带时区的时间，如 2026-11-21T09:30:00+08:00'],
  ])('checks receivedAt %s against the clock: %s', (value, problem) => {
    expect(receivedAtProblem(value, new Date('2026-11-21T02:00:00.000Z'))).toBe(problem);
  });
});
