import { maskIdNumber, maskNumbersInText, maskParty, maskPhone } from '#shared/domain/disputes/masking';
import { describe, expect, it } from 'vitest';

describe('masking sensitive party fields', () => {
  it.each([
    ['13812345678', '138****5678'],
    [' 13812345678 ', '138****5678'],
    ['0715-8123456', '0715-***3456'],
    ['027-87654321', '027-****4321'],
    ['0715-8123456-801', '0715-*******-801'],
    ['07158123456', '071****3456'],
    ['12345', '1***5'],
    ['', ''],
  ])('phone %j → %j', (phone, masked) => expect(maskPhone(phone)).toBe(masked));

  it.each([
    ['42120219900101123X', '4212**********123X'],
    ['11010519491231002X', '1101**********002X'],
    ['421202900101123', '4212*******1123'],
    ['1234', '***4'],
  ])('ID %j → %j', (id, masked) => expect(maskIdNumber(id)).toBe(masked));

  it('never shows the birth date of an ID number', () => {
    expect(maskIdNumber('42120219900101123X')).not.toContain('19900101');
  });

  it('masks a party’s sensitive fields and leaves the rest and nulls alone', () => {
    const party = { role: 'applicant', name: '张晓燕', phone: '13812345678', idNumber: null };
    const masked = maskParty(party);
    expect(masked).toEqual({ role: 'applicant', name: '张晓燕', phone: '138****5678', idNumber: null });
    expect(party.phone).toBe('13812345678'); // a copy, not the original
  });

  it.each([
    ['申请人张伟（电话13871234567）反映漏水', '申请人张伟（电话138****4567）反映漏水'],
    ['联系0715-8123456或027-87654321。', '联系0715-***3456或027-****4321。'],
    ['身份证42120219900101123X，另一证号421202900101123', '身份证4212**********123X，另一证号4212*******1123'],
    ['工单号202611250001，3栋2单元501', '工单号202611250001，3栋2单元501'],
    ['电话 138123456789 不是手机号', '电话 138123456789 不是手机号'],
  ])('numbers in free text %j → %j', (text, masked) => expect(maskNumbersInText(text)).toBe(masked));
});
