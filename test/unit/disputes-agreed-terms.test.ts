import { agreedTermLines, startsWithListMarker } from '#shared/domain/disputes/agreed-terms';
import { describe, expect, it } from 'vitest';

describe('agreed terms: numbered by the mediator or not', () => {
  it.each([
    ['一、被申请人维修', true],
    ['十二、其他', true],
    ['（一）补缴物业费', true],
    ['(2) 赔偿', true],
    ['1. 维修', true],
    ['2、补缴', true],
    ['3）赔偿', true],
    ['１．全角数字', true],
    ['第一条 维修', true],
    ['  二、前面有空格', true],
    ['3.5万元由被申请人支付', false],
    ['1200元物业费于月底前补缴', false],
    ['2026年12月1日前修复', false],
    ['一次性支付维修费', false],
    ['被申请人于11月30日前维修', false],
  ] as const)('%s → %s', (line, marked) => {
    expect(startsWithListMarker(line)).toBe(marked);
  });

  it('keeps the lines as typed when any of them is numbered', () => {
    expect(agreedTermLines('一、维修\n  其中防水层由施工方保修两年\n\n二、补缴物业费')).toEqual({ lines: ['一、维修', '其中防水层由施工方保修两年', '二、补缴物业费'], numbered: true });
    expect(agreedTermLines('维修\r\n补缴物业费\n')).toEqual({ lines: ['维修', '补缴物业费'], numbered: false });
  });
});
