/**
 * Chinese names of input fields, used to name the field in `invalid-input`
 * messages ("「统一社会信用代码」校验位不正确") and as form labels.
 */
export const FIELD_LABELS: Record<string, string> = {
  id: '编号',
  version: '版本',
  name: '名称',
  officeName: '街道名称',
  divisionCode: '行政区划代码',
  creditCode: '统一社会信用代码',
  contactName: '联系人',
  phone: '联系电话',
  address: '地址',
  communityId: '所属社区',
  companyId: '物业服务企业',
  households: '户数',
  role: '角色',
  certificateNo: '调解员证书编号',
  username: '用户名',
  displayName: '姓名',
  password: '密码',
  operatorId: '操作员',
  search: '搜索词',
  includeDeleted: '包含已删除',
};

/** The Chinese label for a field path such as ['creditCode'] or ['parties', 0, 'name']. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const named = [...path].reverse().find((p): p is string => typeof p === 'string');
  if (named === undefined) return '输入';
  return FIELD_LABELS[named] ?? named;
}
