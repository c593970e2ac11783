import { fieldLabel } from '#shared/i18n/field-labels.zh-CN';
import type { ErrorCode, FieldIssue } from '#shared/ipc/envelope';

/**
 * An expected failure with a kebab-case code and a zh-CN message a clerk can act
 * on. `dispatch` turns it into an error envelope; anything else becomes `internal`.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not-found', `找不到该${what}，可能已被删除，请刷新后重试`);

export const staleVersion = (what: string) =>
  new AppError('conflict', `该${what}已被其他人修改，您的修改没有保存。请刷新查看最新内容后再改`);

/**
 * An `invalid-input` error on one field: the message names the field by its
 * Chinese label ("「小区」该小区不存在或已删除") and the form marks that field.
 */
export const fieldError = (path: FieldIssue['path'], message: string): AppError => invalidFields([{ path, message }]);

/** One `invalid-input` error whose message names the first field in Chinese and counts the rest. */
export function invalidFields(issues: FieldIssue[]): AppError {
  const first = issues[0];
  const message = first ? `「${fieldLabel(first.path)}」${first.message}${issues.length > 1 ? `（另有 ${issues.length - 1} 处需要修改）` : ''}` : '输入有误';
  return new AppError('invalid-input', message, issues);
}
