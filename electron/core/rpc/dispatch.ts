import { contract, isChannel } from '#shared/ipc/contract';
import type { Envelope, FieldIssue } from '#shared/ipc/envelope';
import type { Access } from '#shared/ipc/procedure';
import type { z } from 'zod';
import { AppError, invalidFields } from '../errors';
import type { Session } from '../call-context';
import type { HandlersFor } from '../handlers-for';
import '#shared/i18n/zod-zh-CN';

export type Dispatch = (channel: string, input: unknown, session: Session) => Promise<Envelope<unknown>>;

/**
 * The one entry point behind every transport: checks the channel and who may
 * call it, validates the input, runs the handler, validates the output, and
 * returns an envelope. Nothing is thrown past this function.
 */
export function createDispatch(handlers: HandlersFor, log: (line: string) => void = console.error, now: () => Date = () => new Date()): Dispatch {
  return async (channel, input, session) => {
    if (!isChannel(channel)) {
      return fail(new AppError('not-found', `没有名为「${String(channel).slice(0, 80)}」的功能。`));
    }
    const proc = contract[channel];
    const denied = checkAccess(proc.access, session);
    if (denied) return fail(denied);

    const parsed = proc.input.safeParse(input ?? {});
    if (!parsed.success) {
      // A layered form (intake, correction) reports the schema's problems and the clock's together.
      const whole = proc.problems && typeof input === 'object' && input !== null ? proc.problems(input as Record<string, unknown>, now()) : [];
      return fail(whole.length > 0 ? invalidFields(whole) : invalidInput(parsed.error));
    }

    try {
      const handler = handlers[channel] as (i: unknown, s: Session) => Promise<unknown>;
      const value = await handler(parsed.data, session);
      const checked = (proc.output as z.ZodType).safeParse(value);
      if (!checked.success) {
        log(`[dispatch] ${channel}: output does not match the contract: ${checked.error.issues.map((i) => i.path.join('.')).join(', ')}`);
        return fail(new AppError('internal', '程序内部错误：返回的数据不符合约定。请联系技术支持。'));
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof AppError) return fail(error);
      // Log the kind and stack only: inputs may hold personal data and are never logged.
      log(`[dispatch] ${channel}: ${(error as Error)?.stack ?? String(error)}`);
      return fail(new AppError('internal', '程序内部错误，操作没有完成，数据未改动。请重试，仍不行请联系技术支持。'));
    }
  };
}

function fail(error: AppError): Envelope<never> {
  return { ok: false, error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
}

/** Whether the session may call a channel with this access: null, or the error dispatch returns. */
export function checkAccess(access: Access, session: Session): AppError | null {
  if (access === 'public') return null;
  const principal = session.principal;
  if (!principal) return new AppError('unauthenticated', '请先登录。');
  if (access === 'signed-in' || principal.role === 'system') return null;
  if (access.includes(principal.role)) return null;
  return new AppError('forbidden', '您的账号没有这项操作的权限，请找管理员或主任办理。');
}

/** zod issues → one `invalid-input` error naming each field in Chinese. */
export function invalidInput(error: z.ZodError): AppError {
  const issues: FieldIssue[] = error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return { path: issue.path.map(keyOf), message: `不认识的字段：${issue.keys.join('、')}` };
    }
    return { path: issue.path.map(keyOf), message: issue.message };
  });
  return invalidFields(issues);
}

const keyOf = (k: PropertyKey): string | number => (typeof k === 'number' ? k : String(k));
