import type { Channel, OutputOf, ParsedInputOf } from '#shared/ipc/contract';
import type { Session } from './call-context';

/** A handler per channel, typed from the contract; a missing channel fails to compile. */
export type HandlersFor = {
  [C in Channel]: (input: ParsedInputOf<C>, session: Session) => Promise<OutputOf<C>>;
};
