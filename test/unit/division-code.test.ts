import { divisionCodeProblem } from '#shared/domain/registry/division-code';
import { describe, expect, it } from 'vitest';

describe('administrative division code of a street office', () => {
  it.each(['421202001', '421202001000', '110101001'])('accepts %s', (code) => expect(divisionCodeProblem(code)).toBeNull());
  it.each([
    ['42120200', '应为 9 位或 12 位数字'],
    ['4212020011', '应为 9 位或 12 位数字'],
    ['42120200A', '只能包含数字'],
    ['991202001', '前两位不是有效的省级代码'],
    ['', '不能为空，请填写街道办事处的行政区划代码（9 位或 12 位数字，如 421202001）'],
    ['421202001005', '这是社区（村）级的代码，不是街道办事处的：街道、乡镇的 12 位代码最后三位是 000，如 421202001000'],
  ])('rejects %s', (code, message) => expect(divisionCodeProblem(code)).toBe(message));
});

describe('a record picked from a list', () => {
  it('says nothing was picked, not 格式不正确, when the choice is empty', async () => {
    const { entityId } = await import('#shared/domain/registry/registry.schema');
    expect(entityId.safeParse('').error?.issues[0]?.message).toBe('还没有选择，请选择');
    expect(entityId.safeParse(undefined).error?.issues[0]?.message).toBe('还没有选择，请选择');
    expect(entityId.safeParse('abc').error?.issues[0]?.message).toBe('格式不正确');
  });
});
