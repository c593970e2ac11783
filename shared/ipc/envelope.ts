/**
 * What crosses every transport: errors are data, never thrown across the
 * boundary (Electron would keep only a thrown error's message).
 */
export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'forbidden-transition',
  'conflict',
  'forbidden',
  'unauthenticated',
  'crypto',
  'from-future',
  'not-a-database',
  'data-dir-unwritable',
  /** A chosen folder (a USB stick) is missing, read-only or full. */
  'target-unwritable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one input field; `path` names the field, `message` is zh-CN. */
export type FieldIssue = { path: (string | number)[]; message: string };

export type ErrorBody = { code: ErrorCode; message: string; issues?: FieldIssue[] };

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };
