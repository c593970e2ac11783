import { describe, expect, it } from 'vitest';
import { compareNames, nameSortKey } from '#shared/domain/registry/name-sort';

const sorted = (names: string[]) => [...names].sort(compareNames);

describe('names by pinyin', () => {
  it('orders 凤凰 < 丽景 < 南泰 (code point order is 丽 < 凤 < 南)', () => {
    expect(sorted(['南泰', '丽景', '凤凰'])).toEqual(['凤凰', '丽景', '南泰']);
    expect([...['南泰', '丽景', '凤凰']].sort()).toEqual(['丽景', '凤凰', '南泰']);
  });

  it('reads polyphones in context, tones decide equal syllables, shorter readings first, numbers by value', () => {
    expect(sorted(['重庆花园', '长安小区', '阳光小区'])).toEqual(['长安小区', '重庆花园', '阳光小区']);
    expect(sorted(['丽景', '黎明'])).toEqual(['黎明', '丽景']);
    expect(sorted(['丽景苑', '丽'])).toEqual(['丽', '丽景苑']);
    expect(sorted(['小区12', '小区2'])).toEqual(['小区2', '小区12']);
    expect(nameSortKey('Ａ区１号')).toBe(nameSortKey('a区1号'));
  });
});
