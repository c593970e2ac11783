import type { z } from 'zod';
import type { Role } from '../domain/auth/roles';
import type { FieldIssue } from './envelope';

/** Who may call a channel: anyone (sign-in screens), any signed-in operator, or listed roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

/** One channel of the contract: its input (always an object), output, and whether it writes. */
export type Procedure<I extends z.ZodObject = z.ZodObject, O extends z.ZodType = z.ZodType> = {
  /** One line, zh-CN, shown by `ledger channels`. */
  summary: string;
  input: I;
  output: O;
  mutates: boolean;
  access: Access;
  /**
   * Whole-form problems, for a form the schema checks in layers: given the raw input
   * that failed the schema and the moment, every problem at once (the schema's first,
   * then those that need the clock), so the server answers one submit with all of them.
   */
  problems?: (raw: Record<string, unknown>, now: Date) => FieldIssue[];
};

/** Declares a procedure; the identity function keeps the literal types for inference. */
export function procedure<I extends z.ZodObject, O extends z.ZodType>(p: Procedure<I, O>): Procedure<I, O> {
  return p;
}
