import { idNumberGender } from '#shared/domain/disputes/id-number';
import { NO_DETAILS, birthDateProblem, idNumberFacts, partyDetailsProblems, withIdNumberFacts } from '#shared/domain/disputes/party-details';
import { describe, expect, it } from 'vitest';

// GB 11643-1999's own example: born 31 December 1949, digit 17 is 2 (even: female).
const FEMALE_ID = '11010519491231002X';
// Same person, sequence 001 (odd digit 17: male), check character recomputed.
const MALE_ID = '110105194912310011';

describe('what an ID number says about its holder', () => {
  it.each([
    [FEMALE_ID, 'female'],
    [MALE_ID, 'male'],
    ['1101051949', null],
  ] as const)('%s: digit 17 gives %s', (id, gender) => {
    expect(idNumberGender(id)).toBe(gender);
  });

  it('gives gender and birth date only for a valid number', () => {
    expect(idNumberFacts(FEMALE_ID)).toEqual({ gender: 'female', birthDate: '1949-12-31' });
    expect(idNumberFacts('110105194912310021')).toBeNull(); // wrong check character
    expect(idNumberFacts(null)).toBeNull();
  });
});

describe('birth dates', () => {
  it.each([
    ['1980-01-31', undefined, null],
    ['1980-1-31', undefined, '应为日期，如 1980-01-31'],
    ['1980-02-30', undefined, '不是有效日期'],
    ['1849-12-31', undefined, '早于 1850 年，请核对'],
    ['2026-11-26', '2026-11-25', '晚于今天，请核对'],
    ['2026-11-25', '2026-11-25', null],
    ['1906-11-24', '2026-11-25', '在 120 年以前，请核对出生年份'],
    ['1906-11-25', '2026-11-25', null],
  ] as const)('%s (today %s): %s', (date, today, problem) => {
    expect(birthDateProblem(date, today)).toBe(problem);
  });
});

describe('a party’s details for its kind and ID number', () => {
  it('accepts a person’s own details and an organisation’s', () => {
    expect(partyDetailsProblems('person', FEMALE_ID, { gender: 'female', birthDate: '1949-12-31', ethnicity: '汉族', occupation: '退休教师', residence: '锦湖紫竹苑3栋' })).toEqual([]);
    expect(partyDetailsProblems('company', null, { residence: '温泉路 1 号', representative: '王国强' })).toEqual([]);
  });

  it('refuses a detail another kind of party has', () => {
    expect(partyDetailsProblems('company', null, { gender: 'male', occupation: '经理' })).toEqual([
      { field: 'gender', message: '只有个人当事人才填写' },
      { field: 'occupation', message: '只有个人当事人才填写' },
    ]);
    expect(partyDetailsProblems('person', null, { representative: '王国强' })).toEqual([{ field: 'representative', message: '只有企业或业委会/物管会当事人才填写' }]);
  });

  it('refuses a gender or birth date the ID number contradicts', () => {
    expect(partyDetailsProblems('person', FEMALE_ID, { gender: 'male', birthDate: '1949-12-30' })).toEqual([
      { field: 'gender', message: '与身份证号不一致（第 17 位表示女），请核对' },
      { field: 'birthDate', message: '与身份证号第 7–14 位的出生日期不一致，请核对' },
    ]);
  });

  it('checks the birth date against today when given', () => {
    expect(partyDetailsProblems('person', null, { birthDate: '2030-01-01' }, '2026-11-25')).toEqual([{ field: 'birthDate', message: '晚于今天，请核对' }]);
  });

  it('reads gender and birth date from the ID number only where the clerk left them empty', () => {
    expect(withIdNumberFacts({ ...NO_DETAILS, ethnicity: '汉族' }, FEMALE_ID)).toEqual({
      ...NO_DETAILS, ethnicity: '汉族', gender: 'female', birthDate: '1949-12-31', fromId: { gender: true, birthDate: true },
    });
    expect(withIdNumberFacts({ ...NO_DETAILS, gender: 'female' }, FEMALE_ID).fromId).toEqual({ gender: false, birthDate: true });
    expect(withIdNumberFacts(NO_DETAILS, null)).toEqual({ ...NO_DETAILS, fromId: { gender: false, birthDate: false } });
  });
});
