import { AppError } from '../errors';

/**
 * One line for a failure at start-up (bad data dir, not a database, a newer
 * database): the clerk sees what to fix, never a stack trace.
 */
export function fatalMessage(error: unknown): string {
  if (error instanceof AppError) return `错误（${error.code}）：${error.message}`;
  return `错误：程序无法启动（${(error as Error)?.message ?? String(error)}）`;
}
