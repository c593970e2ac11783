import { z } from 'zod';
import { ROLES } from '../../domain/auth/roles';
import { divisionCode, entityId, requiredText } from '../../domain/registry/registry.schema';
import { procedure } from '../procedure';

const username = z
  .string()
  .trim()
  .min(2, '至少 2 个字符')
  .max(32, '不能超过 32 个字符')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, '只能用小写字母、数字和 . _ -，且以字母或数字开头');
const newPassword = z.string().min(8, '至少 8 位').max(128, '不能超过 128 位');
const role = z.enum(ROLES, '只能是管理员、主任、调解员、审查员或记录员');
/** A staff record's id, or null for an account that stands for nobody in particular (admin, a shared clerk account). */
const staffLink = entityId.nullable();

export const operatorView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role,
  /** The member of staff this account stands for (工作台 lists their cases), or null. */
  staffId: z.string().nullable(),
  staffName: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
});
export type OperatorView = z.infer<typeof operatorView>;

export const authContract = {
  /** Whether the ledger has been set up, and who is signed in on this connection. */
  'auth:status': procedure({
    summary: '查看是否已初始化以及当前登录的操作员',
    input: z.strictObject({}),
    output: z.object({ bootstrapped: z.boolean(), operator: operatorView.nullable() }),
    mutates: false,
    access: 'public',
  }),
  /** First start: creates the office profile and the administrator, then signs in. */
  'auth:bootstrap': procedure({
    summary: '首次启动：登记街道并创建管理员账号',
    input: z.strictObject({
      officeName: requiredText(60),
      divisionCode,
      username,
      displayName: requiredText(30),
      password: newPassword,
    }),
    output: operatorView,
    mutates: true,
    access: 'public',
  }),
  /** Signs in with username and password. */
  'auth:sign-in': procedure({
    summary: '用户名和密码登录',
    input: z.strictObject({ username: z.string().trim().min(1, '请填写').max(32), password: z.string().min(1, '请填写').max(128) }),
    output: operatorView,
    mutates: false,
    access: 'public',
  }),
  /** Ends this connection's session. */
  'auth:sign-out': procedure({
    summary: '退出登录',
    input: z.strictObject({}),
    output: z.object({ signedOut: z.boolean() }),
    mutates: false,
    access: 'signed-in',
  }),
  /** Every active operator account. */
  'auth:list-operators': procedure({
    summary: '列出操作员账号',
    input: z.strictObject({}),
    output: z.array(operatorView),
    mutates: false,
    access: ['administrator'],
  }),
  /** Creates an operator account. */
  'auth:create-operator': procedure({
    summary: '创建操作员账号',
    input: z.strictObject({ username, displayName: requiredText(30), role, password: newPassword, staffId: staffLink.optional() }),
    output: operatorView,
    mutates: true,
    access: ['administrator'],
  }),
  /** Sets a new password for an operator (administrator only). */
  'auth:reset-password': procedure({
    summary: '重置操作员密码',
    input: z.strictObject({ id: entityId, version: z.int().min(1), password: newPassword }),
    output: operatorView,
    mutates: true,
    access: ['administrator'],
  }),
  /** Links an account to the member of staff it stands for, or unlinks it (null). */
  'auth:link-staff': procedure({
    summary: '关联操作员账号对应的工作人员',
    input: z.strictObject({ id: entityId, version: z.int().min(1), staffId: staffLink }),
    output: operatorView,
    mutates: true,
    access: ['administrator'],
  }),
  /** Disables an operator account (kept as a tombstone for the audit trail). */
  'auth:delete-operator': procedure({
    summary: '停用操作员账号',
    input: z.strictObject({ id: entityId, version: z.int().min(1) }),
    output: z.object({ id: z.string() }),
    mutates: true,
    access: ['administrator'],
  }),
};
