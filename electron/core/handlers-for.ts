import type { Contract, OutputOf, ParsedInputOf } from '#shared/ipc/contract';
import type { Session } from './call-context';

type ChannelOf<Slice> = keyof Slice & keyof Contract;

/**
 * A handler per channel of one contract slice (a domain's `<d>.contract.ts`),
 * typed from it: a domain's map written `satisfies HandlersFor<typeof xContract>`
 * fails to compile when a channel is missing or returns the wrong shape.
 * Without an argument, every channel of the whole contract.
 */
export type HandlersFor<Slice = Contract> = {
  [C in ChannelOf<Slice>]: (input: ParsedInputOf<C>, session: Session) => Promise<OutputOf<C>>;
};
