/**
 * Administrative division code of a street office: the 9-digit township code
 * (6-digit county code + 3-digit street) or the 12-digit statistical code.
 */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53,
  54, 61, 62, 63, 64, 65, 71, 81, 82,
]);

/** Returns a zh-CN message describing what is wrong, or null when the code is acceptable. */
export function divisionCodeProblem(code: string): string | null {
  if (code === '') return '不能为空，请填写街道办事处的行政区划代码（9 位或 12 位数字，如 421202001）';
  if (!/^\d+$/.test(code)) return '只能包含数字';
  if (code.length !== 9 && code.length !== 12) return '应为 9 位或 12 位数字';
  if (!PROVINCES.has(Number(code.slice(0, 2)))) return '前两位不是有效的省级代码';
  // At the village level a street's or township's 12-digit code ends in 000; the others
  // name one of its communities (社区居委会) or villages (村委会).
  if (code.length === 12 && !code.endsWith('000')) {
    return `这是社区（村）级的代码，不是街道办事处的：街道、乡镇的 12 位代码最后三位是 000，如 ${code.slice(0, 9)}000`;
  }
  return null;
}
