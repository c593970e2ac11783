import type { z } from 'zod';
import type { Role } from '../domain/auth/roles';

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
};

/** Declares a procedure; the identity function keeps the literal types for inference. */
export function procedure<I extends z.ZodObject, O extends z.ZodType>(p: Procedure<I, O>): Procedure<I, O> {
  return p;
}
