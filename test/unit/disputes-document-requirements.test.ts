import {
  agreementGaps,
  agreementPartyOfView,
  agreementProblem,
  courtReferralProblem,
  fittingDocuments,
  type AgreementParty,
} from '#shared/domain/disputes/document-requirements';
import { NO_DETAILS } from '#shared/domain/disputes/party-details';
import { describe, expect, it } from 'vitest';

const settled = { agreedTerms: '维修', performance: '物业公司组织施工', performanceDue: '2026-11-30T00:00:00.000Z' };
const person = (over: Partial<AgreementParty> = {}): AgreementParty => ({
  role: 'applicant',
  kind: 'person',
  name: '张伟',
  details: { ...NO_DETAILS, gender: 'male', birthDate: '1980-01-01', ethnicity: '汉族', occupation: '教师', residence: '锦湖紫竹苑3栋' },
  fromIdNumber: [],
  ...over,
});
const company: AgreementParty = { role: 'respondent', kind: 'company', name: '咸宁荣基物业', details: { ...NO_DETAILS, residence: '温泉路 1 号', representative: '王国强' }, fromIdNumber: [] };

describe('what the 人民调解协议书 needs', () => {
  it('is ready when every party has what the standard form prints', () => {
    expect(agreementProblem(settled, [person(), company])).toBeNull();
  });

  it('takes gender and birth date from a valid ID number', () => {
    const p = person({ details: { ...person().details, gender: null, birthDate: null }, fromIdNumber: ['gender', 'birthDate'] });
    expect(agreementGaps([p])).toEqual([]);
  });

  it('names each party and what it lacks, with an organisation’s 法定代表人 or 负责人', () => {
    const parties = [
      person({ details: { ...NO_DETAILS, residence: '  ' } }),
      { ...company, details: NO_DETAILS },
      { ...company, kind: 'committee' as const, name: '锦湖紫竹苑业委会', details: { ...NO_DETAILS, residence: '物业用房' } },
      person({ role: 'respondent', name: '李强' }),
    ];
    expect(agreementGaps(parties).map((g) => [g.position, g.missing])).toEqual([
      [0, ['gender', 'birthDate', 'ethnicity', 'occupation', 'residence']],
      [1, ['residence', 'representative']],
      [2, ['representative']],
    ]);
    expect(agreementProblem(settled, parties)).toBe(
      '生成调解协议书前，请补全当事人信息（调解协议书按司法部文书格式须写明）：申请人张伟：性别、出生日期、民族、职业或职务、住所；' +
        '被申请人咸宁荣基物业：住所、法定代表人；被申请人锦湖紫竹苑业委会：负责人。请在案件页「当事人」中点击「补全信息」填写。',
    );
  });

  it('needs the agreed terms, how and by when they are performed', () => {
    expect(agreementProblem({ ...settled, performance: null }, [person()])).toBe('该案件还没有记录调解成功的协议内容、履行方式和履行期限，不能生成调解协议书。');
  });

  it('reads the case page’s party view the same way (the ID number stays masked there)', () => {
    const view = {
      id: 'p', role: 'applicant' as const, kind: 'person' as const, name: '张伟', phoneMasked: null, idNumberMasked: '4212**********0012', companyId: null,
      ...NO_DETAILS, ethnicity: '汉族', idNumberGender: 'female' as const, idNumberGivesBirthDate: true,
    };
    expect(agreementPartyOfView(view).fromIdNumber).toEqual(['gender', 'birthDate']);
    expect(agreementGaps([agreementPartyOfView(view)])[0]?.missing).toEqual(['occupation', 'residence']);
  });
});

describe('what the 诉调对接移送单 needs', () => {
  const contact = { contactName: '陈志刚', contactPhone: '0715-8123000' };
  it('a failed mediation and the office’s contact person and phone', () => {
    expect(courtReferralProblem({ status: 'failed', failureReason: '分歧大' }, contact)).toBeNull();
    expect(courtReferralProblem({ status: 'mediating', failureReason: null }, contact)).toBe('只有调解不成的案件才能生成诉调对接移送单。');
    expect(courtReferralProblem({ status: 'failed', failureReason: '分歧大' }, { contactName: null, contactPhone: ' ' })).toBe(
      '移送函须写明人民调解委员会的联系人及电话，街道信息中还没有填写联系人和联系电话。请管理员或主任在「街道信息」中填写后再生成。',
    );
  });

  it('offers the documents that fit the case', () => {
    expect(fittingDocuments({ status: 'settled', agreedTerms: '维修', failureReason: null })).toEqual(['agreement']);
    expect(fittingDocuments({ status: 'failed', agreedTerms: null, failureReason: '分歧大' })).toEqual(['court-referral']);
    expect(fittingDocuments({ status: 'mediating', agreedTerms: null, failureReason: null })).toEqual([]);
  });
});
